// Whether a person a clause names is its object rather than its speaker. An introducing clause
// names the one its words are sent to, met or honoured as readily as the one who speaks: "In a
// letter to X, the government wrote:", "Thanking X for his hospitality, the statement read:", "At
// a dinner in honour of X, the host toasted:". The words that follow are not X's.
import type { Span } from './types.ts';

// A preposition, or a verb that takes the person as its object, just before the name: before its
// capitalised run, or opening the run at a sentence's start ("Thanking Ada Lind for …").
const OBJECT_WORDS =
  'to|for|with|of|from|about|by|towards?|against|among|between|thank(?:s|ed|ing)|meet(?:s|ing)?|met|receiv(?:es|ed|ing)|welcom(?:es|ed|ing)|congratulat(?:es|ed|ing)|honou?r(?:s|ed|ing)|host(?:s|ed|ing)|visit(?:s|ed|ing)|address(?:es|ed|ing)|told|tell(?:s|ing)?|urg(?:es|ed|ing)|invit(?:es|ed|ing)|assur(?:es|ed|ing)|remind(?:s|ed|ing)|warn(?:s|ed|ing)|inform(?:s|ed|ing)';
const OBJECT_BEFORE = new RegExp(`\\b(?:${OBJECT_WORDS})\\s+$`, 'i');
const OBJECT_OPENING_RUN = new RegExp(`^(?:${OBJECT_WORDS})\\s`, 'i');

// After the name, maybe past a time or a place, a comma opens another subject that runs to the
// verb without the closing comma an apposition has: "to X on 3 May, the embassy stated:" — while
// "X, the envoy, said:" sets the description apart and keeps X the subject.
const OTHER_SUBJECT =
  /^(?:\s+(?:on|in|at|during|after|before|last|this|earlier|later)\b[^,]{0,40})?,\s+(?:the|a|an|its|their|our|this|that)\s+[^,]*$/i;

/**
 * Whether the name at `name`, whose capitalised run begins at `runStart`, is the object of the
 * clause `[start, end)` of `masked`, not its subject.
 */
export function namedAsObject(
  masked: string,
  runStart: number,
  name: Span,
  start: number,
  end: number,
): boolean {
  return (
    objectOfFrontedPhrase(masked, runStart, name, start, end) ||
    OTHER_SUBJECT.test(masked.slice(name[1], end))
  );
}

/**
 * Whether the name is the object of a preposition or a verb in a phrase a comma closes before the
 * clause's own subject ("In a letter to X, …", "Thanking X for …, …"). A name the colon follows is
 * the one the words are credited to: "the line of the week belongs to X:", "in the words of X:".
 */
export function objectOfFrontedPhrase(
  masked: string,
  runStart: number,
  name: Span,
  start: number,
  end: number,
): boolean {
  if (!masked.slice(name[1], end).includes(',')) return false;
  return (
    OBJECT_BEFORE.test(masked.slice(Math.max(start, runStart - 40), runStart)) ||
    OBJECT_OPENING_RUN.test(masked.slice(runStart, name[0]))
  );
}
