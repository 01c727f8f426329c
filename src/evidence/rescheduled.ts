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

// A signing told only by its move, without the accord's name: "the signing itself has already moved
// once, from 21 June to 27 June", "The signing, originally planned for June 21, is now set for June
// 28", "signing was brought forward to …". The move's verb must lead to its day ("to", "from",
// "until", "for" a day): "the signing moved both sides closer" moves no signing. After the verb, the
// signing is its object and a day follows: "agreed to postpone the signing of their accord from …"
// ("moves the signing closer", "delayed signing up members" move none). A trigger pattern of
// events.ts (its word: 'sign').
export const SIGNING_MOVED =
  /\bsigning\b(?<=\b(?:postpone[sd]?|postponing|delay(?:ed|s)?|mov(?:e|ed|es|ing)|(?:push|pushed|pushing) back|(?:bring|brought|bringing) forward|put off|reschedul(?:e|ed|es|ing)) (?:the |its |their )?signing)(?=(?: ceremony)?(?: of [^.;,]{1,60}?)? (?:from|to|until|till) )|\bsigning(?=(?: ceremony| itself)?(?:,[^,.;]{1,50},)? (?:(?:has|had|have|is|was|will be|would be|has been|had been|was being) )?(?:(?:already|now|again|also|since) )?(?:(?:been|be) )?(?:(?:moved|moves|postponed|put (?:off|back)|pushed back|brought forward|delayed|rescheduled)(?:,? (?:once|again|twice|by (?:a|one|two|three) (?:days?|weeks?)))?,? (?:to|from|until|till)|(?:now )?(?:set|scheduled|planned|pencil(?:l)?ed in) for (?:the |next |this )?(?:\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|tomorrow|today))\b)/gi;

// A move's verb before its days, which may stand before the event's word: "agreed to postpone the
// signing from 21 June to 28 June", "the signing has slipped from 30 May to 6 June".
const MOVE_VERB =
  /\b(?:postpone[ds]?|postponing|mov(?:ed|es|ing)|pushed back|put (?:back|off)|brought forward|bring forward|reschedul(?:ed|es|ing)|delay(?:ed|s)?|deferred|shift(?:ed|s)|slip(?:ped|s))\b/i;
const FROM_TO = /\bfrom\s+(?:the\s+)?$/i;
const TO_AFTER_FROM = /^,?\s+to\s+(?:the\s+)?$/i;

// How far after the event's word its move's first day may stand ("the signing of their border
// accord from"): the bound keeps a sentence of thousands of days from being read once per event.
const FROM_REACH = 120;

/** The day after "from <day> to" near the event's word, when a move's verb stands within 40 characters before the event's word or in between. */
function movedFromTo(sentence: string, dates: FoundDate[], at: number, until: number): FoundDate | undefined {
  const end = Math.min(until, at + FROM_REACH);
  const days = dates.filter((d) => !d.vague && d.index > at && d.index < until);
  for (let i = 0; i + 1 < days.length; i++) {
    const [from, to] = [days[i]!, days[i + 1]!];
    if (from.index >= end) break;
    if (!FROM_TO.test(sentence.slice(Math.max(0, from.index - 8), from.index))) continue;
    if (!TO_AFTER_FROM.test(sentence.slice(from.index + from.text.length, to.index))) continue;
    const lead = sentence.slice(Math.max(0, at - 40), from.index);
    if (!lead.includes(';') && MOVE_VERB.test(lead)) return to;
  }
  return undefined;
}

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
  const moved = movedFromTo(sentence, dates, at, until);
  if (moved) return moved;
  return dates.find(
    (d) =>
      !d.vague &&
      d.index > at &&
      d.index < until &&
      !sentence.slice(at, d.index).includes(';') &&
      MOVED_TO.test(sentence.slice(Math.max(at, d.index - 60), d.index)),
  );
}
