// Quantities in a sentence, with the thing they count: "12 articles", "a 28-point plan",
// "twenty-eight points", "30 percent", "a quarter", "2.5 million tonnes", "1,200
// megawatts", "1.2 GW", "€3 billion", "40 prisoners", "120 m³/s". Two sources that give one
// thing two counts contradict each other; the unit says whether it is one thing, and so
// does the rate: "400 million cubic metres a year" and "120 cubic metres per second" are
// two things, "0.4 billion m³ annually" and "400 million cubic metres a year" one. Units of
// measure are read to one base ("1,200 MW" and "1.2 gigawatts" are one value), and counted
// nouns are folded by the concept lexicon ("detainees" and "prisoners" are one thing).
// Parts live apart: how a number is written (numberWords.ts), its unit (quantityUnits.ts), its
// rate (quantityRates.ts), which of its noun it counts (countedKinds.ts), whether two are one figure
// (sameFigure.ts), figures given without their unit (elidedFigures.ts), spans of time (timeSpans.ts).
import { contributedShare } from './contributions.ts';
import { backReference, kindOf, peopleByParticiple, withJoinedPlural } from './countedKinds.ts';
import { type Hedge, hedgeBefore, limitByRule } from './hedges.ts';
import { NUMBER, numberOf, scaleOf, stepOf, WORD } from './numberWords.ts';
import { countsOpen } from './openParts.ts';
import { rateOf } from './quantityRates.ts';
import { CURRENCY_SIGN, headNoun, isMeasure, isName, MEASURE, unitOf } from './quantityUnits.ts';
import { stageOf } from './stageCounts.ts';

export interface Quantity {
  value: number;
  /** The counted noun or unit of measure, folded to one word ("detainees" → "prisoner", "GW" → "w"). */
  unit: string;
  /** Per what, when the text says: "a year", "per second", "annual", "/s" → year, second. */
  rate?: string;
  /**
   * Of a counted noun, the meaning words that say which: the nouns before it ("two gauging
   * points": gauging), or what a compound count is of ("a twenty-point framework": the
   * framework's points).
   */
  which?: string[];
  index: number;
  text: string;
  /**
   * How the figure is given when not exactly (hedges.ts): "about 200" (near), "more than two
   * hundred" (above), "nearly 200" (nearly), "fewer than 200" (below). A limit a rule sets ("no
   * less than twelve miles", "up to 400", "at least 30 km") is exact: it is the figure agreed.
   */
  approx?: Hedge;
  /**
   * A part of a figure said before it, not a whole: "460 km of it on Zemaran track", "Of that,
   * 460 kilometres cross Zemara"; the rest beside some named ("nine other captives"), some of a set
   * ("three of the farms"), some among a group ("were among the crews"), a stretch ("the 6 km
   * section").
   */
  part?: true;
  /**
   * The stage of a thing done in stages the count is of ("the first stage, of 120 persons", "an
   * advance team of 80 monitors"), or "contribution", one contributor's share of a body ("a
   * contingent of 40 observers to the mission", contributions.ts): a part of the whole, no other
   * figure for it (link.ts).
   */
  stage?: string;
  /**
   * A count of what is still open ("two points still open", "the three outstanding clauses"):
   * a part of a text not yet agreed, no figure for its size (openParts.ts).
   */
  open?: true;
  /** The base-unit step of the figure as written ("22 km": 1; "12 nautical miles": 1.852). */
  step?: number;
  /** The written unit's size in the base unit ("nautical miles": 1.852 km). */
  factor?: number;
}

// A numeral after a slash is the second of a pair, not a count: a thread's "2/4 Our coast
// guards …" is its second post of four. Nor is one after a clock's colon: the minutes of "at
// 14:30" or of a video caption's "0:20 points are agreed" count nothing. Nor is one joined to a name by
// a hyphen: "the Kessel-2 cable", "a Vik-3 line" name one thing of a series, they count none. Only
// a digit after the hyphen is a name's (the lookahead): a spelled numeral's tail ("twenty-two") counts.
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\d.,/]|\\d:|\\p{L}-(?=\\d))(us\\$ ?|\\$ ?us ?|\\$|€|£|usd ?|eur ?|gbp ?)?${NUMBER}(?:[\\s-]*(hundred|thousand|million|mln|mn|billion|bn|trillion)\\b|([mb])(?![\\p{L}\\p{N}]))?(?:(-|\\s*)(${MEASURE}|detained persons?|[a-z]{3,}(?:\\s+(?!(?:and|the|for|from|with|that|which|were|was|are|will|would|hundred|thousand|million|billion|${WORD})\\b)[a-z]{3,}){0,2})(?![\\p{L}\\d]))?`,
  'giu',
);

// The parties' own nouns, as units fold them ("states"; "nations", "countries"; "governments").
const THE_PARTIES = new Set(['state', 'country', 'govern']);
const THE_BEFORE = /\bthe\s+$/i;

// "Four and a half" is a number, not a share: a half after "and" ends a figure.
const QUARTER =
  /\b(?<!\band\s)(?:a|one) (quarter|third|half)\b(?! (?:a |an )?(?:million|billion|thousand|hour|day|week|month|year))/gi;
// A share stands as a noun ("a third of the volume", "cut by a third", "a third are held"); before
// a noun it is an ordinal or a size ("a third round", "a third party", "a half share"), no share.
const SHARE_AFTER =
  /^(?:\s+(?:of|in|on|by|and|or|to|from|since|than|is|are|was|were|will|would|has|have|had|more|less|fewer|again|now)\b|\s*(?:[^\s\p{L}]|$))/iu;
const FRACTION: Record<string, number> = { quarter: 25, third: 33, half: 50 };

// A figure said to be of a whole named before it, by a pronoun: a part of that whole.
const PART_AFTER = /^\s+of (?:it|that|this|them|these|those|which)\b/i;
// Only at a clause's start: "because of that, 40 prisoners" is no part of anything.
const PART_BEFORE = /(?:^|[.;:,(—–-]\s*)(?:of (?:it|that|this|them|these|those)|of which),?\s*$/i;
// The rest beside those named ("freed along with nine other captives", "the other 30 monitors"):
// the count leaves some out, so it is no figure for the whole.
// "each other" and "one other" are no rest: "they handed each other 40 prisoners" counts them all.
const OTHER_BEFORE = /(?<!\b(?:each|one)\s+)\bother\s+$/i;
const OTHER_NOUN = /^other\s/i;
// Some members of a set the text names ("three of the farms go back to their owners"): a part of the
// set, not its size; "all 40 of the monitors" is the whole, and "214 of our people" counts ours.
const OF_THE_SET = /^\s*of the\b/i;
const ALL_BEFORE = /\ball\s+(?:the\s+)?$/i;
// Some said to be among a group ("three nationals, all engineers, were among the crews held"),
// in their own clause ("nine boats were returned, and six nationals were among their crews" says
// it of the six); and a stretch of a measured whole ("the 6 km section near the port"): parts.
// The counted are the verb's subject, an apposition at most between, no relative clause: "killed
// 25 people, in what is among the worst attacks" and "40 monitors, who are among the most
// experienced" count them all.
const AMONG_AFTER =
  /^(?:(?!,\s+and\b|\b(?:who|which|what|that|in what)\b)[^.;:!?]){0,100}?\b(?:were|are|was|is)\s+(?:also\s+)?among\b/i;
const STRETCH_AFTER = /^\s+(?:section|stretch|segment|portion)\b/i;
// What has befallen those counted, told as done: "were killed", "have been detained", "died".
const BEFALLEN_AFTER =
  /^[^.;:!?]{0,40}?\b(?:(?:were|have been|had been|has been|was)\s+(?:killed|wounded|injured|hurt|detained|arrested|abducted|displaced|missing)|died|have died)\b/i;
// Money named in words, whose minor unit may be said after it ("six crowns eighty").
const MONEY =
  /^(?:crowns?|euros?|dollars?|pounds?|francs?|marks?|kron(?:a|or|e|er)|roubles?|rubles?|rupees?|pesos?|dinars?|lir[ae]|rand|yuan|yen|shillings?|ducats?|florins?)$/i;
const MINOR = new RegExp(
  `^\\s+(\\d{2}|(?:${WORD})(?:[\\s-]+(?:${WORD}))?)(?=\\s+(?:per|a|an|each)\\b|\\s*[.,;:!?)]|\\s*$)`,
  'i',
);

// The people a report rests on, counted: "according to two people in the room", "three officials
// familiar with the talks said", "four diplomats briefed on the draft told Reuters", "two people
// who have read the document told the agency". Wires and
// longreads name their sources so; a count of them is no claim about the talks.
const SOURCE_UNITS = new Set(['person', 'offici', 'diplomat', 'sourc']);
const SOURCED_BEFORE = /\baccording to\s+(?:at least\s+)?$/i;
const SOURCED_AFTER =
  /^(?:\s+[\p{L}-]+){0,4}?\s+(?:familiar with|briefed on|close to|with (?:direct )?knowledge of|(?:who|that) (?:spoke|asked|requested|declined|were not|are not|(?:have|had|has) (?:seen|read|been (?:shown|briefed)))|speaking on (?:the )?condition)\b|^\s+(?:said|told|say|says)\b/iu;
const countsSources = (sentence: string, unit: string, start: number, unitEnd: number): boolean =>
  SOURCE_UNITS.has(unit) &&
  (SOURCED_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) ||
    SOURCED_AFTER.test(sentence.slice(unitEnd, unitEnd + 80)));

// A figure restated in words in brackets after its digits, as treaties write it.
const NUMBER_WORD = `(?:${WORD}|hundred|thousand|million|billion|trillion|and|a|half|point)`;
// At most a dozen words: a figure in words is no longer, and a bound keeps the scan linear.
const NUMBER_WORDS = `\\b${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,12}`;
const WORDS_IN_BRACKETS = new RegExp(`(?<=\\d)\\s\\(${NUMBER_WORDS}\\)(?=\\s)`, 'gi');
const INNER_SCALE = /\b(?:thousand|million|billion|trillion)[\s-]+\p{L}/iu;
const WORDS_BEFORE_DIGITS = new RegExp(`${NUMBER_WORDS}\\s\\((\\d[\\d,.]*)\\)(?=\\s)`, 'gi');

/** The quantities a sentence states, with what they count. */
export function quantities(written: string): Quantity[] {
  const found: Quantity[] = [];
  // A treaty's "twelve (12) nautical miles" gives one figure twice: one is read as blank,
  // so the other counts the miles (offsets kept).
  // Words with a scale inside ("two billion five hundred million (2,500,000,000)") are read by
  // their digits; so is "4,500,000 (four million five hundred thousand) tonnes".
  const sentence = written
    .replace(WORDS_BEFORE_DIGITS, (x, digits: string) =>
      INNER_SCALE.test(x) ? `${' '.repeat(x.length - digits.length - 2)}${digits}  ` : x,
    )
    .replace(/(?<=\p{L})\s\(\d[\d,.]*\)(?=\s)/gu, (x) => ' '.repeat(x.length))
    .replace(WORDS_IN_BRACKETS, (x) => ' '.repeat(x.length));
  for (const read of sentence.matchAll(QUANTITY)) {
    const m = withJoinedPlural(sentence, read);
    const [, sign, raw, scaleWord, mega, hyphen, words] = m;
    const scale = scaleWord ?? mega;
    // "a 20-point plan" counts points; "three joint measurement stations on the Halse" stations.
    const unitWord =
      words === undefined ? undefined : hyphen === '-' ? words.split(/\s+/)[0]! : headNoun(words);
    // "a" alone ("a year") and a year ("in 2025") count nothing; nor does "one" in words
    // ("on one point", "one side"), which says which, not how many.
    const base = numberOf(raw!);
    if (base === undefined || (/^\d{4}$/.test(raw!) && !sign) || /^one$/i.test(raw!)) continue;
    const currency = sign ? CURRENCY_SIGN[sign.replace(/\s+/g, '').toLowerCase()] : undefined;
    // A lone "m" after a figure is a million where money or a plural of counted things goes with
    // it, right after the figure ("$45m", "4.5m tonnes", "2m people"); else it is metres ("a 45m
    // wall"), no count, and so with a word between ("6m concrete walls" are walls 6 metres high).
    if (mega && !currency && !/^(?:people|\p{L}{3,}s)$/iu.test(words?.split(/\s+/)[0] ?? '')) continue;
    // A lone "B" is a billion only after a currency ("$1.5B"): "Article 5b" is a paragraph.
    if (/^b$/i.test(mega ?? '') && !currency) continue;
    // "the measuring stations — three of them": the number counts the plural before it.
    const before =
      words === undefined || /^of$/i.test(unitWord ?? '') ? backReference(sentence, m) : undefined;
    const unit = currency
      ? { unit: currency, factor: 1 }
      : before
        ? unitOf(before)
        : unitWord && !isName(unitWord, words!)
          ? unitOf(unitWord)
          : // "the 1.2 billion Ketheny has promised": an amount whose unit the text left out.
            scale
            ? { unit: '', factor: 1 }
            : undefined;
    if (!unit) continue;
    // "the two states", "the three governments": the parties called by their number, as "the two
    // sides" are, not a count another source could give otherwise ("observers from 12 states" is).
    if (THE_PARTIES.has(unit.unit) && THE_BEFORE.test(sentence.slice(Math.max(0, m.index - 5), m.index)))
      continue;
    // Where the counted word ends: "6.80 crowns per tonne" is priced per tonne after it.
    const unitAt = unitWord === undefined || before ? -1 : m[0].lastIndexOf(unitWord);
    let unitEnd = unitAt === -1 ? m.index + m[0].length : m.index + unitAt + unitWord!.length;
    // Money said aloud gives its minor unit after the major: "six crowns eighty" is 6.80.
    const minor = unitWord && MONEY.test(unitWord) ? MINOR.exec(sentence.slice(unitEnd)) : null;
    const cents = minor ? numberOf(minor[1]!) : undefined;
    if (minor) unitEnd += minor[0].length;
    const value =
      (base + (cents !== undefined && cents < 100 && !scale ? cents / 100 : 0)) *
      (scale ? scaleOf(scale) : 1) *
      unit.factor;
    const rate = rateOf(sentence, m.index, m.index + m[0].length, unitEnd, isMeasure(unit.unit));
    // "€1.5 billion for the line": the currency is the unit, the word after it is not.
    // The text ends at what is counted: "40 prisoners", not "40 prisoners from each".
    const cut = currency
      ? m[0].lastIndexOf(words ?? '')
      : m[0].lastIndexOf(unitWord ?? '') + (unitWord?.length ?? 0);
    const text = (
      unit.unit === '' || before
        ? m[0].slice(0, m[0].length - (words?.length ?? 0))
        : words && cut > 0
          ? m[0].slice(0, cut)
          : m[0]
    )
      .trim()
      .replace(/\s{2,}/g, ' ');
    // "the measuring stations — three of them" counts them all: only a figure with its own unit
    // is a part.
    const ahead = sentence.slice(Math.max(0, m.index - 20), m.index);
    const part =
      (!before &&
        (PART_AFTER.test(sentence.slice(unitEnd)) ||
          PART_BEFORE.test(ahead) ||
          OTHER_BEFORE.test(ahead) ||
          OTHER_NOUN.test(words ?? '') ||
          AMONG_AFTER.test(sentence.slice(unitEnd)) ||
          (isMeasure(unit.unit) && STRETCH_AFTER.test(sentence.slice(unitEnd))))) ||
      (before !== undefined &&
        OF_THE_SET.test(sentence.slice(m.index + m[0].length - (words?.length ?? 0))) &&
        !ALL_BEFORE.test(ahead));
    const stage =
      stageOf(sentence, m.index, unitEnd) ??
      (!isMeasure(unit.unit) && !currency && contributedShare(sentence, m.index, unitEnd)
        ? 'contribution'
        : undefined);
    const open =
      !isMeasure(unit.unit) && unitAt > 0 && countsOpen(sentence, m.index, m.index + unitAt, unitEnd);
    const which =
      currency || before || !words || !unitWord
        ? undefined
        : (kindOf(
            words,
            unitWord,
            hyphen === '-',
            sentence.slice(m.index + m[0].length, m.index + m[0].length + 40),
          ) ?? peopleByParticiple(sentence, unitWord, unitEnd, m.index));
    if (countsSources(sentence, unit.unit, m.index, unitEnd)) continue;
    // "At least" before a count sets a limit the text agreed, as "up to" does: no hedge. Before a
    // count of what has befallen people ("at least 30 people were killed") it is a floor, a toll
    // still rising: more reported later is no contradiction.
    // So does a "less than" a rule negates ("no dam shall be built less than 5 km from a river").
    const hedge = limitByRule(sentence.slice(Math.max(0, m.index - 80), m.index))
      ? undefined
      : hedgeBefore(sentence.slice(Math.max(0, m.index - 30), m.index));
    const loose = hedge === 'atLeast' && !BEFALLEN_AFTER.test(sentence.slice(unitEnd)) ? undefined : hedge;
    found.push({
      value,
      unit: unit.unit,
      ...(loose ? { approx: loose } : {}),
      step: stepOf(raw!) * (scale ? scaleOf(scale) : 1) * unit.factor,
      factor: unit.factor,
      ...(rate ? { rate } : {}),
      ...(part ? { part } : {}),
      ...(stage ? { stage } : {}),
      ...(open ? { open } : {}),
      ...(which ? { which } : {}),
      index: m.index,
      text,
    });
  }
  for (const m of sentence.matchAll(QUARTER)) {
    if (!SHARE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
    // "fall by a quarter": a share, in percent, hedged as a figure is ("more than a third", "about half").
    const hedge = hedgeBefore(sentence.slice(Math.max(0, m.index - 30), m.index));
    found.push({
      value: FRACTION[m[1]!.toLowerCase()]!,
      unit: 'percent',
      ...(hedge && hedge !== 'atLeast' ? { approx: hedge } : {}),
      index: m.index,
      text: m[0],
    });
  }
  return found;
}
