// An event moved to another day: "The summit, scheduled for 12 April, has been postponed to 20
// April", "the meeting, originally planned for 10 March, will now take place on 14 March", "moved
// from 12 to 20 April". The day it was moved to is the event's; the day it had is history. (A
// moved limit names both days: movedLimits.ts.)
import type { FoundDate } from './dates.ts';

// What stands right before the new day.
const MOVED_TO =
  /\b(?:postponed|moved|pushed back|put back|put off|brought forward|rescheduled|delayed|deferred|shifted)\b[^.;]{0,40}?\b(?:to|until|till)\s+(?:the\s+)?$|\bwill now\s+(?:take place|begin|open|start|be held|resume|convene)\s+(?:on\s+)?(?:the\s+)?$|\bnow\s+(?:set|scheduled|planned|due)\s+(?:for|on)\s+(?:the\s+)?$/i;

/**
 * The day a sentence moves the event at `at` to, when it does: after the event's word, in its
 * clause (no semicolon between) and before the next event's word (`until`).
 */
export function rescheduledTo(
  sentence: string,
  dates: FoundDate[],
  at: number,
  until = sentence.length,
): FoundDate | undefined {
  return dates.find(
    (d) =>
      !d.vague &&
      d.index > at &&
      d.index < until &&
      !sentence.slice(at, d.index).includes(';') &&
      MOVED_TO.test(sentence.slice(Math.max(at, d.index - 60), d.index)),
  );
}
