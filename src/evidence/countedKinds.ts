// Which of its noun a count counts, and what it counts when the noun stands elsewhere: the words
// that say which ("three joint measurement stations", "a twenty-point framework", "212 people
// detained"), a plural joined by "and", and a plural pointed back to ("three of them"). Split out
// of numbers.ts; moved verbatim.
import { meaningWords } from './meaning.ts';
import { WORD } from './numberWords.ts';
import { MEASURES } from './quantityUnits.ts';

// "The number of our citizens returned stands at 190", "the total of detainees freed is 312":
// the figure a "number of" clause comes to counts the plural it names.
const NUMBER_OF =
  /\b(?:number|total|tally|count) of (?:(?:our|their|its|the|all|these|those) )?(?:[\p{L}-]+ ){0,2}?(\p{L}{2,}[^s\W]s|\p{L}*men|people)\b[^.;:]{0,60}?\s(?:stands? at|stood at|is|was|are|were|has reached|reached|totals?|totalled|rose to|fell to|came to)\s+(?:(?:some|about|around|nearly|almost|over|more than|at least)\s+)?$/iu;
const NOT_PLURAL = new Set(['this', 'thus', 'perhaps', 'always', 'its', 'was', 'has', 'does', 'says']);
/** "stations — three of them": the plural noun a number's "of them" points back to. */
export function backReference(sentence: string, m: RegExpMatchArray): string | undefined {
  const rest = sentence.slice(m.index! + m[0].length - (m[5]?.length ?? 0));
  // "one hundred and forty of our citizens": a part of the plural after it, counted in it.
  // "214 of our people", "214 of its own servicemen": irregular plurals and "own" too.
  const part =
    /^\s*of (?:our|their|its|his|her|the|your) (?:own )?(\p{L}{2,}[^s\W]s|\p{L}*men|people|children)\b/iu.exec(
      rest,
    )?.[1];
  if (part && !NOT_PLURAL.has(part.toLowerCase())) return part;
  const named = NUMBER_OF.exec(sentence.slice(Math.max(0, m.index! - 120), m.index))?.[1];
  if (named && m[5] === undefined && !NOT_PLURAL.has(named.toLowerCase())) return named;
  if (!/^\s*of (?:them|these|those)\b/i.test(rest)) return undefined;
  // The last plural of the clause before it: "the gauging stations on the Osk — three of them";
  // a verb after "it" is none ("it runs to 17, and two of them are open").
  const clause = /[^.;:]{0,50}$/.exec(sentence.slice(0, m.index))?.[0] ?? '';
  return [
    ...clause.matchAll(
      /(?<!\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]his|[Tt]hat|[Ww]hich|[Ww]ho)\s)\b\p{L}{2,}[^s\W]s\b/gu,
    ),
  ]
    .map((w) => w[0])
    .findLast((w) => !NOT_PLURAL.has(w.toLowerCase()));
}

/**
 * The words that say which kind of the counted noun a count is: in "a twenty-point framework"
 * the word after the compound (and the one after a name there), in "three joint measurement
 * stations" those before the head.
 * None for a measure: a cubic metre is a cubic metre.
 */
const PEACE_TEXT =
  /^(?:peace|ceasefire|settlement|road|working|draft|mediation)\s+(?:plan|text|draft|framework|document|paper)[.,;:]?$/i;
export function kindOf(words: string, unitWord: string, compound: boolean, next = ''): string[] | undefined {
  if (MEASURES.some(([re]) => re.test(unitWord))) return undefined;
  // The compound's noun may stand past the words read with it: "an 18-point Karsan peace plan".
  const list = [
    ...words.split(/\s+/),
    ...(compound
      ? next
          .split(/[^\p{L}'-]+/u)
          .filter(Boolean)
          .slice(0, 2)
      : []),
  ];
  // A name between the compound and its noun says whose, not what: "the eight-point Union
  // counter-proposal", "the 28-point US plan" are a counter-proposal's and a plan's points.
  const whose = compound && /^\p{Lu}/u.test(list[1] ?? '') ? 1 : 0;
  // "an 18-point peace plan": a word that qualifies the text noun after it; the noun says it is a text.
  const more = compound && PEACE_TEXT.test(`${list[1 + whose] ?? ''} ${list[2 + whose] ?? ''}`) ? 1 : 0;
  const said = compound
    ? list.slice(1, 2 + whose + more)
    : list.slice(0, Math.max(0, list.indexOf(unitWord)));
  const which = [...meaningWords(said.join(' '))];
  return which.length > 0 ? which : undefined;
}

// "180 military and civilian monitors", "40 Arvenian or Torvanian observers": two words joined
// by "and" or "or" before a plural say which of it; the plural is what the number counts.
const JOINED_PLURAL = new RegExp(
  `^\\s+(?:and|or)\\s+(?!(?:${WORD}|the|a|an|its|their|our)\\b)([a-z]{3,}\\s+)?([a-z]{2,}[^s\\W]s)\\b`,
  'i',
);

/**
 * A quantity's match read on over "and" to the plural its joined words qualify: the match with
 * that plural in its text and the joined words (without "and") as what it counts.
 */
export function withJoinedPlural(sentence: string, m: RegExpExecArray): RegExpExecArray {
  const [all, , , , , hyphen, words] = m;
  if (words === undefined || hyphen === '-' || words.includes(' ') || /[^s]s$/i.test(words)) return m;
  const joined = JOINED_PLURAL.exec(sentence.slice(m.index + all.length));
  if (!joined) return m;
  const counted = `${words} ${joined[1] ?? ''}${joined[2]}`;
  const read = [`${all}${joined[0]}`, m[1], m[2], m[3], m[4], hyphen, counted] as unknown as RegExpExecArray;
  read.index = m.index;
  return read;
}

// "212 people detained in the conflict", "300 persons displaced", "340 people who had been
// held": a participle after the generic word says which people, as a noun would ("212
// detainees"): not the monitors of a mission. So does the act they underwent, said just before:
// "released 340 people", "freed 230 persons".
const FATES =
  'detained|held|imprisoned|captured|jailed|released|freed|exchanged|displaced|killed|wounded|injured|missing|evacuated|deported|repatriated';
const PEOPLE_PARTICIPLE = new RegExp(
  `^\\s+(?:(?:who|that)\\s+(?:(?:had|have|has|were|was|are|is)\\s+)?(?:been\\s+)?)?(${FATES})\\b`,
  'i',
);
const PEOPLE_ACTED_BEFORE = new RegExp(
  `\\b(${FATES})\\s+(?:(?:some|about|around|nearly|almost|over|more than|at least|another|a further)\\s+)?$`,
  'i',
);
export function peopleByParticiple(
  sentence: string,
  unitWord: string,
  unitEnd: number,
  start: number,
): string[] | undefined {
  if (!/^(?:people|persons)$/i.test(unitWord)) return undefined;
  const said =
    PEOPLE_PARTICIPLE.exec(sentence.slice(unitEnd, unitEnd + 40)) ??
    PEOPLE_ACTED_BEFORE.exec(sentence.slice(Math.max(0, start - 40), start));
  const which = said ? [...meaningWords(said[1]!)] : [];
  return which.length > 0 ? which : undefined;
}
