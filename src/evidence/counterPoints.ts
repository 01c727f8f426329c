// Points of a counter-proposal against points of the text it answers: "adopted its own six-point
// counter-proposal" and "the mediators' revised text of 14 points" count two texts, not one. Two
// counts of the counter-proposal (six points against seven) are one thing counted, and disagree.
// A bloc's own text is one whatever it is called: a proposal named as a title ("the nine-point
// "Harlen Proposal"") or told as its own ("adopted its own nine-point proposal").
import type { Quantity } from './numbers.ts';

const COUNTER = /^counter-?(?:proposals?|drafts?|texts?|plans?|offers?|papers?)$/i;
const TEXT_NOUN =
  /^(?:plans?|drafts?|texts?|documents?|frameworks?|proposals?|papers?|blueprints?|initiatives?|memorand(?:um|a)|agreements?|accords?|versions?|counter-?(?:proposals?|drafts?|texts?|plans?|offers?|papers?))$/i;
// How far the count's text noun may stand: "the eight-point KBC Counter-Proposal" (after),
// "a draft peace plan ..., put forward by the mediators, contains 21 points" (before, in its clause).
const WORDS_AFTER = 4;
// "its own nine-point proposal", "a six-point proposal of its own".
const OWN_BEFORE = /\b(?:its|their) own\s+$/i;
const OWN_AFTER = /^\s*of (?:its|their) own\b/i;
// A party telling of the paper it tabled: "our Government submitted a seven-point paper", "my
// Government has tabled". A bare "we" is left out: co-mediators speak so too. A text handed "to" or
// "for" the parties or both sides, or written by the mediators, is the mediator's.
const OWN_TABLED =
  /\b(?:our|my) (?:government|delegation|country|side)(?: has| have| had| jointly| also)* (?:submitted|tabled|put forward|presented|circulated)(?: an?| our)?\s+$/i;
const TO_THE_PARTIES =
  /^[^,;.:]*?\b(?:(?:to|for) (?:the|all|both|the two) (?:parties|sides|delegations|governments)|(?:by|from|of|on behalf of) (?:the )?(?:[\p{L}-]+ )?(?:mediators?|mediation|envoys?|facilitators?|co-?chairs?))\b/iu;
const REACH_BEFORE = 200;

// "counter proposal" spaced is the counter-proposal: joined before the words are split.
const wordsOf = (s: string) =>
  s
    .replace(/\bcounter\s+(?=\p{L})/giu, 'counter-')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));

/** Whether a count of points is of a counter-proposal (true), of another text (false), or of none it names. */
export function ofCounterText(text: string, q: Quantity): boolean | undefined {
  if (q.unit !== 'point') return undefined;
  const end = q.index + q.text.length;
  // "an eight-point counter-proposal", "a 14-point revised plan": the noun the compound runs into.
  if (/-point$/i.test(q.text)) {
    const words = wordsOf(text.slice(end, end + 80).split(/[,;.:()]/)[0]!).slice(0, WORDS_AFTER);
    const at = words.findIndex((w) => TEXT_NOUN.test(w));
    if (at !== -1) return COUNTER.test(words[at]!) || ownText(text, q, words, at);
  }
  // "a revised text of 14 points", "the plan ... contains 21 points": the last text noun of the clause before.
  const before = text.slice(Math.max(0, q.index - REACH_BEFORE), q.index);
  const clause = before.slice(Math.max(0, ...[...before.matchAll(/[;.!?]\s/g)].map((m) => m.index + 2)));
  const last = wordsOf(clause)
    .filter((w) => TEXT_NOUN.test(w))
    .at(-1);
  return last === undefined ? undefined : COUNTER.test(last);
}

/** Whether two counts of points are of a counter-proposal and of another text. */
export function counterAndText(at: string, x: Quantity, bt: string, y: Quantity): boolean {
  const [cx, cy] = [ofCounterText(at, x), ofCounterText(bt, y)];
  return cx !== undefined && cy !== undefined && cx !== cy;
}

// A title ("Harlen Proposal", with its name capitalised as the noun is), "its own" before the
// count, or a party's own tabling of it.
function ownText(text: string, q: Quantity, words: string[], at: number): boolean {
  const end = q.index + q.text.length;
  const rest = text.slice(end).replace(/^[^,;.:()]*?\b(?:proposals?|Proposals?)\b/, '');
  if (OWN_BEFORE.test(text.slice(Math.max(0, q.index - 12), q.index)) || OWN_AFTER.test(rest)) return true;
  const tabled = OWN_TABLED.test(text.slice(Math.max(0, q.index - 80), q.index));
  if (tabled && !TO_THE_PARTIES.test(text.slice(end, end + 80))) return true;
  return words[at] === 'Proposal' && at > 0 && /^\p{Lu}/u.test(words[at - 1]!);
}
