// One pass over a whole text that finds every trigger word once, so that a reader asks which
// words a sentence holds instead of scanning the sentence again (events.ts: which TRIGGERS
// patterns a window needs run). The words are found case-blind, as the non-unicode /i patterns
// read them, by one alternation of them all.

/** Where the words of a text stand, in text order: offsets, ends and each word's readers. */
export interface WordHits {
  at: number[];
  end: number[];
  readers: number[][];
  /** Whether the word stands inside a longer one, where it counts only at a window's start. */
  inside: boolean[];
}

const isWordCode = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * A finder of `words` (lower case, none the start of another) in a text, each with the readers
 * (numbered from 0) that need it. A word in `midWord` counts inside a longer word too; every other
 * word only where no ASCII letter, digit or "_" stands before it (what `\b` sees in a non-unicode
 * pattern), or at a window's start.
 */
export function wordFinder(words: Map<string, number[]>, midWord: Set<string>) {
  const list = [...words.keys()];
  for (const a of list) {
    if (a !== a.toLowerCase()) throw new Error(`word not in lower case: ${a}`);
    for (const b of list) if (a !== b && b.startsWith(a)) throw new Error(`word starts another: ${a} / ${b}`);
  }
  // No word is the start of another: at each offset one word at most matches, and stepping one
  // offset past each match finds every word, those inside another's match included.
  const pattern = new RegExp(list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const readerCount = Math.max(0, ...[...words.values()].flat()) + 1;
  // The readers of each word as the text writes it ("Met", "met"): a handful of spellings each,
  // looked up without lower-casing every match; bounded, so a text in random case does not grow it.
  const asWritten = new Map<string, number[]>();
  const readersOf = (written: string): number[] => {
    let readers = asWritten.get(written);
    if (readers === undefined) {
      readers = words.get(written.toLowerCase())!;
      if (asWritten.size < 4096) asWritten.set(written, readers);
    }
    return readers;
  };

  /** Every word of `text`, at every offset. */
  function find(text: string): WordHits {
    const hits: WordHits = { at: [], end: [], readers: [], inside: [] };
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const at = m.index;
      pattern.lastIndex = at + 1;
      const inside =
        at > 0 &&
        isWordCode(text.charCodeAt(at - 1)) &&
        isWordCode(text.charCodeAt(at)) &&
        !midWord.has(m[0].toLowerCase());
      hits.at.push(at);
      hits.end.push(at + m[0].length);
      hits.readers.push(readersOf(m[0]));
      hits.inside.push(inside);
    }
    pattern.lastIndex = 0;
    return hits;
  }

  /**
   * The readers that need a word wholly inside `[start, end)` of the text `hits` were found in:
   * needed[i] is 1 for reader i; none when no word stands there.
   */
  function readersWithin(hits: WordHits, start: number, end: number): Uint8Array | undefined {
    const { at } = hits;
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    let needed: Uint8Array | undefined;
    for (let i = lo; i < at.length && at[i]! < end; i++) {
      // At the window's start nothing of the window stands before the word.
      if (hits.end[i]! > end || (hits.inside[i] && at[i]! > start)) continue;
      needed ??= new Uint8Array(readerCount);
      for (const r of hits.readers[i]!) needed[r] = 1;
    }
    return needed;
  }

  return { find, readersWithin };
}
