// Myers' O(ND) shortest edit script on integer sequences. Ours rather than jsdiff's:
// redlines run once per matched pair, and on token ids this is tens of times faster.
// The edit distance explored is capped so a huge, very different pair cannot hang.

export type EditKind = 'equal' | 'delete' | 'insert';

export interface EditRun {
  kind: EditKind;
  count: number;
}

/**
 * The shortest edit script turning `a` into `b`, as runs, or undefined when it needs
 * more than `maxEdits` insertions and deletions.
 */
export function diffSequences(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEdits: number,
): EditRun[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[k] for k in [-d-1, d+1] as it was before round d (index k + d + 1).
  const trace: Int32Array[] = [];
  const limit = Math.min(max, maxEdits);
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): EditRun[] {
  const reversed: EditKind[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push('equal');
      x--;
      y--;
    }
    if (d > 0) reversed.push(x === prevX ? 'insert' : 'delete');
    x = prevX;
    y = prevY;
  }
  const runs: EditRun[] = [];
  for (let i = reversed.length - 1; i >= 0; i--) {
    const kind = reversed[i]!;
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) last.count++;
    else runs.push({ kind, count: 1 });
  }
  return runs;
}
