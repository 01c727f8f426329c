// Myers' O(ND) shortest edit script on integer sequences. Ours rather than jsdiff's:
// redlines run once per matched pair, and on token ids this is tens of times faster.
// Tokens found on one side only can never be matched, so they are set aside before the
// search (as GNU diff does): the script stays a shortest one, and a reworded provision's
// search shrinks to the words the two texts share. The edits explored are capped so a
// huge, very different pair cannot hang.

export type EditKind = 'equal' | 'delete' | 'insert';

export interface EditRun {
  kind: EditKind;
  count: number;
}

/**
 * The shortest edit script turning `a` into `b`, as runs, or undefined when it needs
 * more than `maxEdits` insertions and deletions. Ids must be non-negative integers.
 */
export function diffSequences(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEdits: number,
): EditRun[] | undefined {
  const inA = presence(a);
  const inB = presence(b);
  const keptA = keep(a, inB);
  const keptB = keep(b, inA);
  const sharedA = gather(a, keptA);
  const sharedB = gather(b, keptB);
  const edits = a.length - sharedA.length + (b.length - sharedB.length);
  if (edits > maxEdits) return undefined;
  const steps = shortestScript(sharedA, sharedB, maxEdits - edits);
  if (!steps) return undefined;
  return expand(steps, keptA, keptB);
}

function presence(xs: ArrayLike<number>): Uint8Array {
  let max = -1;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > max) max = xs[i]!;
  const seen = new Uint8Array(max + 1);
  for (let i = 0; i < xs.length; i++) seen[xs[i]!] = 1;
  return seen;
}

function keep(xs: ArrayLike<number>, other: Uint8Array): Uint8Array {
  const kept = new Uint8Array(xs.length);
  for (let i = 0; i < xs.length; i++) kept[i] = xs[i]! < other.length && other[xs[i]!] === 1 ? 1 : 0;
  return kept;
}

function gather(xs: ArrayLike<number>, kept: Uint8Array): Int32Array {
  let n = 0;
  for (let i = 0; i < kept.length; i++) n += kept[i]!;
  const out = new Int32Array(n);
  for (let i = 0, j = 0; i < kept.length; i++) if (kept[i] === 1) out[j++] = xs[i]!;
  return out;
}

/** Steps of the script on the shared tokens, in order: 0 equal, 1 delete, 2 insert. */
function shortestScript(a: Int32Array, b: Int32Array, maxEdits: number): Uint8Array | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) {
    if (n + m > maxEdits) return undefined;
    return new Uint8Array(n + m).fill(n === 0 ? 2 : 1);
  }
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

function backtrack(trace: readonly Int32Array[], n: number, m: number): Uint8Array {
  const reversed: number[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const base = d + 1;
    const prevK = k === -d || (k !== d && v[k - 1 + base]! < v[k + 1 + base]!) ? k + 1 : k - 1;
    const prevX = v[prevK + base]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push(0);
      x--;
      y--;
    }
    if (d > 0) reversed.push(x === prevX ? 2 : 1);
    x = prevX;
    y = prevY;
  }
  return Uint8Array.from(reversed.reverse());
}

/**
 * Puts the set-aside tokens back and groups steps into runs; between two equal runs, all
 * deletions come before all insertions (one change block, as a reader sees it).
 */
function expand(steps: Uint8Array, keptA: Uint8Array, keptB: Uint8Array): EditRun[] {
  const runs: EditRun[] = [];
  let dels = 0;
  let ins = 0;
  let equal = 0;
  const flushChange = () => {
    if (dels > 0) runs.push({ kind: 'delete', count: dels });
    if (ins > 0) runs.push({ kind: 'insert', count: ins });
    dels = 0;
    ins = 0;
  };
  let i = 0;
  let j = 0;
  for (let s = 0; s <= steps.length; s++) {
    while (i < keptA.length && keptA[i] === 0) {
      i++;
      dels++;
    }
    while (j < keptB.length && keptB[j] === 0) {
      j++;
      ins++;
    }
    if (s === steps.length) break;
    const step = steps[s]!;
    if (step === 0) {
      if (dels > 0 || ins > 0) {
        if (equal > 0) runs.push({ kind: 'equal', count: equal });
        equal = 0;
        flushChange();
      }
      equal++;
      i++;
      j++;
    } else {
      if (equal > 0) runs.push({ kind: 'equal', count: equal });
      equal = 0;
      if (step === 1) {
        dels++;
        i++;
      } else {
        ins++;
        j++;
      }
    }
  }
  if (equal > 0) runs.push({ kind: 'equal', count: equal });
  flushChange();
  return runs;
}
