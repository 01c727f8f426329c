// An event moved to another day: "The summit, scheduled for 12 April, has been postponed to 20
// April", "the meeting, originally planned for 10 March, will now take place on 14 March", "moved
// from 12 to 20 April". The day it was moved to is the event's; the day it had is history. (A
// moved limit names both days: movedLimits.ts.)
import type { FoundDate } from './dates.ts';

// What stands right before the new day.
const MOVED_TO =
  /\b(?:postponed|moved|pushed back|put back|put off|brought forward|rescheduled|delayed|deferred|shifted)\b[^.;]{0,40}?\b(?:to|until|till)\s+(?:the\s+)?$|\bwill now\s+(?:take place|begin|open|start|be held|resume|convene)\s+(?:on\s+)?(?:the\s+)?$|\bnow\s+(?:set|scheduled|planned|due)\s+(?:for|on)\s+(?:the\s+)?$/i;

// What stands right before the day the event had.
const HAD =
  /\b(?:originally|initially|first|previously|earlier)\s+(?:scheduled|planned|set|due|slated|expected|foreseen)\s+(?:for|on)\s+(?:the\s+)?$/i;

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
  // "The summit, initially scheduled for 12 April, will be held on 20 April instead": the day after
  // the one the event had is the one it has.
  const had = dates.find(
    (d) =>
      !d.vague &&
      d.index > at &&
      d.index < until &&
      HAD.test(sentence.slice(Math.max(at, d.index - 50), d.index)),
  );
  const has =
    had &&
    dates.find(
      (d) =>
        !d.vague &&
        d.index > had.index &&
        d.index < until &&
        !sentence.slice(had.index, d.index).includes(';'),
    );
  if (has) return has;
  return dates.find(
    (d) =>
      !d.vague &&
      d.index > at &&
      d.index < until &&
      !sentence.slice(at, d.index).includes(';') &&
      MOVED_TO.test(sentence.slice(Math.max(at, d.index - 60), d.index)),
  );
}
