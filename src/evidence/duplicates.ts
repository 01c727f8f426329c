// Near-duplicate sources: MinHash signatures over word 3-shingles, banded LSH to find
// candidate pairs without comparing every pair, then the Jaccard estimate per pair. A
// spun copy (synonyms swapped, facts broken) still shares many shingles with its origin.

export interface DuplicateDoc {
  id: string;
  text: string;
  /** Its `minhash(text)` when already known: a caller that keeps signatures skips the work. */
  signature?: Uint32Array;
}

export interface DuplicateLink {
  a: string;
  b: string;
  /** MinHash estimate of the Jaccard similarity of the two shingle sets. */
  jaccard: number;
  /** `copy` when nearly identical, `spun` when reworded but plainly the same report. */
  kind: 'copy' | 'spun';
}

const HASHES = 128;
// Two rows per band: a pair at Jaccard 0.2 becomes a candidate 93% of the time.
const BANDS = 64;
const ROWS = HASHES / BANDS;
const SHINGLE = 3;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Fixed seeds: the same documents always give the same signatures.
const SEEDS = Array.from({ length: HASHES }, (_, i) => fnv1a(`parley-minhash-${i}`));

function mix(x: number, seed: number): number {
  let h = Math.imul(x ^ seed, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** MinHash signature of a text's word shingles. */
export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    for (let k = 0; k < HASHES; k++) {
      const v = mix(shingle, SEEDS[k]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

/**
 * Links documents that are copies of one another. `threshold` is the least estimated
 * Jaccard similarity of 3-word shingles to link (0.2 catches spun copies; unrelated
 * reports on the same story stay near 0.02). With `focus`, only pairs that include that
 * document's id: one new document against those already linked among themselves.
 */
export function findNearDuplicates(docs: DuplicateDoc[], threshold = 0.2, focus?: string): DuplicateLink[] {
  const signatures = docs.map((d) => d.signature ?? minhash(d.text));
  const candidates =
    focus === undefined
      ? bandedPairs(signatures)
      : focusedPairs(
          signatures,
          docs.findIndex((d) => d.id === focus),
        );
  const links: DuplicateLink[] = [];
  for (const pair of candidates) {
    const [i, j] = pair.split(',').map(Number) as [number, number];
    const jaccard = estimate(signatures[i]!, signatures[j]!);
    if (jaccard >= threshold)
      links.push({ a: docs[i]!.id, b: docs[j]!.id, jaccard, kind: jaccard >= 0.8 ? 'copy' : 'spun' });
  }
  return links.sort((x, y) => y.jaccard - x.jaccard || x.a.localeCompare(y.a));
}

/** Candidate pairs: those sharing every row of at least one band. */
function bandedPairs(signatures: Uint32Array[]): Set<string> {
  const candidates = new Set<string>();
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((sig, i) => {
      const key = Array.from(sig.subarray(band * ROWS, (band + 1) * ROWS)).join(',');
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) candidates.add(`${bucket[x]},${bucket[y]}`);
      }
    }
  }
  return candidates;
}

/** The same candidates as `bandedPairs`, only those with document `f`, found without buckets. */
function focusedPairs(signatures: Uint32Array[], f: number): Set<string> {
  const candidates = new Set<string>();
  const mine = signatures[f];
  if (!mine) return candidates;
  signatures.forEach((sig, j) => {
    if (j === f) return;
    for (let band = 0; band < BANDS; band++) {
      let same = true;
      for (let r = band * ROWS; r < (band + 1) * ROWS && same; r++) same = sig[r] === mine[r];
      if (same) {
        candidates.add(f < j ? `${f},${j}` : `${j},${f}`);
        return;
      }
    }
  });
  return candidates;
}
