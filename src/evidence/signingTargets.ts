// A signing told as a target is a limit, not an occasion, where its day is the one the act is owed
// by: "with a view to initialling the framework by 21 March", "expressed the wish that the text
// could be initialled before 20 March", "the initialling … is now due by 21 March". An appeal for a
// signing on a day ("urges the sides to initial the accord on 4 May", "call for its
// initialling on 21 March", "is now due on 21 March") names the day set for it, and stays the
// occasion, as the corpus labels a signing by its preposition (ruling of session 40).

// What governs the signing's word from before it: an appeal, an aim or a wish.
const TARGET_BEFORE =
  /\b(?:(?:(?:call|appeal)(?:s|ed|ing)? (?:on|upon)|urg(?:es?|ed|ing)|invit(?:es?|ed|ing)) (?:[\w'’-]+ ){1,4}to (?:[\w-]+ and )?|(?:call|press)(?:es|s|ed|ing)? for (?:the |its |their |an? )?(?:early |swift |prompt |timely )?|with a view to |the wish that (?:[\w'’-]+ ){1,5}(?:could |would |should |might |will |can |may )?be )$/i;
// The day it is owed by, after the signing's word in its clause.
const OWED_BY = /^[^.;]{0,60}?\b(?:by|before|no later than|not later than)\b/i;
// A day the signing is owed by, said after its noun: "the initialling ... is now due by 21 March".
const DUE_AFTER =
  /^[^.;]{0,80}?\b(?:is|are|was|were|will be) (?:now |still |also |then )?due (?=by |before )/i;

/**
 * Where the limit a signing's word at `at` sets is read from, when the sentence tells the
 * signing as a target owed by a day: the word itself (its day follows it), or the "due" after it;
 * undefined when it tells an occasion.
 */
export function signingTarget(sentence: string, at: number): number | undefined {
  if (TARGET_BEFORE.test(sentence.slice(Math.max(0, at - 80), at)) && OWED_BY.test(sentence.slice(at)))
    return at;
  const due = DUE_AFTER.exec(sentence.slice(at));
  return due ? at + due[0].length : undefined;
}
