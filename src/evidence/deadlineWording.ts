// A deadline's day told without "the deadline of": "Arvenia has until 22 March to say yes", "the
// President's 22 March ultimatum", "22 March is the target", "demanded an answer by 22 March",
// "we will send our reply before the 30th", "that date will not be kept; it is now 29 March".
// Posts, briefings and wires word one deadline these ways as often as by its noun
// (deadlineDays.ts): each names the day as the limit for an answer or an act, not a day
// something happens, so two sources naming one such day speak of one deadline.
import { findDates } from './dates.ts';
import { wordsBeforeDay } from './wordsBeforeDay.ts';

// The day as the noun's modifier: "the 22 March ultimatum", "Friday's deadline".
const NOUN_AFTER = /^(?:['’]s)?\s+(?:deadline|ultimatum|target date|cut-?off(?: date)?|time ?limit)\b/i;
// The day as the subject of a deadline's noun: "22 March is the target", "the 30th remains our deadline".
const SUBJECT_OF =
  /^,?\s+(?:is|was|remains|has become|becomes)\s+(?:still\s+|now\s+)?(?:the|our|their|a|his|her)\s+(?:new\s+|final\s+|firm\s+|hard\s+|real\s+)?(?:deadline|target|target date|cut-?off|time ?limit|limit|ultimatum)\b/i;
// Time given for an answer or an act: "has until 22 March to say yes", "now has only until", "gave
// them until Friday". "Has" takes "until" as its object, with an adverb at most between: "had held
// until 3 March", "have been in Drava until" tell how long something lasted, no limit.
const UNTIL_GIVEN =
  /\b(?:(?:has|have|had|having)\s+(?:(?:only|now|still|just|got)\s+){0,2}|(?:given|gave|give|gives|giving|granted|grant|grants)\s+(?:[\p{L}’'-]+\s+){0,4}?)until\s+(?:the\s+)?$/iu;
// An answer due by the day: "demanded an answer by 22 March", "respond to the framework by the
// 14th", "send our reply before the 30th", "written views no later than 30 March". Not "replied
// before 3 March": an answer given is an act on its day, not a limit.
const ANSWER_BY =
  /\b(?:answers?|responses?|respond|replies|reply|decision|views|comments|say yes)\b[^.;:!?]{0,50}?\b(?:by|before|no later than|not later than)\s+(?:the\s+)?$/i;
// A deadline moved, and the day it is now: "it is now 29 March", "is now due on 21 March".
const NOW_DAY =
  /\b(?:is|was)\s+now\s+(?:due\s+|set\s+|expected\s+|foreseen\s+|scheduled\s+)?(?:on\s+|for\s+)?(?:the\s+)?$/i;
// "Now" a day is a deadline's only where the sentence speaks of one.
const DEADLINE_TALK = /\b(?:deadline|date|due|target|ultimatum|initial\w*|signature|signing)\b/i;
const BEFORE = 80;

/** The days a sentence names as the limit for an answer or an act, in the wordings above. */
export function toldDeadlineDays(text: string, published?: string): string[] {
  const days: string[] = [];
  const talk = DEADLINE_TALK.test(text);
  for (const d of findDates(text, published)) {
    if (d.vague) continue;
    const before = wordsBeforeDay(text, d, BEFORE);
    const after = text.slice(d.index + d.text.length, d.index + d.text.length + 60);
    if (
      NOUN_AFTER.test(after) ||
      SUBJECT_OF.test(after) ||
      UNTIL_GIVEN.test(before) ||
      ANSWER_BY.test(before) ||
      (talk && NOW_DAY.test(before))
    )
      days.push(d.iso);
  }
  return days;
}
