// Whether people held are all free: "all persons detained … have been released", "all 212 are
// home" against "17 fishermen remain in detention", "the last seventeen would be handed over".
// Both are said of one group when neither names whose people they are, or both name the same
// side: "every one of our fishermen is home" (the speaker's side) is no answer to "17 Ostrevan
// fishermen remain in detention". Said as done, not as a goal: "all 212 detained fishermen go home
// by 18 April" and "every detained fisherman home" are plans or demands.
import { DAY_MS } from '../core/calendar.ts';
import { ADJECTIVE, partiesOfAdjective } from './adjectives.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export interface Held {
  /** None held any more, or some still held. */
  value: 'none' | 'some';
  /** The parties whose people these are, where the passage says: by adjective, or "our". */
  whose: Set<string>;
  /** Where the claim stands in the passage. */
  index: number;
}

const FREED = '(?:home|back home|free|freed|released|set free|out of detention)';
const NOW = '(?:are|is|were|was|have been|has been|had been)(?:\\s+(?:now|all|finally|already))?';
// "All 212 are home", "all persons detained in connection with the bank have been released",
// "every one of our fishermen is home", "no fishermen remain in detention".
const NONE_HELD = new RegExp(
  `\\b(?:all|every(?:\\s+one)?)\\b(?:[^.;:!?]{0,80}?)\\s${NOW}\\s+${FREED}\\b|\\b(?:no one|nobody|none(?: of (?:the|our|their) \\w+)?|no \\w+(?: \\w+)?) (?:remains?|is still|are still) (?:held|detained|in detention|in custody)\\b`,
  'i',
);
const COUNT =
  '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|\\w+ty(?:-\\w+)?|some|several|a few|dozens)';
// "17 Ostrevan fishermen remain in detention", "about 200 fishermen are still held", "the last
// seventeen fishermen would be handed over", "some are still held", "17 have yet to be released".
const SOME_HELD = new RegExp(
  `\\b${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:remains?|remained|are still|were still|is still|still)\\s+(?:being\\s+)?(?:held|detained|in detention|in custody|imprisoned|behind bars)\\b|\\bthe (?:last|remaining)(?: ${COUNT})?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:would|will|are to|were to)\\s+be\\s+(?:released|freed|handed over|sent home|returned)\\b|\\b${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:have|has) yet to be (?:released|freed|handed over|sent home)\\b`,
  'iu',
);
/** Parties named by adjective: "Vikish" of Vikland, "Kessali" of Kessal (adjectives.ts). */
export function partiesByAdjective(words: string, roster: Roster): Set<string> {
  return new Set((words.match(ADJECTIVE) ?? []).flatMap((w) => partiesOfAdjective(w, roster)));
}

/** Parties named by adjective, or by "our". */
function whoseOf(words: string, p: Passage, roster: Roster): Set<string> {
  const whose = partiesByAdjective(words, roster);
  if (/\b(?:our|my)\b/i.test(words) && p.speaker?.partyId) whose.add(p.speaker.partyId);
  return whose;
}

// "Released" and "free" are said of funds and data too: all of them said free is of people
// only where the passage speaks of people or of holding them; "home" is said of people.
const PEOPLE_HELD =
  /\b(?:detain\w*|detention|held|custody|prisoners?|captives?|hostages?|persons?|people|crews?|\w*men)\b/i;

/** Whether a passage says people held are all free, or some still held (read once per passage). */
export const heldOf = perPassage((p: Passage, roster: Roster): Held | undefined => {
  let none = NONE_HELD.exec(p.text);
  if (none && !/\bhome\b/i.test(none[0]) && !PEOPLE_HELD.test(p.text)) none = null;
  const some = none ? null : SOME_HELD.exec(p.text);
  const m = none ?? some;
  if (!m) return undefined;
  // The group is named in the claim itself ("17 Ostrevan fishermen remain", "every one of our
  // fishermen is home"), not by whoever the sentence says told it ("a Karsish official said").
  return { value: none ? 'none' : 'some', whose: whoseOf(m[0], p, roster), index: m.index };
});

/** Whether the text says people held are all free or some still held (cheap). */
export const statesHeld = (text: string): boolean => NONE_HELD.test(text) || SOME_HELD.test(text);

/** Whether two claims are of one group: neither says whose, or a side in common. */
export const oneGroup = (a: Held, b: Held): boolean =>
  a.whose.size === 0 || b.whose.size === 0 || [...a.whose].some((w) => b.whose.has(w));

/** Further apart than this, all free after some still held is people released in between. */
const RELEASED_SINCE_DAYS = 14;

/**
 * Whether two passages' claims on one group cannot both be true: all free, and some still held
 * at about that time or after. Each must be dated by its source: a count still held is true of
 * its day only.
 */
export function heldApart(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [heldOf(a, roster), heldOf(b, roster)];
  if (!x || !y || x.value === y.value || !oneGroup(x, y) || !a.published || !b.published) return false;
  const [none, some] = x.value === 'none' ? [a, b] : [b, a];
  return (Date.parse(none.published!) - Date.parse(some.published!)) / DAY_MS <= RELEASED_SINCE_DAYS;
}

/**
 * Whether two passages count one group still held at about one time: "17 remain in detention" /
 * "the last seventeen would be handed over" four days later; not "about 200 are still held" a
 * month before.
 */
export function stillHeldBoth(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [heldOf(a, roster), heldOf(b, roster)];
  if (x?.value !== 'some' || y?.value !== 'some' || !oneGroup(x, y) || !a.published || !b.published)
    return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS <= RELEASED_SINCE_DAYS;
}
