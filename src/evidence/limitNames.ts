// A limit named in the words of official usage that events.ts's limit words do not read: a UN
// notice's "closing date", a procedure's "cut-off date" or "time-limit", a translated release's "the
// term of 17 of May" (the Spanish "plazo"), a period that "expires on" or "ends on" a day. The day
// after such a name is a deadline's.
import type { FoundDate } from './dates.ts';
import { lastMatch } from './regex.ts';

const NAME =
  /\b(?:(?:cut-?off|closing|final|expiry|due|target) date|time-?limit|(?:the|a|its|their) term(?! of office)|(?:the|a|its|their) (?:\w+ )?period)\b/gi;
// What joins the name to its day: "of", "is", "for replies is", "expires on", "ends on", "set for".
const JOIN =
  /^[^.;:!?]{0,60}?\b(?:of|is|was|remains|stays|set (?:for|at)|fixed (?:for|at)|(?:expires?|expired|ends?|ended|closes?|closed|runs? out|ran out|falls?|fell) (?:on|at(?: midnight on)?))\s+(?:the\s+)?$/i;
// A period is only a limit when it runs out on the day: "the period from 1 to 17 June" is a span.
const PERIOD_JOIN =
  /\b(?:expires?|expired|ends?|ended|closes?|closed|runs? out|ran out)\s+(?:on\s+)?(?:the\s+)?$/i;

/** Whether a sentence may name a limit so: the cheap test before its dates are read. */
export const LIMIT_NAME_HINT =
  /\b(?:(?:cut-?off|closing|final|expiry|due|target) date|time-?limit|term|period)\b/i;

/** Offsets of the limit names of `sentence` whose day follows them; `dates` as events.ts reads them. */
export function namedLimits(sentence: string, dates: FoundDate[]): number[] {
  const found: number[] = [];
  for (const d of dates) {
    if (d.vague) continue;
    const start = Math.max(0, d.index - 100);
    const before = sentence.slice(start, d.index);
    // lastMatch, not matchAll: matchAll clones the pattern on every call, once per date.
    const last = lastMatch(NAME, before);
    if (!last) continue;
    const between = before.slice(last.index + last[0].length);
    if (!JOIN.test(between)) continue;
    if (/period$/i.test(last[0]) && !PERIOD_JOIN.test(between)) continue;
    found.push(start + last.index);
  }
  return found;
}
