// "The call, the first since 12 January", "met for the first time since the talks collapsed on
// 12 January": the wire's formula measures a gap from the day of an earlier event. That day is
// not the day of the event the sentence reports, and is left out of the days read for it.

// The day stands in the "since" phrase that follows "first", with no predicate of the reported
// event between them: "The first call since January took place on 4 March" dates the call.
const FIRST_SINCE = /\bfirst\b[^.;]{0,60}?\bsince\b([^.;,]{0,60})$/i;
const OWN_PREDICATE =
  /\b(?:took place|takes? place|(?:was|were|is|are|will be) (?:held|scheduled|planned|set|due|expected)|will|shall|is to|are to)\b/i;

/** `dates` without the days a "first ... since" phrase measures from. */
export function withoutSinceAnchors<D extends { index: number }>(sentence: string, dates: D[]): D[] {
  if (!/\bsince\b/i.test(sentence) || !/\bfirst\b/i.test(sentence)) return dates;
  return dates.filter((d) => {
    const since = FIRST_SINCE.exec(sentence.slice(Math.max(0, d.index - 140), d.index));
    return since === null || OWN_PREDICATE.test(since[1]!);
  });
}
