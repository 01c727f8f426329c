// The status of the negotiated text as a whole, read as a typed claim: "The text is agreed.",
// "This framework of fourteen articles, which …, is agreed between the parties", "It is done."
// (after a sentence about the text), against "Nothing is final until the President has signed"
// or "there is no final agreement yet". Such claims are short and share few words, yet each is
// about one thing: two of them from two sources are compared however they word it. A status of
// a part ("Article 6 is agreed"), of a party's own procedure ("our parliament has yet to give its
// consent") or the maxim "nothing is agreed until everything is agreed" is no such claim.
import { findDates } from './dates.ts';
import { SETTLEMENT_NOUNS, WEEKDAY } from './lexicon.ts';
import type { Passage } from './passages.ts';
import { lastMatch } from './regex.ts';
import { type Status, type StatusValue, statusOf } from './status.ts';
import { unsettledPhrasing } from './textUnsettled.ts';
import type { Roster } from './types.ts';

/** The subject two whole-text statuses share: no word of theirs, the text itself. */
export const WHOLE_TEXT = 'the text as a whole';

// The nouns a source calls the negotiated text by, whatever its genre.
const TEXT_NOUN = `(?:${SETTLEMENT_NOUNS})`;
// An opening adverbial before the subject: "For Fennoria, it is agreed", "Now, the text is final",
// "For us it is a working draft" (a pronoun needs no comma).
const OPENER = String.raw`^\W*(?:(?:but|and|so|now|today|yes|well|look|listen|frankly|honestly)\b[\s,]*)?(?:(?:for|in the view of|according to)\s+(?:[^,]{1,40},|(?:us|me|them|him|her)\b,?)\s*)?`;
// The predicate of a status: agreed, final, done, or not; "it's agreed" as "it is"; "agreed in
// principle" awaits its final form, open (agreeing "in principle to" do something is no state).
// "Initialled" is a stage, not a status (textStages.ts): a text can be initialled and not final.
const PREDICATE =
  /^\s*(?:is|are|was|were|['’]s|(?:has|have|had)(?:\s+not)?(?:\s+yet)?\s+been)\s+((?:(?:now|already|fully|all|not|yet|still|no longer)\s+)*)(agreed(?:\s+in\s+principle)?|final|finali[sz]ed|done|settled|finished|concluded|complete|a done deal)\b(?!\s+(?:to|that|with|on|upon|in principle|ad referendum)\b)/i;
// A text's status is often given in what someone agreed or said of it: "During the call, both
// leaders agreed that the revised text is final", "The spokesman said that the framework is
// agreed" (a denial or a question before it asserts nothing: NOT_ASSERTED).
const REPORTED = String.raw`(?:([^.;:!?"“”]{0,80}?)\b(?:agreed|said|noted|stated|confirmed|declared|announced|stressed|insisted|maintained|reaffirmed|emphasi[sz]ed|underlined)\s+that\s+)?`;
const NOT_ASSERTED = /\b(?:not|never|no|denied|denies|disputed|disputes|rejected|whether|if)\b|n['’]t\b/i;

/**
 * Whether the words before the saying verb deny or ask it. Only the clause of the one who says
 * it counts: after the last comma ("Asked whether the talks go on, the envoy said"), or before a
 * clause set off by commas that ends right at the verb ("The envoy, who gave no details, said").
 */
function notAsserted(leadIn: string): boolean {
  const clauses = leadIn.split(',');
  const last = clauses[clauses.length - 1]!;
  return NOT_ASSERTED.test(last.trim() ? last : clauses[0]!);
}
// The text as subject: a determiner, up to three modifiers ("the Bramholt", "the 14-point draft"),
// the noun; then its size ("of fourteen articles") and a clause set off by commas ("which is the
// outcome of two rounds, …") may stand between it and the predicate. A report may lead it (REPORTED).
const TEXT_SUBJECT = new RegExp(
  String.raw`${OPENER}${REPORTED}((?:the|this|that|our|their|its)\s+(?:[\p{L}\d’'-]+\s+){0,3}?${TEXT_NOUN}s?\b)`,
  'iu',
);
const SIZE =
  /^\s+of\s+(?:\d+|[\p{L}-]+)\s+(?:articles|points|clauses|paragraphs|pages|chapters|sections)\b/iu;
// A few words that say which text, before the verb ("the document initialled today is not final",
// "the text we have seen is agreed"); not a part or another text ("the text of Article 6", "the
// agreement on prisoners").
const AFTER_NOUN =
  /^(?:\s+(?!(?:of|on|for|about|regarding|concerning|is|are|was|were|has|have|had)\b)[\p{L}\d’'-]+){1,4}?(?=\s+(?:is|are|was|were|has|have|had)\b)/iu;
// Whose text, after it: "the revised text of the Facilitator is final" (one capitalised name; the
// text of Article 6 or of Annex B is a part).
const AUTHOR_OF =
  /^\s+of\s+the\s+(?!(?:Article|Annex|Appendix|Chapter|Section|Clause|Paragraph|Point|Part|Schedule)\b)\p{Lu}\p{Ll}+(?=\s+(?:is|are|was|were|has|have|had)\b)/u;
// Bounded and lazy up to a comma that the verb follows: no backtracking beyond its reach.
const SET_OFF = /^\s*,[^;.!?]{1,200}?,(?=\s*(?:is|are|was|were|has|have|had)\b)/i;
// "It is done.", "For us it is agreed.": the pronoun's text is the sentence before it.
const PRONOUN_SUBJECT = new RegExp(String.raw`${OPENER}(?:it|this|that)\b`, 'i');
// "Nothing is final until …", "there is no final agreement yet", "no text has been agreed":
// nothing of it final. "No agreement on the line" is of a part; "nothing is agreed until everything (or the
// annexes) is agreed" is a maxim of method, said of every negotiation; "nothing is agreed while
// our sailors are held" a party's condition, not the text's state.
const NOTHING_FINAL =
  /\bnothing (?:is|will be|can be|has been) (?:final|finali[sz]ed|agreed|settled|decided|done)\b(?!\s+(?:while|as long as|so long as)\b)(?![^.;]{0,60}\b(?:everything|(?:is|are|has been|have been) agreed)\b)|\bno final (?:agreement|deal|text)\b|\bno (?:text|agreement|deal) (?:has been|had been|is|was) (?:agreed|finali[sz]ed|reached|settled)\b|\b(?:there is|there's|we have|we still have) no (?:agreement|deal)(?: yet)?\s*(?:[.!;,]|$)/i;
const TEXT_NAMED = new RegExp(String.raw`\b${TEXT_NOUN}s?\b`, 'i');
// What the text is, as a whole: "It is a working draft, whatever the covering note says", "the
// plan is still only a working paper" (open); "The revised plan constitutes the final text of the
// mediation" (final). A draft of something else ("a draft resolution") and "is not a draft" (a
// denial, which says no stage) are not read.
const DRAFT_STATE =
  /^\s*(?:is|remains|['’]s)\s+(?:(?:still|only|just|merely|no more than)\s+)*an?\s+(?:working\s+(?:draft|document|paper)\b|draft(?=\s*(?:[,.;:!?]|$)))/iu;
// "The final text of the talks", or of whoever tables it ("of this presidency", "of the mediator"),
// not "the final version of the agenda" nor "of the talks programme": another thing's. Said of "this" or "it" with nothing before it naming the text,
// only "text" names the text itself ("This is not a final text; it is a text to be finished"):
// "this is not a final version" may be of a timetable or a seating plan. Whose final text it is
// may be said: "It is the envoy's final text".
const FINAL_STATE =
  /^\s*(?:constitutes|is|remains|['’]s)\s+(not\s+)?(?:now\s+)?(?:the|a|\p{L}+['’]s|the\s+\p{L}+['’]s)\s+final\s+(text|version)\b(?!\s+of\s+(?!(?:the|these|this)\s+(?:talks|negotiations?|mediation|process|presidency|chair|co-chairs|mediators?|facilitators?|secretariat)\b(?!['’])(?!\s+(?!(?:and|but|which|that|as|in|at|on|for|with|between|among|to|so)\b)\p{L})))/iu;

/**
 * Whether the text is said the final text or not, read right after its subject; `textOnly`:
 * only "the final text", where no sentence before says what "this" is.
 */
function finalTextValue(rest: string, textOnly = false): StatusValue | undefined {
  const m = FINAL_STATE.exec(rest);
  if (!m || (textOnly && m[2]!.toLowerCase() !== 'text')) return undefined;
  return m[1] ? 'open' : 'final';
}

// "This is a working draft, not a final text": what "this" is, set against the final text, names
// the text itself, as "the final text" alone does.
const NOT_FINAL_TEXT = /^[^.;!?]{0,40}?\bnot\s+(?:a|the)\s+final\s+(?:text|document)\b/i;

/** Open where what "this" or "it" is, a working draft, is told apart from the final text. */
function draftNotFinal(rest: string): StatusValue | undefined {
  const draft = DRAFT_STATE.exec(rest);
  return draft && NOT_FINAL_TEXT.test(rest.slice(draft[0].length)) ? 'open' : undefined;
}

/** The value of what a text is said to be, read right after its subject: a working draft, the final text. */
function stateValue(rest: string): StatusValue | undefined {
  return DRAFT_STATE.test(rest) ? 'open' : finalTextValue(rest);
}

/** The predicate's value: "is not final", "has not been agreed", "is agreed in principle" open; "is agreed" final. */
function predicateValue(m: RegExpExecArray): StatusValue {
  return /\b(?:not|no longer|in\s+principle)\b/i.test(m[0]) ? 'open' : 'final';
}

// "On territory, there is no agreement yet", "nothing is settled regarding the corridor": of a
// part, unless what it is on is the text itself ("no final agreement on the plan"). A day or a
// span of time is no part: "…, the spokesman said on Monday", "… about an hour after the talks".
const ON_A_PART = new RegExp(
  String.raw`\b(?:on|over|regarding|concerning|about|as (?:for|to)|with regard to)\s+(?:the\s+|this\s+|that\s+)?(?!(?:[\p{L}\d’'-]+\s+){0,2}(?:text|framework|agreement|accord|deal|document|treaty|package|plan)s?\b)(?!(?:\d|${WEEKDAY}|january|february|march|april|may|june|july|august|september|october|november|december|(?:an?|one|two|three|the)\s+(?:hour|day|week|month|minute|weekend|phone)s?\b|(?:the\s+)?(?:sidelines|phone|call)\b))[\p{L}\d]`,
  'iu',
);

/** The status a sentence gives the whole text by its words alone, if any. */
export function wholeTextValue(text: string): StatusValue | undefined {
  if (NOTHING_FINAL.test(text)) return ON_A_PART.test(text) ? undefined : 'open';
  const phrased = unsettledPhrasing(text);
  if (phrased) return phrased;
  const subject = TEXT_SUBJECT.exec(text);
  if (!subject || (subject[1] !== undefined && notAsserted(subject[1]))) return undefined;
  let rest = text.slice(subject[0].length);
  rest = rest.slice((SIZE.exec(rest) ?? AFTER_NOUN.exec(rest) ?? AUTHOR_OF.exec(rest))?.[0].length ?? 0);
  rest = rest.slice(SET_OFF.exec(rest)?.[0].length ?? 0);
  const m = PREDICATE.exec(rest);
  return m ? predicateValue(m) : stateValue(rest);
}

// A lower-case pronoun right after a stop: a sentence run on, as captions write them.
const RUN_ON_PRONOUN = /[.!?]\s+(?:it|this|that)\b/g;

/**
 * The status a passage gives the whole text: by its own words, or, led by "it" or "that", by
 * the sentence before it naming the text ("The text is agreed. It is done.").
 */
export function wholeTextStatus(p: Passage): StatusValue | undefined {
  const own = wholeTextValue(p.text);
  if (own) return own;
  const pronoun = PRONOUN_SUBJECT.exec(p.text);
  const named =
    pronoun &&
    (finalTextValue(p.text.slice(pronoun[0].length), true) ?? draftNotFinal(p.text.slice(pronoun[0].length)));
  if (named) return named;
  // A video's captions run their sentences on in lower case ("… on april 28. this is the final
  // text"): the one passage holds them all, and the last may name the text itself.
  const runOn = lastMatch(RUN_ON_PRONOUN, p.text);
  const runOnNamed = runOn && finalTextValue(p.text.slice(runOn.index + runOn[0].length), true);
  if (runOnNamed) return runOnNamed;
  // The sentences before it back to the one naming what "it" is: a transcript's answer "It is a
  // working draft" follows the question "Is it final?", which follows the one naming the text.
  if (!pronoun || !p.antecedents?.some((before) => TEXT_NAMED.test(before))) return undefined;
  const rest = p.text.slice(pronoun[0].length);
  const m = PREDICATE.exec(rest);
  return m ? predicateValue(m) : stateValue(rest);
}

/**
 * Whether a sentence's text is a guarantor's own paper on its side track ("The Union's security
 * guarantees document is not final", "the Union framework"): a text of its own, not the one the
 * parties negotiate, so its status is no status of theirs.
 */
export function guarantorsText(text: string, roster: Roster): boolean {
  const subject = TEXT_SUBJECT.exec(text)?.[2];
  if (!subject) return false;
  const words = subject.toLowerCase().replace(/['’]s\b/g, '');
  return roster.parties.some(
    (party) =>
      party.role === 'guarantor' &&
      [party.name, ...party.aliases].some((name) => {
        const bare = name.replace(/^the\s+/i, '').toLowerCase();
        return (
          bare.length > 1 &&
          new RegExp(`(?<![\\p{L}])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(
            words,
          )
        );
      }),
  );
}

/**
 * A passage's status (status.ts), with the whole text among its subjects where it is of the
 * whole text: "It is done." states one, though status.ts reads no status in it.
 */
export function statusWithWholeText(p: Passage): Status | undefined {
  const status = statusOf(p);
  const whole = wholeTextStatus(p);
  if (!whole) return status;
  if (status && status.value !== whole) return status;
  return { ...(status ?? {}), value: whole, subject: new Set([...(status?.subject ?? []), WHOLE_TEXT]) };
}

/**
 * Whether an open status was said before the day a final one names: "nothing is final" on
 * 2 March and "the text was agreed on 4 March" tell a text that moved on. A day after the final
 * one's own writing is a day to come ("it is final, and will be signed on 28 March"), not when it
 * became final.
 */
export function finalNamedLater(a: Passage, b: Passage): boolean {
  const [open, final] = wholeTextStatus(a) === 'open' ? [a, b] : [b, a];
  if (!open.published) return false;
  return findDates(final.text, final.published).some(
    (d) => /\d/.test(d.text) && d.iso > open.published! && (!final.published || d.iso <= final.published),
  );
}

/**
 * The values of a flag on the whole text's status ("the text final", "the text open"): flags of
 * other statuses sharing a passage with it are other disagreements (oneFlagEach.ts).
 */
export const wholeTextValues = (subject: string[], a: string, b: string): [string, string] | undefined =>
  subject.includes(WHOLE_TEXT) ? [`the text ${a}`, `the text ${b}`] : undefined;
