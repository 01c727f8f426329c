// An event named as what a report is about: "she awaits a detailed report on where the talks
// stand by tonight", "the envoy will brief the Council on the negotiations on Thursday".
// The time after it is when the report is due, not when the event was: the talks are over,
// or their day is told elsewhere. Only a report still awaited is read so: "the report on the
// talks held on Monday was published" dates the talks by "held on Monday".

// A report awaited or to be given, and what it is on, up to the event's noun. The report's
// name may be quoted ("awaits a \"detailed report\" on the talks"): events read the sentence
// with quotations masked, so a masked quotation stands in its place.
const AWAITED_REPORT =
  /\b(?:expect(?:s|ed|ing)?|await(?:s|ed|ing)?|(?:will|would|to) (?:give|receive|get|deliver|present|hear))\b[^.;!?]{0,40}?(?:\b(?:report|update|briefing|debrief|readout|account)s?["”’']?|["“]_+["”]) (?:from (?:[\p{L}'’-]+ ){1,3})?(?:on|about|of) (?:the )?(?:(?:status|outcome|results?|progress|state) of (?:the )?)?(?:[\p{L}'’-]+ ){0,3}$/iu;
// "will brief the Council on the negotiations": the verb of reporting itself, still to come.
const WILL_BRIEF =
  /\b(?:will|would|to|expect(?:s|ed)? to) (?:brief|debrief|update|report to) (?:[\p{L}'’-]+ ){0,3}(?:on|about) (?:the )?(?:(?:status|outcome|results?|progress|state) of (?:the )?)?(?:[\p{L}'’-]+ ){0,3}$/iu;

// A word each of the two holds, with their flags: most sentences hold none, and one literal scan
// fails them where the two patterns each try every position.
const REPORT_WORD = /expect|await|give|receive|get|deliver|present|hear|brief|update|report/iu;

// A clause break, a relative pronoun or a verb of the event's own.
const OWN_CLAUSE =
  /[,;:()]|\b(?:which|that|who|where|when|was|were|is|are|has|have|had|held|took|opened|resumed|began|started|ended)\b/i;

/**
 * For the event's noun at `triggerAt`, whether a day after it (at `dayAt`) is when an awaited
 * report on that event is due, and so not the event's day. The report is looked for once per
 * event, not once per day: a long sentence holds many of both.
 */
export function reportDueDay(sentence: string, triggerAt: number): (dayAt: number) => boolean {
  const before = sentence.slice(Math.max(0, triggerAt - 100), triggerAt);
  if (!REPORT_WORD.test(before) || (!AWAITED_REPORT.test(before) && !WILL_BRIEF.test(before)))
    return () => false;
  return (dayAt) => {
    if (dayAt <= triggerAt || dayAt - triggerAt > 80) return false;
    // "update the Council on the negotiations, which resumed on 5 March": a clause of the event's
    // own between its noun and the day gives the event that day.
    const between = sentence.slice(triggerAt, dayAt);
    return !OWN_CLAUSE.test(between) && between.split(' ').length <= 7;
  };
}
