// A weekday that names an occasion with no verb of its own: "Monday's meeting", "the call on
// Sunday between the leaders". In a sentence that plans nothing, such an occasion is one the text
// looks back on (readouts, reports and interviews name what took place so); a verb that tells the
// day ("the talks open on Monday") is read by its own tense, not here.
import { WEEKDAY } from './lexicon.ts';
import { isFutureTense } from './tense.ts';

const OCCASION =
  '(?:meeting|call|talks|visit|session|round|summit|readout|statement|conversation|negotiations|signing|ceremony|vote|briefing|dinner|sitting|debate)';
// "Monday's (trilateral) meeting": the weekday owns the occasion.
const OWNS_OCCASION = new RegExp(
  `^(?:(?:on|at|before|after|from)\\s+)?${WEEKDAY}['’]s\\s+(?:[\\w-]+\\s+){0,2}?${OCCASION}\\b`,
  'i',
);
// "until Saturday's round", "ahead of Friday's vote": an occasion waited for.
const WAITED_FOR = /\b(?:until|till|before|for|towards|ahead of|in advance of|run-up to)\s+$/i;
// Words that would make the words after an occasion a clause of their own ("the talks open on
// Monday", "the round that begins on Friday"), not a phrase that names who or where.
const VERB_LIKE =
  '(?:is|are|was|were|will|would|shall|be|been|has|have|had|that|which|who|begins?|opens?|starts?|resumes?|ends?|closes?|takes?|meets?|goes|runs?|falls?|continues?|reconvenes?)';
// "the call on Sunday", "the phone call between the two presidents on Thursday": the occasion, a
// tail of who or where (a preposition and a few words, no verb), then its day. Not an occasion
// waited for ("adjourned until the round in Tarn on Saturday", "ahead of the vote on Friday").
const OCCASION_BEFORE = new RegExp(
  `(?<!\\b(?:until|till|before|for|towards|ahead of|in advance of|run-up to)\\s+)\\b(?:the|a|an|this|that|their|his|her|its|our)\\s+(?:[\\w'’-]+\\s+){0,2}?${OCCASION}(?:\\s+(?:of|between|with|in|at|to|by|for)(?:\\s+(?!${VERB_LIKE}\\b)[\\w'’-]+){1,6})?\\s+(?:on\\s+)?$`,
  'i',
);

/**
 * Whether the day at `at` of `sentence` names a past occasion, in a sentence that plans nothing
 * (`plans`: whether it does, asked only of an occasion named, and by the caller once per sentence:
 * read for each day, a long sentence of them was read whole once per day).
 */
export function namesPastOccasion(sentence: string, at: number, plans: () => boolean): boolean {
  const named =
    (OWNS_OCCASION.test(sentence.slice(at, at + 50)) &&
      !WAITED_FOR.test(sentence.slice(Math.max(0, at - 20), at))) ||
    OCCASION_BEFORE.test(sentence.slice(Math.max(0, at - 90), at));
  return named && !plans();
}

/** Whether `sentence` plans, read on the first asking only. */
export function plansOnce(sentence: string): () => boolean {
  let plans: boolean | undefined;
  return () => {
    plans ??= isFutureTense(sentence);
    return plans;
  };
}
