// The baselines a user would reach for to compare two drafts: a whole-text word diff with
// jsdiff's diffWords; diff-match-patch over the whole text as its README calls it
// (diff_main, then diff_cleanupSemantic for a readable result); and, the strongest of them,
// diff-match-patch in its documented "word mode" (words mapped to characters, then
// diff_main). Each is capped so a benchmark run always ends.

import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';

export interface BaselineRun {
  ms: number;
  /** CPU time of the process over the run (user + system): steadier than wall time on a shared machine. */
  cpuMs: number;
  /** False when the library gave up (jsdiff) or returned a degraded diff at its timeout (dmp). */
  complete: boolean;
}

/** jsdiff diffWords over the whole text, abandoned after `timeoutMs`. */
export function runJsdiffWords(oldText: string, newText: string, timeoutMs: number): BaselineRun {
  const c0 = cpuNow();
  const t0 = performance.now();
  const changes = diffWords(oldText, newText, { timeout: timeoutMs });
  return { ms: performance.now() - t0, cpuMs: cpuNow() - c0, complete: changes !== undefined };
}

/**
 * diff-match-patch over the whole text, character by character. Its default 1 s timeout
 * would return a coarse, mostly "replace everything" diff on these texts, so the timeout is
 * raised to the benchmark's cap: the time is that of the real diff, or of giving up.
 */
export function runDmpChars(oldText: string, newText: string, timeoutMs: number): BaselineRun {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutMs / 1000;
  const c0 = cpuNow();
  const t0 = performance.now();
  const diffs = dmp.diff_main(oldText, newText);
  dmp.diff_cleanupSemantic(diffs);
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuNow() - c0, complete: ms < timeoutMs };
}

/** diff-match-patch on word-encoded text; its own timeout makes it return a coarser diff. */
export function runDmpWords(oldText: string, newText: string, timeoutMs: number): BaselineRun {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutMs / 1000;
  const c0 = cpuNow();
  const t0 = performance.now();
  const words: string[] = [''];
  const index = new Map<string, number>();
  const encode = (text: string) =>
    (text.match(/\S+\s*|\s+/g) ?? [])
      .map((w) => {
        let i = index.get(w);
        if (i === undefined) {
          i = words.length;
          words.push(w);
          index.set(w, i);
        }
        return String.fromCharCode(i);
      })
      .join('');
  const diffs = dmp.diff_main(encode(oldText), encode(newText), false);
  dmp.diff_charsToLines_(diffs, words);
  const ms = performance.now() - t0;
  return { ms, cpuMs: cpuNow() - c0, complete: ms < timeoutMs };
}

/** Process CPU time in ms (user + system). */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
