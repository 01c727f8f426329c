// Who said a quotation, read from the text right after its closing mark: a name next to a
// reporting verb ("..., Rutte said"), an office with its name, "according to", a dash, a passive's "by".
import {
  ADV,
  APPOS,
  CAND,
  NAME_RUN,
  NB,
  NOUNS,
  POSSESSIVE,
  POSSESSIVE_S,
  VERB,
  WORD,
} from './speakerPhrases.ts';
import { type Attribution, resolveCandidate, type SpeakerContext } from './speakers.ts';

// The translated style of presidencies and ministries sets a dash between the quotation and its
// attribution: "«The text is final», – Surin stressed.", "“…,” — noted Pavel Surin."
const LEAD = '^[,.!?;:]?\\s*(?:[—–]\\s*)?';

// '"…," per one official.': a wire's "per" attributes as "according to" does.
const AFTER_ACCORDING = new RegExp(`${LEAD}(?:according to|per)\\s+${CAND}`, 'u');
const AFTER_DASH = new RegExp(`^\\s?[—–]\\s?${CAND}(?:,[^,"_]{1,100})?[.;]?\\s*$`, 'u');
const AFTER_VERB_FIRST = new RegExp(`${LEAD}${VERB}\\s+${CAND}`, 'u');
// '"…," said the Authority's chief executive, Rasmus Thorvald.': the wire's inverted attribution
// gives the office first and the name in apposition after it, closing the sentence or the clause.
const AFTER_VERB_OFFICE_NAME = new RegExp(
  `${LEAD}${VERB}\\s+(?:the|its|his|her|their|an?)\\s+[^,"_.;]{1,60},\\s+(${NB}${NAME_RUN})(?=\\s*(?:[.,;]|$))`,
  'u',
);
// '"…," the council's spokesperson, Ada Lind, told the radio.': the same apposition before the verb,
// the office (its article or its body's possessive first) closed by the comma before the name.
const AFTER_OFFICE_NAME_VERB = new RegExp(
  `${LEAD}(?:(?:the|its|his|her|their|an?)\\s+|${WORD}['’]s\\s+)[^,"_.;]{1,60},\\s+(${NB}${NAME_RUN}),\\s+${ADV}${VERB}\\b`,
  'u',
);
// '"…," said Secretary of the Treasury Ada Lind.': an office whose body takes "the" runs on to the
// name after it, and so does one whose portfolio follows "for" ('says Minister for Trade Ada Lind')
// (tried right after a quotation only: elsewhere "Representatives of the Union" and "the
// Government of the Republic" open sentences as no one's name).
const AFTER_VERB_OFFICE_OF = new RegExp(
  `${LEAD}${VERB}\\s+(${NB}${WORD}(?:\\s+${WORD}){0,2}\\s+(?:of\\s+the|for)\\s+${NAME_RUN})`,
  'u',
);
// '"…," said external affairs ministry spokesperson Ada Lind at the briefing': an office in lower
// case without its article, as Indian and other English-language dailies write it, then the name.
const AFTER_VERB_LOWER_OFFICE = new RegExp(
  `${LEAD}${VERB}\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${NOUNS})\\s+(${NB}${NAME_RUN})`,
  'u',
);
// The possessive form ("Belmora's chief negotiator said") is only tried right after the quotation:
// in the scans that try every capitalised word it cost more than it found. Elsewhere a
// possessive name is followed to its office when it is resolved.
const AFTER_POSSESSIVE = new RegExp(`${LEAD}(${POSSESSIVE})${APPOS}\\s+${ADV}${VERB}\\b`, 'u');
// '"…," one senior official in Kessel said': a description placed by "in", "from" or "at" is who
// speaks; the place after it (a capital standing for its state) is where, not who.
const AFTER_DESCRIBED_AT = new RegExp(
  `${LEAD}((?:one|an?|another|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${NOUNS}))\\s+(?:in|from|at)\\s+${CAND}\\s+${ADV}${VERB}\\b`,
  'u',
);
// Up to six words may qualify the name: "Norland's special envoy Henrik Dahl told".
const AFTER_NAME_FIRST = new RegExp(
  `${LEAD}(?:(?!(?:while|but|and|as|although|though|whereas|when|after|before|because)\\s)[\\p{L}'’.-]+\\s+){0,6}?${CAND}${APPOS}\\s+${ADV}${VERB}\\b`,
  'u',
);
// '"…" — was first used by Secretary Hadley', '"…" was coined by the envoy': the passive gives the
// one whose words they were after "by" (an explainer tracing a line to its author).
const AFTER_PASSIVE = new RegExp(
  `${LEAD}(?:was|were|had\\s+been|has\\s+been)\\s+(?:first\\s+|originally\\s+)?(?:used|coined|uttered|spoken|said|voiced)\\s+by\\s+${CAND}`,
  'u',
);
const PASSIVE_BY = /^[,.!?;:]?\s*(?:[—–]\s*)?(?:was|were|ha[sd]\s+been)\s/;
// '"…," the Courier was told by Ada Lind': an outlet or a room that heard the words is the
// subject, and the one who spoke them follows "told by". The subject's words stop at punctuation,
// so that a name told something in the next sentence is not taken.
const AFTER_TOLD_BY = new RegExp(
  `${LEAD}(?:[\\p{L}\\p{M}'’-]+\\s+){1,4}?(?:was|were|ha[sd]\\s+been)\\s+told\\s+by\\s+${CAND}`,
  'u',
);
const TOLD_BY = /\btold\s+by\s/;
const HAS_VERB = new RegExp(`\\b${VERB}\\b`);
// The openings the long patterns need, tested first: a failing test of a short pattern is far cheaper
// than one of a long one (each carries the whole candidate phrase), and most attributions fail both.
const VERB_OPENS = new RegExp(`${LEAD}${VERB}\\s`, 'u');
const DESCRIPTION_OPENS = new RegExp(`${LEAD}(?:one|an?|another|the)\\s`, 'u');
const AFTER_VERB = new Set([
  AFTER_VERB_OFFICE_NAME,
  AFTER_VERB_OFFICE_OF,
  AFTER_VERB_LOWER_OFFICE,
  AFTER_VERB_FIRST,
]);

// Made once: written inline, a \p{…} pattern is rebuilt on every call in the built engine.
const OPENS_CAPITAL = /^\s*\p{Lu}/u;

/** Finds the speaker from the text right after the closing mark (masked, paragraph-bounded). */
export function speakerAfter(
  afterText: string,
  offset: number,
  ctx: SpeakerContext,
  endedSentence: boolean,
): Attribution | undefined {
  // An attribution sits right after the quote: 160 characters is plenty, and bounds the regexes' work.
  // '"…" — a senior diplomat.': a dash before the speaker attributes without a verb.
  const dashed = /^\s?[—–]/.test(afterText) ? AFTER_DASH.exec(afterText) : null;
  if (dashed) return resolveCandidate(dashed[1]!, offset + dashed[0].indexOf(dashed[1]!), ctx, true);
  const passive = PASSIVE_BY.test(afterText) ? AFTER_PASSIVE.exec(afterText) : null;
  if (passive) {
    const found = resolveCandidate(passive[1]!, offset + passive[0].indexOf(passive[1]!), ctx, false);
    if (found) return found;
  }
  const toldBy = TOLD_BY.test(afterText.slice(0, 120)) ? AFTER_TOLD_BY.exec(afterText) : null;
  if (toldBy) {
    const found = resolveCandidate(toldBy[1]!, offset + toldBy[0].indexOf(toldBy[1]!), ctx, false);
    if (found) return found;
  }
  const verbAt = afterText.slice(0, 160).search(HAS_VERB);
  // '", per one delegate.' and '," per one delegate.' alike; "per Article 4" cites a text, not a source.
  const accordingAt = afterText.search(
    /according to|^[,.]?\s?per\s(?!(?:Article|Art\.|Section|Clause|Paragraph|Annex|Chapter|Rule|Point|Item|Schedule|Appendix)\b)/,
  );
  if (verbAt === -1 && (accordingAt === -1 || accordingAt > 4)) return undefined;
  // Nothing far past the verb matters: cutting there bounds the patterns' backtracking.
  const after = afterText.slice(0, Math.max(verbAt, accordingAt) + 80);
  // '"... side." Putin noted' starts a new sentence: Putin is not this quotation's speaker.
  const verbOpens = VERB_OPENS.test(after);
  if (endedSentence && OPENS_CAPITAL.test(after) && !(verbOpens && AFTER_VERB_FIRST.test(after)))
    return undefined;
  for (const pattern of [
    AFTER_ACCORDING,
    AFTER_VERB_OFFICE_NAME,
    AFTER_VERB_OFFICE_OF,
    AFTER_VERB_LOWER_OFFICE,
    AFTER_VERB_FIRST,
    AFTER_OFFICE_NAME_VERB,
    AFTER_POSSESSIVE,
    AFTER_DESCRIBED_AT,
    AFTER_NAME_FIRST,
  ]) {
    // Two forms need words a plain search finds first: "according to", a possessive's "'s".
    if (pattern === AFTER_ACCORDING && accordingAt === -1) continue;
    if (pattern === AFTER_POSSESSIVE && !POSSESSIVE_S.test(after)) continue;
    if (!verbOpens && AFTER_VERB.has(pattern)) continue;
    if (pattern === AFTER_DESCRIBED_AT && !DESCRIPTION_OPENS.test(after)) continue;
    const m = pattern.exec(after);
    if (!m) continue;
    const phrase = m[1]!;
    const found = resolveCandidate(
      phrase,
      offset + m.index + m[0].indexOf(phrase),
      ctx,
      // A name outside the roster in apposition is a full name ("…, Rasmus Thorvald"), never one word.
      pattern === AFTER_ACCORDING ||
        ((pattern === AFTER_VERB_OFFICE_NAME || pattern === AFTER_OFFICE_NAME_VERB) && phrase.includes(' ')),
    );
    if (found) return found;
  }
  return undefined;
}
