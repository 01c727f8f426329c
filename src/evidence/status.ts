// Status claims: a passage saying a text (a protocol, a line, an annex) is final or still
// open, with the words of what it is said about. Two passages stating a status of one
// subject are about one thing, and contradict each other when one says final and the
// other open ("the protocol is final" / "the protocol is still a draft").
import { statesHeld } from './held.ts';
import { NO_PART_AGREED, NOT_ALL_AGREED, REPORTING_VERBS, SETTLEMENT_NOUNS } from './lexicon.ts';
import { meaningWords } from './meaning.ts';
import { arrangementSubject } from './modalityStatus.ts';
import { NONE_AGREED } from './noneAgreed.ts';
import { statesOperating } from './operating.ts';
import type { Passage } from './passages.ts';
import { lastMatch } from './regex.ts';
import { unassertedState } from './unassertedState.ts';
import { contentWords } from './words.ts';

export type StatusValue = 'final' | 'open';

export interface Status {
  value: StatusValue;
  /** Stems of what the status is said of; the passage's own words when that is a pronoun. */
  subject: Set<string>;
  /** Open because agreed in part or still being worked on ("agreed on 18 of the 22 points"). */
  partly?: boolean;
  /** Open because agreed in principle only: its substance settled, its final form not ("agreed in principle"). */
  principle?: boolean;
  /** Open because nothing of it is agreed at all ("nothing is agreed", "it has not been agreed"). */
  denied?: boolean;
}

/**
 * Whether one status counts what is agreed of a text and the other what is still open: "agreed
 * on the text of 18 of them" and "four points remain open" count two parts of one whole, and
 * their figures are no disagreement.
 */
export const countPartsApart = (a: Status | undefined, b: Status | undefined): boolean =>
  a !== undefined && b !== undefined && a.value === 'open' && b.value === 'open' && a.partly !== b.partly;

// Final, agreed, closed: said of the text ("the protocol is final", "has already been agreed",
// "agreement was reached on the line", "Kostal considers the annex agreed"), not of a meeting ("a
// closed session"). "Initialled" is a stage, not
// a status (textStages.ts): "the text was initialled" and "it is not final" are both true.
const POSITIVE =
  /\b(?:finali[sz]ed|(?:is|are) final|final (?:text|version)|(?:is|are|was|were|been|now) (?:closed|settled|complete|completed|approved|adopted|endorsed|sealed)|closed(?! (?:working |plenary |door )?(?:session|sessions|meeting|meetings|doors?|talks|consultations|briefing))|settled|signed off|agreed (?:on|upon) (?:the|a|an)|:\s*agreed|(?:is|are|was|were) (?:now |already )?agreed(?! (?:that|to|with|on|upon))|(?:is|are|was|were) agreed on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)|ready for (?:signature|signing)|(?:welcomes?|welcomed|welcoming|hails?|hailed) the conclusion of (?:the )?negotiations on|concluded (?:the )?negotiations on|agreement reached (?:by [\w -]{1,40} )?on|agreed by (?:both|all)(?: parties| sides)?|fully agreed|(?:has|have|had) (?:now |already )?been agreed|(?<=\b(?:consider|considers|considered|regard|regards|regarded|deem|deems|deemed)(?: [\w'’-]+){0,5}? (?:as )?)(?:agreed|final|settled|closed)(?! (?:that|to|with|on|upon)\b)|reached (?:an |full )?(?:agreement|consensus) on|(?:agreement|consensus) (?:was|has been|had been) reached|it is finished|is finished|a done deal)\b/i;
// Open, not agreed, refused: "not yet final", "yet to be agreed", "remains unresolved", "still
// needs work", "will continue work on", "no agreement on", "far from settled", "rejected". A text
// that "is agreed in principle" or "was agreed ad referendum" awaits its final form or its
// capitals' word: not final (agreeing "in principle to" do something is a decision, not a text's state;
// "the sides agreed in principle on the text" is the text's). "Cannot be considered final" denies it.
// "The initialling does not mean that everything is agreed" denies the status it names; "not
// everything was agreed" is no "was agreed".
// "Nothing in the annex had been settled" denies when "nothing" is the subject of that verb: no
// "that" or verb of its own between ("nothing it says can change that the text was agreed" asserts).
const NEGATIVE_WORDS =
  /\b(?:(?=(?:is|are|was|were|has been|have been) )(?<=\b(?:does|do|did)(?: not|n['’]t) mean\b[^.;!?]{0,40}?)(?:is|are|was|were|has been|have been) (?:now )?(?:final|finali[sz]ed|agreed|settled|done)|(?:is|are|was|were|been) (?:agreed|accepted) (?:in principle|ad referendum)(?! to\b)|agreed in principle(?= (?:on|upon) (?:the|a|an|its|their)\b)|(?:not|never|n['’]t|cannot)(?: be| been)? (?:considered|regarded|deemed) (?:as )?(?:agreed|final|finali[sz]ed|settled|closed)|not (?:yet )?(?:been )?(?:final|finali[sz]ed|agreed|settled|closed|complete|completed|approved|done|finished|ready)|yet to be (?:agreed|finali[sz]ed|settled|approved|completed|closed)|still (?:needs?|needed|requires?|required) (?:more |further )?work|still a draft|(?:remains?|remained|is still|are still|still) (?:open|unresolved|outstanding|pending|disputed|under discussion|under negotiation|being negotiated)|no (?:agreement|consensus|deal)\b|nothing (?:has been |had been |is |was )?agreed|nothing (?:is|will be|can be) (?:final|finali[sz]ed|settled|decided)|nothing(?:,?\s+(?:at all|whatsoever|yet|so far|as yet|(?:in|of|on|about|within|under|from)\b(?:(?!\b(?:that|which|who|whom|can|could|will|would|may|might|must|should|shall)\b)[^.;]){0,40}?),?)?\s+(?:is|was|has been|had been) (?:agreed|final|settled)|subject to (?:the )?(?:approval|ratification|confirmation)|not (?:yet )?given (?:its|their|his|her) (?:final )?(?:consent|approval|assent)|(?:still )?requires? the (?:approval|consent|ratification) of|as (?:a|the) basis\b|(?:only|merely|just) a basis\b|not (?:as )?a (?:final text|settlement)|far from (?:final|agreed|settled|done|complete)|work in progress|under review|not (?:yet )?a done deal|(?:we are|we're|we remain) (?:very |so |really |quite )?close(?= to (?:a|an|the) (?:deal|agreement|text|settlement)\b|\s*(?:[.!;]|$))|(?<!\bwho (?:have |has |had |will )?)(?:continue|continues|continued|continuing) (?:to )?(?:work|negotiate|negotiating|negotiations)(?: on)?|work (?:continues|is continuing) on|do not agree that|it is close|(?:rejected|turned down))\b/i;
// With the words textUnsettled.ts reads too: "not everything was agreed", "no provision of it is final".
// And those of noneAgreed.ts: "no order of signatures has been agreed".
const NEGATIVE = new RegExp(
  `${NEGATIVE_WORDS.source}|${NOT_ALL_AGREED}|${NO_PART_AGREED}|${NONE_AGREED}`,
  'iu',
);
// People "who have continued to work" are the subject, not a text still in the works.
// Agreed in part, or still being worked on: "agreed on the text of 18 of them", "agreed on the
// bulk of the framework", "has been agreed in its main parts", "largely agreed", "is being
// finalised". Joint statements and readouts report progress in exactly these words; a text so
// described is not final, though "agreed" and "finalised" are in the sentence; so is one "agreed in
// its essentials" or whose "broad outlines are agreed". Open, then: it
// stands against "the text is final", and agrees with "the text is not final".
const PARTLY =
  /\b(?:(?:is|are|was|were|been|being) (?:still )?being (?:finali[sz]ed|completed|drafted|negotiated|worked on|refined|fine-tuned|polished|discussed)|(?:is|are|was|were) (?:still )?in the process of being \w+|agreed (?:on |upon )?(?:the (?:text|wording|language) of )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\w+)?|most|many|some|several|part|parts|half)(?: (?:points|clauses|articles|paragraphs|provisions|issues))? (?:out )?of (?:the|them|those|its|these|\d+)|(?:agreed|agreement) (?:on|upon) (?:the )?(?:bulk|majority|most|much|large parts?|greater part|main parts|main elements) of|(?:bulk|majority|most|much|large parts?|greater part|main elements) of (?:the |its )?[\w -]{0,30}?\b(?:has|have|is|are) (?:now )?(?:been )?agreed|agreed in (?:its |their )?(?:main parts|large part|broad terms|outline|essentials|essence|substance)|(?:broad|main) (?:outlines|lines|contours)(?: of [\w -]{1,30}?)? (?:is|are|was|were|has been|have been|had been) (?:now )?agreed|(?:largely|mostly|partly|partially|broadly|substantially|in large part) (?:agreed|finali[sz]ed|settled)|all but (?:\d+|one|two|three|four|five|a few) (?:of (?:the )?)?(?:points|clauses|articles|issues|paragraphs|provisions)(?: \w+){0,3} (?:have|has) been agreed)\b/i;
// "The text has been agreed, except for two clauses", "everything except two points has been
// settled": a whole agreed but for a part.
const EXCEPT_PART =
  /\b(?:agreed|finali[sz]ed|settled)\b[^.;]{0,60}?\b(?:except|apart from|save for|but for|with the exception of)\b|\b(?:everything|all) (?:except|but|apart from|save) [^.;]{0,40}?\b(?:is|are|has been|have been) (?:now )?(?:agreed|settled|final|finali[sz]ed)\b/i;

// A subordinator opening the clause of "finalised" makes it a condition or a time to come.
const CONDITION_BEFORE =
  /\b(?:after|once|when|whenever|until|till|before|if|unless|as soon as|provided(?: that)?)\s+(?:[\w'’-]+\s+){0,6}(?:(?:is|are|has been|have been|was|were|be|gets?)\s+)?$/i;
const CONDITION_REACH = 60;

// A text noun and a relative pronoun just before the status: "the document that is being discussed".
const WHICH_TEXT = new RegExp(String.raw`\b(?:${SETTLEMENT_NOUNS}|draft|paper)s?\s+(?:that|which)\s+$`, 'i');
const WHICH_REACH = 40;
// Plural proposals a status of rejection is said of.
const PROPOSALS_BEFORE =
  /\b(?:drafts|proposals|texts|versions|options|amendments|counter-?proposals|ideas)\b[^.;]*$/i;

// What is said of something sits in its clause: before the status words and just after them.
const BEFORE = 60;
const AFTER = 40;
const CLAUSE_END = /[;:,.!?]/;
// A coordinated clause starts anew: in "the detentions have largely stopped, and a hotline
// … has been agreed" what is agreed is the hotline.
const CLAUSE_START = new RegExp(
  `[;:]|\\. |,\\s+(?:and|but|while|whereas)\\b|\\b(?:that|${REPORTING_VERBS})\\b`,
  'g',
);
// "it is finished", "that is not final": the subject is whatever the context was about.
const PRONOUN_SUBJECT = /\b(?:it|this|that|nothing)\s+(?:\w+\s+){0,2}$/i;

// Words that say a status rather than what it is of.
const STATUS_WORDS = contentWords(
  'final finalised finalized finished agreed agreement draft open closed settled ready review yet still now already considers considered regards regarded deemed',
);
// The same, as meaning words (meaning.ts folds "accepted", "adopted", "approved" to one).
const STATUS_MEANINGS = new Set([
  'final',
  'agree',
  'reject',
  'agreement',
  'open',
  'ready',
  'review',
  'yet',
  'still',
  'now',
]);

/**
 * Whether `text` states a status at all, whether people are still held, or whether a thing
 * works (cheap: for keeping short passages that do).
 */
export const statesStatus = (text: string): boolean =>
  NEGATIVE.test(text) ||
  PARTLY.test(text) ||
  POSITIVE.test(text) ||
  statesHeld(text) ||
  statesOperating(text);

/** The status a passage states, if any; "not final" wins over "final" in one passage. */
export function statusOf(p: Passage): Status | undefined {
  const open = NEGATIVE.exec(p.text);
  const part = open ? null : (PARTLY.exec(p.text) ?? EXCEPT_PART.exec(p.text));
  const negative = open ?? part;
  const m = negative ?? POSITIVE.exec(p.text);
  if (!m) return undefined;
  if (unassertedState(p.text, m.index, m[0].length)) return undefined;
  // "The document that is being discussed has nineteen points": the relative clause says which
  // text, the sentence says something else of it.
  if (WHICH_TEXT.test(p.text.slice(Math.max(0, m.index - WHICH_REACH), m.index))) return undefined;
  // "After both drafts, ours and theirs, were rejected": proposals turned down, several texts,
  // not the one text negotiated.
  if (
    open &&
    /^(?:rejected|turned down)$/i.test(m[0]) &&
    PROPOSALS_BEFORE.test(p.text.slice(Math.max(0, m.index - BEFORE), m.index))
  )
    return undefined;
  // "After the framework is finalised", "once the text is agreed": a time to come, not a state.
  const condition = negative
    ? null
    : CONDITION_BEFORE.exec(p.text.slice(Math.max(0, m.index - CONDITION_REACH), m.index));
  // "When the text was finalised, the envoys left" tells a state reached.
  if (condition && !/\b(?:was|were|had)\b/i.test(condition[0] + m[0])) return undefined;
  const value: StatusValue = negative ? 'open' : 'final';
  // "Nothing in the twenty points is agreed" (or final): what nothing is agreed in is the subject.
  const within =
    /^nothing\b(.*)\b(?:is|was|has been|had been) (?:agreed|final|settled)$/i.exec(m[0])?.[1] ?? '';
  const stated = within ? m[0].replace(within, ' ') : m[0];
  let partly: { partly?: boolean; principle?: boolean; denied?: boolean } = part
    ? { partly: true }
    : open && IN_PRINCIPLE.test(m[0])
      ? { principle: true }
      : open && DENIES_AGREEMENT.test(m[0])
        ? { denied: true }
        : {};
  // "Talks set no day for the vote": the status is of the date, not of the call.
  const prefix = p.text.slice(0, m.index);
  const opening = lastMatch(CLAUSE_START, prefix);
  const arrangement = arrangementSubject(opening ? prefix.slice(opening.index + opening[0].length) : prefix);
  if (arrangement && arrangement.size > 0) return { value, subject: arrangement, ...partly };
  const own = contentWords(stated);
  const from = Math.max(0, m.index - BEFORE);
  let before = p.text.slice(from, m.index);
  // The window starts at a word, not inside one ("…eny accepted" is no word of the subject).
  if (from > 0 && /\p{L}/u.test(p.text[from - 1] ?? '')) before = before.replace(/^\p{L}+/u, '');
  // "Lunn emphasized that the protocol ...": who says it is not what it is said of.
  const cut = lastMatch(CLAUSE_START, before);
  if (cut) before = before.slice(cut.index + cut[0].length);
  let after = p.text.slice(m.index + m[0].length, m.index + m[0].length + AFTER);
  const end = after.search(CLAUSE_END);
  if (end !== -1) after = after.slice(0, end);
  // "agreed by both parties": who agreed, not what.
  after = after.replace(/^\s*by (?:both|all) \w+/i, '');
  // "The details of the deal have not been agreed": a part or the final form denied, not the whole.
  if (partly.denied && PART_DENIED.test(`${before} ${after}`)) partly = {};
  const pronoun =
    PRONOUN_SUBJECT.test(before) || /^\s*(?:it|this|that)\b/i.test(after) || /\bit is\b/i.test(m[0]);
  const said = `${before} ${within} ${after}`;
  // Its words as written, and as they mean: "the framework", "the 20-point plan" and "the
  // document" are one text; what says the status ("accepted", "agreed") is no subject.
  const ownMeaning = meaningWords(stated);
  const subject = new Set([
    ...[...(pronoun ? p.words : contentWords(said))].filter((w) => !own.has(w) && !STATUS_WORDS.has(w)),
    ...(pronoun ? [] : [...meaningWords(said)].filter((w) => !ownMeaning.has(w) && !STATUS_MEANINGS.has(w))),
  ]);
  return subject.size > 0 ? { value, subject, ...partly } : { value, subject: new Set(p.words), ...partly };
}

// Agreed in principle: neither final nor untouched. "The accord is agreed in principle" stands
// against "the text is final" (as any open status does) and against "nothing is agreed" or "the
// clause has not been agreed", which deny that anything of it was agreed; not against "it is not
// yet final", which it says itself. "Not yet agreed" may mean only its final form: no denial.
const IN_PRINCIPLE = /\bin principle$/i;
const DENIES_AGREEMENT =
  /^(?:nothing\b.*\b(?:agreed|settled|decided)|not (?:been )?agreed|no (?:agreement|consensus|deal))$/i;
// A denial of a part or of the final form ("the details have not been agreed", "no agreement yet
// on the maps annexed to it", "the final text has not been agreed") is what "in principle" leaves
// open: no denial of it.
const PART_DENIED =
  /\b(?:details?|particulars|wording|language|terms|modalities|specifics|fine print|technicalities|implementation|maps?|annex(?:es|ed)?|appendix|appendices|final (?:text|form|version|wording|draft|document)|(?:some|several|remaining|outstanding|other) (?:points|issues|elements|questions|parts|provisions))\b/i;

/** Whether one status is agreed in principle and the other says nothing of it is agreed. */
export const principleAgainstDenial = (a: Status, b: Status): boolean =>
  (a.principle === true && b.denied === true) || (b.principle === true && a.denied === true);

/** Whether two statuses disagree: final against open, or agreed in principle against not agreed at all. */
export const statusesApart = (a: Status, b: Status): boolean =>
  a.value !== b.value || principleAgainstDenial(a, b);

/** A status's word in a flag: its value, or what sets it against the other when both are open. */
export const statusWord = (s: Status, other: Status): string =>
  s.value === other.value && principleAgainstDenial(s, other)
    ? s.principle
      ? 'agreed in principle'
      : 'not agreed'
    : s.value;

/**
 * The value a text moved on from, for a pair read apart in time (pairReadings.ts movedOn): agreed in
 * principle is ahead of not agreed, as final is ahead of open.
 */
export const statusMovedFrom = (a: Status, b: Status): string =>
  a.value === b.value && principleAgainstDenial(a, b) ? (a.principle ? 'final' : 'open') : a.value;

/** Subject words two statuses share. */
export function sharedSubject(a: Status, b: Status): string[] {
  return [...a.subject].filter((w) => b.subject.has(w));
}
