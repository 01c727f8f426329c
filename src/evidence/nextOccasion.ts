// Whether a meeting word names the next occasion of a series, not the one just told: "meet
// again", "reconvene", "the next session", "another round", "resume". A sentence that tells a
// round that ended and the one agreed for later reports two events, each on its own day.

// After the word: "meet again", "meet next week", "return to the table".
const AFTER = /^[\w'’-]*\s+(?:again|anew)\b/i;
// Before it: "the next session", "another round", "a new meeting", "a follow-up meeting".
const BEFORE = /\b(?:next|another|new|further|follow-up|second|third|resumed)\s+(?:[\w'’-]+\s+)?$/i;
// The word itself tells a return: "reconvene", "resume", "resumption".
const ITSELF = /^(?:reconven|resum)/i;

/** Whether the trigger at `at` of `sentence` is of the next occasion of a series. */
export function isNextOccasion(sentence: string, at: number): boolean {
  const after = sentence.slice(at, at + 40);
  return ITSELF.test(after) || AFTER.test(after) || BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}
