// "Nothing is agreed until everything is agreed" answers whether the text, or a chapter of it, is
// agreed: a spokesman says it of the claim another source makes ("the humanitarian chapter is
// agreed", "the delegation has agreed to the framework"). The formula shares no subject with the
// claim, so statusSubject (link.ts) cannot see the two speak of one thing; this links them, as a
// link only: whether they conflict is contradictions' to say.
import { asks } from './assertion.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';

export const FORMULA =
  /\bnothing\s+(?:is|has\s+been|will\s+be|can\s+be|shall\s+be)\s+agreed\s+(?:until|unless|before)\s+everything\s+(?:is|has\s+been)\s+agreed\b/i;
export const TEXTS = '(?:text|framework|plan|document|draft|chapter|annex|package|points?|deal|memorandum)';
// An agreed text, or a party's assent to it, or no agreement on it.
const STATUS = new RegExp(
  [
    `\\b${TEXTS}\\b(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)?\\s+(?:is|was|are|were|has\\s+been|have\\s+been)\\s+(?:already\\s+|now\\s+|fully\\s+|all\\s+)?agreed\\b(?!\\s+(?:to|that|on\\s+a\\s+date)\\b)`,
    `\\bagreed\\s+to\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}${TEXTS}\\b`,
    `\\bno\\s+agreement\\s+on\\s+the\\s+(?:[\\p{L}-]+\\s+){0,4}${TEXTS}\\b`,
  ].join('|'),
  'iu',
);

// A premise put back to the one asked: "You said the text is agreed", "Minister, you said …"; not
// a third person's word reported ("Minister Dahl said the text is agreed").
const PREMISE = /^\s*(?:(?:president|minister|mr|ms|mrs)\b[^.?!,]{0,20},\s*)?you\b[^.?!]{0,20}\bsaid\b/i;

export const saysFormula = (p: Passage) => FORMULA.test(p.text);
export const saysStatus = (p: Passage) => STATUS.test(p.text.replace(FORMULA, ''));

/**
 * The subject words only the formula gives a passage ("everything"): the formula names no text,
 * so "everything is agreed" shares no subject with it. It holds until all is agreed, and says
 * nothing against the whole claimed agreed; what it answers is a part claimed agreed.
 */
export function formulaOnlyWords(p: Passage): Set<string> {
  const m = FORMULA.exec(p.text);
  if (!m) return new Set();
  const rest = meaningWords(p.text.slice(0, m.index) + p.text.slice(m.index + m[0].length));
  return new Set([...meaningWords(m[0])].filter((w) => !rest.has(w)));
}

/** A question's premise put back to the speaker. */
export const putBack = (p: Passage) => PREMISE.test(p.text);

/** Whether one passage answers with the formula a status another claims for the text. */
export function formulaAnswersStatus(a: Passage, b: Passage): boolean {
  // A question's premise is put to the speaker ("You said the text is agreed?"), not claimed.
  // Each passage read on its own: joined, only the first one's opening was ever read.
  if (asks(a) || asks(b) || putBack(a) || putBack(b)) return false;
  return (saysFormula(a) && saysStatus(b)) || (saysFormula(b) && saysStatus(a));
}
