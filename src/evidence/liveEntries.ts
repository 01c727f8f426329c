// A live blog posts as things happen: each entry opens with its time of day on a line of its own
// ("10.42 GMT", "16:05", "9.12am BST"), and what an entry reports as done, with no day of its own
// ("EU leaders met Kostal on the margins of the summit"), was done that day, the blog's.

const ENTRY_TIME =
  /^\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CES?T|EES?T|MSK|[ECMP][SD]?T))?$/gim;
// One time alone may be anything (a schedule's line): a blog has entries, several.
const FEWEST = 2;

/** Where the first entry of a live blog begins in `text`, or -1 when `text` is none. */
export function firstLiveEntry(text: string): number {
  let first = -1;
  let count = 0;
  ENTRY_TIME.lastIndex = 0;
  for (let m = ENTRY_TIME.exec(text); m; m = ENTRY_TIME.exec(text)) {
    if (first === -1) first = m.index;
    if (++count >= FEWEST) return first;
  }
  return -1;
}
