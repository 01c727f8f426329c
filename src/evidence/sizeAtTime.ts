// A negotiated text's size told as of a time: "the text, which currently comprises 24 articles",
// "when I first sat across the table, the text ran to 24 articles", "the draft originally had 22
// points". A draft shrinks and grows round by round, so such a size is of one version: set
// against another source's size it tells two versions, not two accounts of one (a former size
// against any other; a size "currently" or "as it stands" against one read a week or more apart).
import { DAY_MS } from '../core/calendar.ts';
import { TEXT_NOUNS } from './lexicon.ts';
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';
import { ONE_READING_DAYS } from './runningCounts.ts';
import { sizesText } from './textParts.ts';
import { versionMark } from './versionMarks.ts';

const FORMER =
  /\b(?:originally|initially|at first|at the (?:start|outset|beginning)|when [\p{L}\s]{0,40}?\bfirst\b|(?:the|its|a) (?:first|original|initial|earlier) (?:draft|version|text))\b/iu;
const CURRENT = /\b(?:currently|at present|as it stands|as things stand|for now|at this stage|so far)\b/i;
// The words of the count's sentence up to it and a little after: the time told of it.
const REACH = 160;

// The count's own clause: "the first draft ran to twenty articles; the text initialled on
// Monday has fifteen" tells the first size as former, not the second.
const CLAUSE_STOP = /[;.!?]\s/g;
const MARK_REACH = 120;
function around(p: Passage, q: Quantity, reachAfter = 40): string {
  const before = p.text.slice(Math.max(0, q.index - REACH), q.index);
  const from = Math.max(0, ...[...before.matchAll(CLAUSE_STOP)].map((m) => m.index + m[0].length));
  const after = p.text.slice(q.index, q.index + q.text.length + reachAfter);
  return before.slice(from) + after.split(/[;.!?]\s/)[0];
}

// "We have not been shown the new text. We were told it has fourteen points": a clause whose "it"
// names no text is of the text the sentences just before it in the passage name.
const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS})\\b`, 'i');
function itsText(earlier: string, clause: string): string {
  if (TEXT.test(clause) || !/\bit(?:['’]s)?\b/i.test(clause)) return '';
  const named = earlier
    .split(/(?<=[.!?]["”’]?)\s+/)
    .slice(-3)
    .filter((x) => TEXT.test(x))
    .at(-1);
  return named === undefined ? '' : `${named} `;
}

// The version its clause marks: revised, or leaked, printed or replaced (versionMarks.ts); of an
// "it", the version the sentence before names.
const markOf = (p: Passage, q: Quantity, clause: string) =>
  versionMark(
    itsText(
      p.text.slice(Math.max(0, q.index - REACH * 3), Math.max(0, q.index - clause.indexOf(q.text))),
      clause,
    ) + clause,
    p.text.slice(Math.max(0, q.index - 40), q.index),
    p.text,
  );

/** Whether two sizes of a text are of two versions by the time each is told of. */
export function sizesOfTwoVersions(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  if (!sizesText(x) || !sizesText(y)) return false;
  const [ta, tb] = [around(a, x), around(b, y)];
  if (FORMER.test(ta) !== FORMER.test(tb)) return true;
  // What befell the text may follow its name by a clause: "An 18-point plan drawn up by Norland
  // for the valley, published on Wednesday by a daily, ...".
  const [ma, mb] = [markOf(a, x, around(a, x, MARK_REACH)), markOf(b, y, around(b, y, MARK_REACH))];
  if (ma && mb && ma !== mb) return true;
  if (!CURRENT.test(ta) && !CURRENT.test(tb)) return false;
  if (!a.published || !b.published) return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) / DAY_MS > ONE_READING_DAYS;
}
