// Whether a call or a meeting agreed a day for what comes next, said both ways: readouts tell the
// day agreed ("agreed that the teams would reconvene on 20 March", "agreed that the text should
// be ready for signature by 23 March"), the other side's account may say none was ("We have not
// set a date for the next round", "No date was agreed"). Such a denial is short, yet a claim.
// The day must be the next step's own: the day of a verb that says what comes next, inside the
// agreed clause, with no other verb between ("agreed to keep in touch, the press service said on 4
// March" and "agreed that the ceasefire signed on 2 March must hold" agree no day); and both sides
// must speak of one kind of next step (a day to meet is not a timetable for a withdrawal).
import { MONTH_WORD, monthOf } from './quickDates.ts';

// The kinds of next step, by the verbs that agree one and the nouns that deny a day for one.
const KINDS: [kind: string, verbs: string, nouns: RegExp][] = [
  [
    'meeting',
    'meet|reconvene|resume|convene|hold|continue|talk|speak|return',
    /^(?:round|talks|meeting|session|negotiations|consultations|summit|resum\w*|meet\w*|reconven\w*|talk)$/i,
  ],
  [
    'signing',
    'sign|be (?:ready|signed|finali[sz]ed|concluded)|finali[sz]e|conclude',
    /^(?:sign\w*|signature|conclusion)$/i,
  ],
  ['visit', 'visit', /^visits?$/i],
  ['withdrawal', 'withdraw|pull back', /^(?:withdraw\w*|pull-?back)$/i],
  ['exchange', 'exchange|release|swap', /^(?:exchange|release|swap)s?$/i],
  ['reply', 'respond|reply|answer|comment', /^(?:repl(?:y|ies)|responses?|answers?|comments?)$/i],
];
// A step told by its occasion taking place is of the kind its subject names: "the signing
// ceremony should take place on 28 March" is a signing.
const OCCURS = 'take place|be held|go ahead';
const OCCURS_IN = new RegExp(`\\b(?:${OCCURS})\\b`, 'i');
const NEXT_STEP = [...KINDS.map(([, verbs]) => verbs), OCCURS].join('|');
const DAY = `(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<m1>${MONTH_WORD})|(?<m2>${MONTH_WORD}) (?<d2>\\d{1,2}))\\b`;
// Words that would be another verb between the next step and its day: a participle (not one a
// determiner makes an adjective, "the revised text"), a verb of saying, a form of "be" or "have".
const NO_VERB = `(?:(?!(?<!\\b(?:the|a|an|its|their|our|this|that) )\\w+ed\\b|(?:said|says|told|is|was|were|are|has|had|have|must|will|would)\\b)[\\w'’-]+,? ){0,6}?`;
const DAY_AGREED = new RegExp(
  `\\bagreed (?:that|to)\\b[^.;]{0,100}?\\b(?<step>${NEXT_STEP})\\b (?:again )?${NO_VERB}(?:on|by|for|until) (?:the )?${DAY}`,
  'i',
);
// "It is not true that they agreed to meet on 20 March" denies the day it names.
const AGREED_NOT =
  /\b(?:not|no|never|nothing)\b[^.;]{0,30}\bagreed (?:that|to)\b|n['’]t\b[^.;]{0,30}\bagreed (?:that|to)\b/i;

const NO_DAY_AGREED =
  /\b(?:(?:did|do|does|have|has|could) not|(?:did|do|does|have|has|could)n['’]t|failed to) (?:yet )?(?:agree|set|fix|settle)(?: (?:on|upon))? (?:a|any|the|an) (?:new |firm |fixed |exact )?(?:date|day|timetable)\b|\bno (?:new |firm |fixed |exact )?(?:date|day|timetable)\b[^.;:?!]{0,60}?\b(?:has|had|have|was|were|is) (?:yet )?(?:been )?(?:agreed|set|fixed|decided)\b/i;
// What the day denied was for: "a date to resume the talks", "no date … for the next round".
const DENIED_FOR =
  /\b(?:date|day|timetable)\b[^.;:?!]{0,40}?\b(?:for|to|of) (?:the |a |an |any |their |its |our )?(?:next |new |further |second |third |fresh )?([\p{L}-]+)/iu;

const kindOfVerb = (verb: string) =>
  KINDS.find(([, verbs]) => new RegExp(`^(?:${verbs})$`, 'i').test(verb))?.[0];
// The kind of step the subject of an occasion names, or none.
const kindOfSubject = (subject: string) =>
  subject
    .split(/[^\p{L}-]+/u)
    .flatMap((w) => KINDS.filter(([, , nouns]) => nouns.test(w)).map(([k]) => k))
    .at(0);

// A day before the account was published is past, no next step: "the understanding reached on 28
// February" told on 4 March. A day more than half a year before is read as next year's.
function past(month: string, day: number, published: string | undefined): boolean {
  if (!published) return false;
  const at = Date.parse(published);
  const then = Date.UTC(new Date(at).getUTCFullYear(), monthOf(month), day);
  return then < at && at - then < 183 * 86_400_000;
}

/**
 * The kind of next step `text` says a day was agreed for ("meeting", "signing" …), where it says
 * so for a day not yet past and does not deny it.
 */
export function dayAgreedFor(text: string, published?: string): string | undefined {
  const m = DAY_AGREED.exec(text);
  if (!m || AGREED_NOT.test(text)) return undefined;
  const g = m.groups!;
  if (past(g.m1 ?? g.m2!, Number(g.d1 ?? g.d2), published)) return undefined;
  const occurs = OCCURS_IN.exec(m[0]);
  if (occurs) return kindOfSubject(m[0].slice(0, occurs.index));
  return kindOfVerb(g.step!);
}

/** Whether `text` says a day was agreed for what comes next, and does not deny it. */
export const dayAgreed = (t: string, published?: string) => dayAgreedFor(t, published) !== undefined;
/** Whether `text` says no day was agreed. */
export const noDayAgreed = (t: string) => NO_DAY_AGREED.test(t);

/**
 * Whether a day agreed for one kind of next step and a denial are of one step: a denial that
 * names what it denied a day for must name a step of that kind ("no date for a visit" is not the
 * day the delegations meet); one that names none ("No date was agreed") denies any.
 */
export function sameNextStep(agreed: string, denial: string, published?: string): boolean {
  const kind = dayAgreedFor(agreed, published);
  if (!kind) return false;
  const named = DENIED_FOR.exec(denial)?.[1];
  if (!named) return true;
  return KINDS.some(([k, , nouns]) => k === kind && nouns.test(named));
}
