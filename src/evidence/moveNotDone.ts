// A move of a deadline asked for, refused or only possible is not a move: "Torvania asked the
// mediators to move the deadline to 29 March", "refused to extend it to 29 March", "could be
// pushed back to 29 March", "has not moved it". Only a move told as done gives a new day. The
// verb is read within its clause (to the last comma or stop before it), so a refusal or a request
// in another clause ("Norland, which refused to talk, moved the deadline") does not reach it.

// The verbs of change a moved day may stand after (deadlineMoves.ts CHANGE, with the bare verbs).
const VERB =
  /\b(?:move[ds]?|extend(?:s|ed)?|postponed?|pushed back|put back|defer(?:red|s)?|delay(?:ed|s)?|brought forward|adjust(?:ed|s)?|changed?|reset|shift(?:ed|s)?|reschedul(?:ed|es?)|revised?)\b/gi;
// A word that makes the infinitive after it asked for, refused or offered, not done.
const NOT_DONE_GOVERNOR =
  /\b(?:refus\w*|declin\w*|ask\w*|request\w*|propos\w*|want\w*|call(?:s|ed|ing)? for|urg\w*|seek\w*|sought|plan\w*|offer\w*|hope\w*)\b/i;
// The infinitive before the verb: "to move", "to be moved".
const INFINITIVE = /\bto\s+(?:be\s+)?$/i;
// A modal or a negation right before the verb: "would move", "could be moved", "has not yet moved".
const MODAL_OR_NOT =
  /\b(?:would|could|may|might|not|never|cannot|\w+n't)\s+(?:(?:yet|be|have|been|now|still|also)\s+){0,3}$/i;
// How far back the clause of the verb is read.
const REACH = 160;

/** Whether the move told before the day at `dayIndex` of `text` is asked for, refused or only possible. */
export function moveNotDone(text: string, dayIndex: number): boolean {
  const from = Math.max(0, dayIndex - REACH);
  const sentence = text.slice(from, dayIndex);
  const start = Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf(';')) + 1;
  let verb = -1;
  VERB.lastIndex = start;
  for (let m = VERB.exec(sentence); m; m = VERB.exec(sentence)) verb = m.index;
  if (verb < 0) return false;
  const before = sentence.slice(start, verb);
  const clause = before.slice(before.lastIndexOf(',') + 1);
  return MODAL_OR_NOT.test(clause) || (INFINITIVE.test(clause) && NOT_DONE_GOVERNOR.test(clause));
}
