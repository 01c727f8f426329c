// What a passage asserts, as against what it asks or proposes. A journalist's question
// states its premise ("Some reports have Berg leading the team. Is that right?") for the
// speaker to confirm or correct; a party's proposal, offer or demand names the figure it
// wants ("we still propose a withdrawal of 15 km"), not the one agreed. Both are
// about the thing a statement of fact is about, and are linked to it, but neither contradicts
// it. And two records of what one person said on two occasions (a transcript's turn, their
// own post) differ in substance only where one denies what the other says or gives another
// figure or day: "stands ready to guarantee it" at a plenary and "has agreed to
// guarantee it" at a press conference are one position said twice.

import { leadInAt } from './bulletLeadIns.ts';
import { datesOf, namedIn, perPassage } from './linkSupport.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import { sameUnit, sameValue } from './sameFigure.ts';
import { sizesText } from './textParts.ts';
import type { Roster } from './types.ts';
import { contentWords } from './words.ts';

/** Whether a passage is a question turn's: the journalist asks, whatever the sentence's form. */
export const asks = (p: Passage): boolean => p.kind === 'quote' && p.speaker?.name === 'journalist';

// Words that put a figure forward as a party's position: proposals, offers, demands (when and
// whom a party asked may come between: "asked in May for two million barrels"), and the
// modal readiness of an offer ("is prepared to commit to", "is ready to guarantee", "we can accept"),
// and a condition set on one's own part ("the loan is conditional on a flow of 1,300").
const POSITION =
  /\b(?:propos(?:e|es|ed|ing|als?)|counter-?proposals?|offer(?:s|ed|ing)?|demand(?:s|ed|ing)?|call(?:s|ed|ing)?(?: [\w-]+){0,3}? for|insist(?:s|ed|ing)? on|ask(?:s|ed|ing)?(?: [\w-]+){0,3}? for|seek(?:s|ing)?|sought|want(?:s|ed)?|need(?:s|ed)?|(?:ready|prepared|willing) to|(?:can|could|would) (?:accept|live with|agree to)|conditional (?:up)?on|on (?:the )?condition (?:that|of))\b/gi;
const LEADS_POSITION = new RegExp(POSITION.source, 'i');
// The nouns of POSITION that name a text put forward. A size set beside the noun is that text's:
// an apposition ("its proposal, a 12-point paper"), "of" ("a proposal of 12 points") or a verb of
// size ("the proposal runs to 12 points"), also past the proposal's own modifier and a comma
// ("a proposal for the river, made up of 12 points"). A size past a verb of change or another
// text's noun ("would trim the framework to 12 points") is a term the proposal asks for.
const PROPOSED_TEXT = /^(?:counter-?)?proposals?$/i;
const OWN_SIZE =
  /^(?:\s+of\s+(?:its|their|our|his|her)\s+own)?(?:\s*,|\s+(?:of|is|was|has|had|runs? to|ran to|consist(?:s|ed)? of|compris(?:es|ed))|[^,;]{0,60},\s*(?:which\s+(?:has|had|runs? to|ran to|consists? of|comprises)|composed of|made up of|consisting of|comprising|containing|with))\s+(?:(?:an?|the|some)\s+)?(?:(?!(?:framework|text|draft|agreement|accord|deal|plan|to|for|from|into|by)\b)[\p{L}-]+\s+){0,2}$/iu;
// A position governs the figures of its own clause: a semicolon, a colon, a sentence's end or
// a contrast ("but", "while") starts another ("had proposed 25 kilometres; the figure retained
// is 15 kilometres"). A decimal point ("1.5bn") ends nothing.
const CLAUSE_BREAK = /[;:!?]|\.(?!\d)|\b(?:but|while|whereas|although|however)\b/i;
const SCOPE = 80;
// A position given as the last word is a limit, and says what the outcome will not be: "had
// offered 350 million cubic metres and would not go further" denies "shall receive 400 million".
const FINAL_POSITION =
  /\b(?:(?:would|will|could|can)(?: not|n['’]t) go (?:any )?(?:further|beyond|higher|lower)|(?:final|last|best) offer|not (?:go )?(?:a|one) \w+ (?:more|further)|no further)\b/i;

// A relative clause right after a figure, whose verb is a position, says whose figure it is:
// "the 9,000 tonnes it offered in April", "the 25 kilometres that Arvenia had proposed".
const OFFERED_AFTER =
  /^\s*(?:(?:that|which)\s+)?(?:\p{L}+\s+){1,2}?(?:had\s+|has\s+|first\s+|originally\s+)*(?:propos|offer|demand|sought|want|ask(?:ed)? for|call(?:ed)? for|insist(?:ed)? on)/iu;
const offeredAfter = (text: string, q: Quantity) => OFFERED_AFTER.test(text.slice(q.index + q.text.length));

// The terms "under the proposal" are the proposal's own, no party's position: "under the proposal,
// each side would withdraw 5 km" tells what the text on the table says, and two sources telling its
// terms with two figures disagree. A party's proposal ("under Arvenia's proposal") and a text that
// proposes ("the draft proposes") stay positions: an earlier or a party's text may be meant. So
// does the proposal its author follows ("under the proposal from Arvenia", "the proposal put
// forward by the mediators", "the proposal tabled on Monday"): two parties' proposals differ.
const UNDER_THE_PROPOSAL = /\b(?:under|in)\s+(?:the|this)\s+$/i;
const AUTHOR_AFTER =
  /^\s*(?:(?:(?:put|brought) forward|tabled|submitted|made|presented|advanced)\b|(?:of|from|by)\s+(?!\d))/i;
const textsOwnTerms = (text: string, m: RegExpExecArray) =>
  /^proposal$/i.test(m[0]) &&
  UNDER_THE_PROPOSAL.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
  !AUTHOR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40));

/** The quantities a passage gives as a party's position rather than as what is (or was agreed). */
export const positionQuantities = perPassage((p): Set<Quantity> => {
  const out = new Set<Quantity>();
  // The items of a list a proposal or a demand leads are that position's terms (bulletLeadIns.ts).
  for (const q of p.quantities) if (LEADS_POSITION.test(leadInAt(p, q.index) ?? '')) out.add(q);
  const found = allMatches(POSITION, p.text).filter((m) => !textsOwnTerms(p.text, m));
  if (found.length === 0 || FINAL_POSITION.test(p.text)) return out;
  const marks = found.map((m) => m.index + m[0].length);
  // A text's size set beside the noun that names a party's text counts that text, not a term it
  // wants, as any report of the text does. After a verb ("would propose to amend three of the
  // framework's 15 points") it stays the position's.
  const ownSize = (m: RegExpExecArray, q: Quantity, end: number) =>
    sizesText(q) && PROPOSED_TEXT.test(m[0]) && OWN_SIZE.test(p.text.slice(end, q.index));
  for (const q of p.quantities) {
    const governed = found.some((m, i) => {
      const end = marks[i]!;
      if (end > q.index || q.index - end > SCOPE || ownSize(m, q, end)) return false;
      return !CLAUSE_BREAK.test(p.text.slice(end, q.index));
    });
    if (governed || offeredAfter(p.text, q)) out.add(q);
  }
  return out;
});

/** Whether a quotation is a record of its own occasion: a transcript's turn, the speaker's post. */
export const firstHand = (p: Passage): boolean =>
  p.claim?.kind === 'quote' && (p.claim.data.form === 'turn' || p.claim.data.form === 'post');

const NEGATION = /\b(?:not|never|no|nothing|nobody|none|neither|nor|cannot)\b|n['’]t\b/i;

/** Whether one passage denies and the other affirms: "will act" and "will not act" share every meaning word. */
export const oppositePolarity = (a: Passage, b: Passage): boolean =>
  NEGATION.test(a.text) !== NEGATION.test(b.text);

/**
 * Whether two sets of figures disagree: a figure of one whose unit the other counts, never at
 * that value. "24 points, six of them" and "24 points … six of them" agree, though 24 is not six.
 */
const otherFigure = (a: Quantity[], b: Quantity[]) => {
  const unmatched = (x: Quantity, ys: Quantity[]) =>
    ys.some((y) => sameUnit(x, y)) && !ys.some((y) => sameUnit(x, y) && sameValue(x.value, y.value));
  return a.some((x) => unmatched(x, b)) || b.some((y) => unmatched(y, a));
};

/**
 * Whether two quotations of one speaker differ in what they say, not only in words: one
 * denies what the other affirms, or they give one thing two figures or two days.
 */
export function renderingsDiffer(a: Passage, b: Passage, roster: Roster): boolean {
  if (oppositePolarity(a, b)) return true;
  if (otherFigure(a.quantities, b.quantities)) return true;
  const [da, db] = [datesOf(a, roster), datesOf(b, roster)];
  if (da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d))) return true;
  if (OPPOSITES.some(([x, y]) => swapped(x, y, a.text, b.text))) return true;
  // A month or a weekday alone is no date, but "in April" and "in May" are two times.
  return [MONTHS, WEEKDAYS].some((names) => {
    const [x, y] = [namesIn(names, a.text), namesIn(names, b.text)];
    return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
  });
}

// "May" is a month only where a time is read: after "in", "by", "mid-" and the like, or by a day.
// Small words of opposite meaning that content words leave out: "before Easter" / "after Easter".
const OPPOSITES: [RegExp, RegExp][] = [
  [/\bbefore\b/i, /\bafter\b/i],
  [/\bmore\b/i, /\b(?:less|fewer)\b/i],
];
const swapped = (x: RegExp, y: RegExp, a: string, b: string) =>
  (x.test(a) && !y.test(a) && y.test(b) && !x.test(b)) ||
  (y.test(a) && !x.test(a) && x.test(b) && !y.test(b));

const MONTHS =
  /\b(?:january|february|march|april|june|july|august|september|october|november|december|(?<=\b(?:in|of|by|until|before|after|since|from|early|late|mid)[\s-])may|may(?=\s+\d)|(?<=\d\s)may)\b/gi;
const WEEKDAYS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const namesIn = (pattern: RegExp, text: string) =>
  new Set(allMatches(pattern, text).map((m) => m[0].toLowerCase()));

// Ways of saying one thing that renderings of one sentence swap freely, above all in
// translation: "going to" for "will", "by the end of April" for "in April" (a limit inside the
// period), "contains" for "has", "document" or "paper" for "text", "at any moment" for "at any
// time", "prepared" for "ready". Rewritten to one wording before the words are compared. Words
// that change the claim ("fully", "largely", "basically", "only", "now") are kept.
const WORDING: [RegExp, string][] = [
  [/\b(?:am|is|are|was|were|['’]m|['’]re|['’]s)\s+(not\s+)?going\s+to\b/gi, 'will $1'],
  [/\b(?:by|before|until|till|no later than)\s+the\s+end\s+of\b/gi, 'in'],
  [/\b(?:contains?|consists? of|comprises?|is made up of)\b/gi, 'has'],
  [/\b(?:documents?|papers?)\b/gi, 'text'],
  [/\bmoment\b/gi, 'time'],
  [/\b(?:prepared|willing)\b/gi, 'ready'],
  // Quantifiers and words of emphasis that add no claim: "at every level" / "at all levels",
  // "have already handed over" / "have handed over", "remains difficult" / "is still difficult".
  [/\b(?:every|each)\b/gi, 'all'],
  [/\b(?:already|certainly|definitely|absolutely|really|indeed|of course|surely|truly|extremely)\b/gi, ''],
  [/\bremain(?:s|ed)?\b/gi, 'is still'],
  // Arms by any of their names, laid or put down, and a purpose "in order to" or "to".
  [/\b(?:arms|weapons?|guns?|rifles?|firearms?)\b/gi, 'weapons'],
  [/\b(?:put|puts|putting|placed?)\b(?=\s+(?:\w+\s+)?down\b)/gi, 'lay'],
  [/\bin\s+order\s+to\b/gi, 'to'],
];
const reworded = (text: string) => WORDING.reduce((t, [from, to]) => t.replace(from, to), text);
const wordsOfSubstance = perPassage((p) => contentWords(reworded(p.text)));

/**
 * Whether two renderings of one sentence say the same thing in other words: the same people
 * and parties named, no figure, day or polarity apart (`renderingsDiffer`), and every content
 * word of one in the other once each is reworded alike. Person ("we"/"I"), tense ("is"/"was"
 * after "told"), articles, word order and a title ("President Varin"/"Varin") are grammar, not
 * substance; a content word one adds or drops ("a timetable"/"a date", "fair"/"final") is not.
 */
export function sameInSubstance(a: Passage, b: Passage, roster: Roster): boolean {
  if (renderingsDiffer(a, b, roster)) return false;
  const [na, nb] = [namedIn(a, roster), namedIn(b, roster)];
  if (na.size !== nb.size || [...na].some((x) => !nb.has(x))) return false;
  // Named alike, so a word of a name or title one writes and the other leaves out is a title.
  const titles = new Set([...a.nameWords, ...b.nameWords]);
  const [wa, wb] = [wordsOfSubstance(a, roster), wordsOfSubstance(b, roster)];
  const within = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
    [...x].every((w) => y.has(w) || titles.has(w));
  // Months and weekdays are no content words: one rendering naming a time the other leaves out
  // ("sign in April" / "sign soon") says more.
  const sameNames = (pattern: RegExp) => {
    const [x, y] = [namesIn(pattern, a.text), namesIn(pattern, b.text)];
    return x.size === y.size && [...x].every((w) => y.has(w));
  };
  return within(wa, wb) && within(wb, wa) && sameNames(MONTHS) && sameNames(WEEKDAYS);
}

// A contrast said in one order: "a target, not a cliff", "not a cliff but a target".
const X_NOT_Y = /^(.*?\p{L}.*?),?\s+(?:and\s+)?not\s+(.*\p{L}.*)$/iu;
const NOT_X_BUT_Y = /^(.*?)\bnot\s+(.+?),?\s+but\s+(.+)$/iu;
// Both patterns try every split of what they read: they read one sentence's length at most, and
// one line (neither matches across a line break), so a long turn costs nothing.
const CONTRAST_REACH = 1000;
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/** What a sentence sets against what: [affirmed, denied], each as its words and what stands before them. */
function contrastOf(text: string): [string, string] | undefined {
  if (text.length > CONTRAST_REACH) return undefined;
  const t = text.replace(/[.!?"”’]+\s*$/u, '');
  if (/[\n\r\u2028\u2029]/.test(t)) return undefined;
  const but = NOT_X_BUT_Y.exec(t);
  if (but) return [`${words(but[1]!)} ${words(but[3]!)}`, words(but[2]!)];
  const not = X_NOT_Y.exec(t);
  return not ? [words(not[1]!), words(not[2]!)] : undefined;
}

/**
 * Whether two renderings of one sentence set the same two things against each other the other
 * way round: "The twentieth is a target, not a cliff" / "The twentieth is a cliff, not a target".
 * The same words, the opposite meaning.
 */
export function contrastReversed(a: string, b: string): boolean {
  const [x, y] = [contrastOf(a), contrastOf(b)];
  if (!x || !y || (x[0] === y[0] && x[1] === y[1])) return false;
  // The denied thing of one is affirmed by the other, and the other way round.
  const lastWords = (s: string) => s.split(' ').slice(-2).join(' ');
  if (!x[0].endsWith(y[1]) || !y[0].endsWith(x[1]) || lastWords(x[0]) === lastWords(y[0])) return false;
  // Said of one subject: "our side wants a ceasefire, not a pause" and "their side wants a pause,
  // not a ceasefire" are two sentences of one speech, each side's aim, not one sentence turned round.
  return x[0].slice(0, -y[1].length) === y[0].slice(0, -x[1].length);
}
