// Status claims: a passage saying a text (a protocol, a line, an annex) is final or still
// open, with the words of what it is said about. Two passages stating a status of one
// subject are about one thing, and contradict each other when one says final and the
// other open ("the protocol is final" / "the protocol is still a draft").
import { REPORTING_VERBS } from './lexicon.ts';
import type { Passage } from './passages.ts';
import { lastMatch } from './regex.ts';
import { contentWords } from './words.ts';

export type StatusValue = 'final' | 'open';

export interface Status {
  value: StatusValue;
  /** Stems of what the status is said of; the passage's own words when that is a pronoun. */
  subject: Set<string>;
}

const POSITIVE =
  /\b(?:finali[sz]ed|is final|are final|closed|settled|signed off|agreed on the|agreed by both(?: parties| sides)?|it is finished|is finished|(?:has|have|had) been agreed)\b/i;
const NEGATIVE =
  /\b(?:not (?:yet )?final|still (?:needs?|needed|requires?|required) (?:more |further )?work|still a draft|no agreement|nothing (?:has been |is )?agreed|nothing on \w+ is agreed|not (?:yet )?agreed|under review|not finished|still open|do not agree that|it is close|not ready)\b/i;
// What is said of something sits in its clause: before the status words and just after them.
const BEFORE = 60;
const AFTER = 40;
const CLAUSE_END = /[;:,.!?]/;
const CLAUSE_START = new RegExp(`[;:]|\\. |\\b(?:that|${REPORTING_VERBS})\\b`, 'g');
// "it is finished", "that is not final": the subject is whatever the context was about.
const PRONOUN_SUBJECT = /\b(?:it|this|that|nothing)\s+(?:\w+\s+){0,2}$/i;

// Words that say a status rather than what it is of.
const STATUS_WORDS = contentWords(
  'final finalised finalized finished agreed agreement draft open closed settled ready review',
);

/** Whether `text` states a status at all (cheap: for keeping short passages that do). */
export const statesStatus = (text: string): boolean => NEGATIVE.test(text) || POSITIVE.test(text);

/** The status a passage states, if any; "not final" wins over "final" in one passage. */
export function statusOf(p: Passage): Status | undefined {
  const negative = NEGATIVE.exec(p.text);
  const m = negative ?? POSITIVE.exec(p.text);
  if (!m) return undefined;
  const value: StatusValue = negative ? 'open' : 'final';
  const own = contentWords(m[0]);
  let before = p.text.slice(Math.max(0, m.index - BEFORE), m.index);
  // "Lunn emphasized that the protocol ...": who says it is not what it is said of.
  const cut = lastMatch(CLAUSE_START, before);
  if (cut) before = before.slice(cut.index + cut[0].length);
  let after = p.text.slice(m.index + m[0].length, m.index + m[0].length + AFTER);
  const end = after.search(CLAUSE_END);
  if (end !== -1) after = after.slice(0, end);
  // "agreed by both parties": who agreed, not what.
  after = after.replace(/^\s*by (?:both|all) \w+/i, '');
  const pronoun =
    PRONOUN_SUBJECT.test(before) || /^\s*(?:it|this|that)\b/i.test(after) || /\bit is\b/i.test(m[0]);
  const subject = new Set(
    [...(pronoun ? p.words : contentWords(`${before} ${after}`))].filter(
      (w) => !own.has(w) && !STATUS_WORDS.has(w),
    ),
  );
  return subject.size > 0 ? { value, subject } : { value, subject: new Set(p.words) };
}

/** Subject words two statuses share. */
export function sharedSubject(a: Status, b: Status): string[] {
  return [...a.subject].filter((w) => b.subject.has(w));
}
