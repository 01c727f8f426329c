// The negotiated text said unsettled, or settled, without being the subject of "is agreed":
// "there is no agreed text yet", "no question of any final text", "not everything was agreed",
// "nothing in the Rivonne text is final", "no provision of it is final", "the updated framework
// remains a working document", "the document remains a basis for further work"; and the parties
// as the subject of agreeing it: "the two parties agreed the final text of the Framework", "our
// team and the Lisovian delegation AGREED on the updated 20-point framework". Readouts, ministry
// comments and posts tell a text's state in these words as often as in "the text is agreed".
// A part named ("no agreed text on the corridor"), a plan to meet or a framework for talks is
// no state of the text; wholeText.ts keeps the caller's checks for parts and maxims.
import { NO_PART_AGREED, NOT_ALL_AGREED, SETTLEMENT_NOUNS } from './lexicon.ts';
import type { StatusValue } from './status.ts';

// What a source calls the negotiated text.
// A draft too, unlike wholeText.ts's subject: "there is no agreed draft" says the text is open.
const TEXT = `(?:${SETTLEMENT_NOUNS}|draft)s?`;
// What follows a text that is a part or another thing: "no agreed text on the corridor", "the
// framework for the talks", "the text of Article 6", "the plan to meet again".
const NO_PART = String.raw`(?!\s+(?:on|over|regarding|concerning|about|for|to|of (?:article|clause|point|paragraph|annex|section)s?)\b)`;
// No text that is agreed: "there is no agreed text", "no question of any final text yet",
// "there is still no finalised document".
const NONE_AGREED = new RegExp(
  String.raw`\bno(?: question of)?(?: any)? (?:agreed|final|finali[sz]ed|settled|signed-off) ${TEXT}\b${NO_PART}`,
  'i',
);
// Not all of it: "not everything was agreed", "not all of the text has been agreed".
const NOT_ALL = new RegExp(NOT_ALL_AGREED, 'i');
// None of its parts: "nothing in the Rivonne text is final", "no provision of it is final",
// "none of its articles has been agreed". Bounded gaps: no backtracking beyond a clause.
const NONE_OF_IT = new RegExp(
  String.raw`\b(?:nothing (?:in|of) (?:the|this|that|it|its)\b[^.;:!?]{0,40}?|none of (?:it|its|the|this)\b[^.;:!?]{0,30}?)\b(?:is|are|was|were|has been|have been) (?:yet )?(?:final|finali[sz]ed|agreed|settled)\b|${NO_PART_AGREED}`,
  'i',
);
// Still a draft to work on: "remains a working document", "is still only a basis for further work".
const STILL_WORKING = new RegExp(
  String.raw`\b(?:the|this|that|our|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,3}?${TEXT}\s+(?:remains|is still|is only|is just|is merely|is no more than)\s+(?:only\s+)?(?:a|an)\s+(?:working document|working draft|draft|basis for (?:further )?(?:work|talks|negotiations|discussion))\b`,
  'iu',
);
// "The parties agreed the text is not final", "agreed the document should be revised": the text
// is the subject of what they agreed, not what they agreed.
const NO_CLAUSE = String.raw`(?!\s+(?:is|are|was|were|be|should|would|must|will|shall|could|can|may|might|needs?|remains?|has|have|had)\b)`;
// The parties agreed it: "the two parties agreed the final text of the Framework", "the
// delegations agreed on the updated framework". Not "agreed on the framework for the talks",
// "agreed the plan to meet", "agreed the text of Article 6" (a part).
const PARTIES_AGREED = new RegExp(
  String.raw`(?:\b(?:parties|sides|delegations|negotiators|governments|leaders|presidents|we|they)|\band (?:the )?[\p{L}-]+ (?:delegation|side|team|government))\b(?:\s+[\p{L}@-]+){0,4}?\s+(?:have\s+|had\s+)?(?:agreed|finali[sz]ed)(?:\s+(?:on|upon))?\s+the\s+(?:[\p{L}\d’'-]+\s+){0,3}?${TEXT}\b${NO_PART}${NO_CLAUSE}`,
  'iu',
);
// "We have not agreed the final text", "the delegations never agreed on the framework": denied.
const DENIED = /\b(?:not|never|no longer|yet to)\b|n['’]t\b/i;
// "whether the parties agreed the text", "until both sides have agreed the text": not told as done.
const OPEN_QUESTION = /\b(?:whether|if|unless|until|once|before)\b[^.;:,!?]*$/i;

/** Whether a sentence tells the parties agreed the whole text, not denied nor asked. */
function partiesAgreed(text: string): boolean {
  const m = PARTIES_AGREED.exec(text);
  return (
    m !== null && !DENIED.test(m[0]) && !OPEN_QUESTION.test(text.slice(Math.max(0, m.index - 40), m.index))
  );
}

// The text said to be a working draft in a report of what someone holds of it: "said the revised
// proposal was 'a working draft and nothing more'", "regards the paper handed over on Saturday as
// a working draft", "considers the text presented in Geneva to be a working draft". The text is
// named first, then a few words saying which (a clause's reach, no sentence end), then what it is
// held to be; a quotation mark may open the words given. A proposal or a paper is the text too.
const HELD_A_DRAFT = new RegExp(
  String.raw`\b(?:the|this|that|our|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:${SETTLEMENT_NOUNS}|draft|proposal|paper)s?\b[^.;:!?"“”]{0,60}?\s(?:is|was|are|were|remains|remained|as|to be)\s+["“'‘]?(?:(?:still|only|just|merely|no more than|nothing more than)\s+)*an?\s+working\s+(?:draft|document|paper)\b`,
  'iu',
);

// Not held now: denied before the text is named ("no longer regards", "No delegation regards",
// "rejected suggestions that"), or a draft only once ("was a working draft until Friday", "as a
// working draft any more").
const NOT_HELD_BEFORE =
  /\b(?:no|not|never|nobody|no one|none|no longer|neither|nor|rejected|rejects|denied|denies|dismissed|dismisses)\b|n['’]t\b/i;
const NOT_HELD_AFTER = /^[^.;:!?]{0,30}?\b(?:until|till|any ?more|no longer)\b/i;
const NOT_HELD_IN = /\b(?:until|till|no longer)\b/i;
// A procedure's paper is not the negotiated text: "the proposal for the seating plan", "the
// agenda paper", "the timetable draft".
const PROCEDURE_PAPER =
  /\b(?:seating|agenda|timetable|schedule|programme|program|itinerary|venue|logistics|protocol|minutes|dinner|press)\b/i;

/**
 * Whether `held` tells the text held so now: not denied before it, nor of the past after it, nor
 * of a procedure's paper; with `asked`, not only asked and not denied within the holding either
 * (a holder's clause may carry its own "no one", "does not").
 */
function heldNow(held: RegExp, text: string, asked?: RegExp): boolean {
  const m = held.exec(text);
  if (!m) return false;
  const leadIn = text
    .slice(Math.max(0, m.index - 60), m.index)
    .split(/[.;:!?]/)
    .pop()!;
  return (
    !NOT_HELD_BEFORE.test(leadIn) &&
    !asked?.test(leadIn) &&
    !(asked && NOT_HELD_BEFORE.test(m[0])) &&
    !NOT_HELD_IN.test(m[0]) &&
    !NOT_HELD_AFTER.test(text.slice(m.index + m[0].length)) &&
    !PROCEDURE_PAPER.test(m[0])
  );
}

/** Whether a sentence holds the negotiated text a working draft now, not denied nor of the past. */
const heldADraft = (text: string) => heldNow(HELD_A_DRAFT, text);

// The text said final in a report of what a party holds of it: "the revised plan, which the
// government considers final", "the delegation regards the framework as final", "deems the
// document final". Held final, it is final for that side, against a side that calls it a draft.
const TEXT_NAMED_HERE = String.raw`(?:the|this|that|our|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:${SETTLEMENT_NOUNS}|proposal|paper)s?\b`;
const HOLDS = '(?:considers?|considered|regards?|regarded|deems?|deemed|treats?|treated)';
const HELD_FINAL = new RegExp(
  String.raw`\b(?:${TEXT_NAMED_HERE},?\s+(?:which|that)\s+(?:[\p{L}’'-]+\s+){1,5}?${HOLDS}|${HOLDS}\s+${TEXT_NAMED_HERE})\s+(?:as\s+|to be\s+)?final\b(?!\s+(?:text|version|word|offer|round|stage|reading|status)\b)`,
  'iu',
);

// Asked, not told: "asked whether the envoy regarded the text as final".
const ASKED = /\b(?:whether|if|asked|asks|ask)\b/i;

/** Whether a sentence tells a party holding the negotiated text final now, not denied, asked nor of the past. */
const heldFinal = (text: string) => heldNow(HELD_FINAL, text, ASKED);

/** The state a sentence gives the whole text in these words, if any. */
export function unsettledPhrasing(text: string): StatusValue | undefined {
  if (
    NONE_AGREED.test(text) ||
    NOT_ALL.test(text) ||
    NONE_OF_IT.test(text) ||
    STILL_WORKING.test(text) ||
    heldADraft(text)
  )
    return 'open';
  return partiesAgreed(text) || heldFinal(text) ? 'final' : undefined;
}
