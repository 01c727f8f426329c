// Numbered provisions that are not the negotiated text's: a point of a speaker's own argument ("the
// first point I would make", "my second point", "a third point:") and an article of another named
// instrument ("NATO's Article 5", "Article 5 of the Washington Treaty", "Article 5-style guarantees").
// Both share the draft's words and numbers, so read as its provisions they link what is unrelated.
import { ORDINAL_WORDS } from '../core/calendar.ts';

// A point one makes: its speaker's ("my second point"), an indefinite one ("a third point:"), or
// one the speaker says he makes ("the first point I would make", "the second point to stress").
const OWN_BEFORE = new RegExp(
  `\\b(?:my|our|a|another)\\s+(?:(?:very|last|final|next|other|further|main|key|${ORDINAL_WORDS.join('|')})\\s+)?$`,
  'iu',
);
// What one does with a point of one's own (not "have" or "want": "the ninth point we want removed").
const MAKE = '(?:make|raise|stress|underline|emphasi[sz]e|note|mention|put)';
const OWN_AFTER = new RegExp(
  String.raw`^\s*(?:(?:that|which)\s+)?(?:(?:I|we)(?:['’]d|['’]ll|\s+(?:would|will|shall|should|must|can|want|wish))?(?:\s+like)?(?:\s+to)?\s+${MAKE}\b|to\s+${MAKE}\b)`,
  'u',
);

// An organisation's article is its founding treaty's: "NATO's Article 5", "the Alliance's Article 5".
const ORGANISATION_BEFORE =
  /(?:\bNATO(?:['’]s|-style)?|\b[A-Z]{2,5}['’]s|\b[Tt]he\s+(?:[Aa]lliance|[Bb]loc|Union|Treaty|Charter|[A-Z][\p{L}-]+\s+(?:Treaty|Charter|Convention|Pact))['’]s)\s+$/u;
// "of the UN Charter", "of NATO's founding treaty", "of the agenda", "of resolution 2231" (any case).
const INSTRUMENT_AFTER =
  /^\s+(?:of|in|under)\s+(?:the\s+)?(?:(?:UN\s+|Security\s+Council\s+)?(?:agenda|charter|resolution|statute|constitution|convention|rules\s+of\s+procedure)\b|(?:UN|NATO|EU|OSCE)(?:['’]s)?\s+(?:founding\s+)?(?:treaty|charter)\b)|^-(?:style|like|type)\b/iu;
// "of the Washington Treaty", "of the North Atlantic Treaty", "of the Rome Statute": a name, in
// capitals, of a treaty in force; not "of the Draft Fjellby Treaty" (the text itself).
const NAMED_INSTRUMENT =
  /^\s+(?:of|in|under)\s+(?:the\s+)?(?![Dd]raft\b)(?:[A-Z][\p{L}.'’-]*\s+){1,4}(?:Treaty|Charter|Conventions?|Statute|Pact|Final\s+Act)\b/u;

/**
 * Whether the provision named at `start`–`end` of `text` ("the first point", "Article 5") is not
 * the negotiated text's: a point of the speaker's own argument or another instrument's article.
 */
export function notTheTexts(text: string, start: number, end: number): boolean {
  const named = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  if (/\bpoints?\b/i.test(named) && (OWN_BEFORE.test(before) || OWN_AFTER.test(after))) return true;
  if (/\barticles?\b/i.test(named) && ORGANISATION_BEFORE.test(before)) return true;
  return INSTRUMENT_AFTER.test(after) || NAMED_INSTRUMENT.test(after);
}
