// An occasion named as a kind, not as one occasion: "at every meeting since March", "in each
// call with Kessel", "meetings like this one", "at sessions, Dahl always asks". A distributive
// determiner or a bare plural of habit ranges over many occasions and reports none held on a day;
// "at the meeting on Monday", "at meetings with Dahl on Monday" tell one.

import { WEEKDAY } from './lexicon.ts';

// The occasion nouns a trigger may open with ("call with", "phone call"), not verbs ("met", "held").
const OCCASION_NOUN =
  /^(?:(?:phone|telephone|video) )?(?:meetings?|sessions?|sittings?|calls?|conversations?|visits?|summits?|conferences?|hearings?|rounds?|talks|consultations|negotiations|discussions|dinners?|lunch(?:es)?|breakfasts?)\b/i;
// "every meeting", "each bilateral session", "any Torvanian visit": one describing word may come between.
const DISTRIBUTIVE =
  /\b(?:every|each|any)\s+(?:(?:single|such|other|further|future|subsequent|previous|past|regular|weekly|monthly|formal|informal|official|bilateral|trilateral|multilateral|ministerial|working|plenary|round|phone|telephone|video|\p{Lu}[\p{L}-]*)\s+)?$/u;
// "meetings like this one", "calls such as these", "sessions of this kind".
const OF_A_KIND =
  /^\s*(?:like|such as) (?:this|that|these|those|ours|theirs|it)\b|^\s*of (?:this|that) (?:kind|sort)\b/i;
// "at meetings", "in calls": a bare plural after the preposition of an occasion, a habit; "talks"
// is not among them ("in talks with Kessel" is one occasion under way).
const BARE_PLURAL_AT = /\b(?:at|in|during)\s+$/i;
const COUNTABLE_PLURAL =
  /^(?:meetings|sessions|sittings|calls|conversations|visits|summits|conferences|hearings)$/i;
// A day in the clause after it makes the plural one set of occasions: "at meetings with Dahl on Monday".
const DAY_AFTER = new RegExp(
  String.raw`^[^.;:]{0,60}?\b(?:${WEEKDAY}|yesterday|today|tonight|tomorrow|(?:this|last|next) (?:morning|afternoon|evening|week|month)|\d{1,2}(?:st|nd|rd|th)?\b)`,
  'i',
);

/** Whether the trigger `word` names occasions as a kind: `before` and `after` are the words around it. */
export function namesOccasionsAsKind(before: string, word: string, after: string): boolean {
  const noun = OCCASION_NOUN.exec(word);
  if (!noun) return false;
  if (DISTRIBUTIVE.test(before)) return true;
  const plural = /s$/i.test(noun[0]) && noun[0].toLowerCase() !== 'talks';
  if (plural && OF_A_KIND.test(after)) return true;
  return COUNTABLE_PLURAL.test(noun[0]) && BARE_PLURAL_AT.test(before) && !DAY_AFTER.test(after);
}
