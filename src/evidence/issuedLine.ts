// A document's own line of issue: "Done at Fjellby, 4 May 2031", "[BRIEFING – KESSEL – 4 MAY 2031]",
// "Kessel, 4 May 2031, Hall of the Republic". It says where and when the document itself was issued
// or spoken, and so puts no one at another occasion held there that day: the press conference after
// a round, or the communiqué closing it, is not a report that someone was at the round.
import { findDates } from './dates.ts';
import { perPassage } from './linkSupport.ts';

// A year written out: the day in full, as a document dates itself, not "Friday" or "4 May".
const YEAR = /\b(?:19|20)\d\d\b/;

/** Whether a line gives, with its year, the day its own document was published. */
export const datesItsOwnIssue = perPassage((p): boolean => {
  const published = p.published?.slice(0, 10);
  if (!published || !YEAR.test(p.text)) return false;
  return findDates(p.text, p.published).some((d) => d.iso === published && YEAR.test(d.text));
});
