// Sparse tf-idf vectors over the content words of both drafts, and the three measures
// the aligner needs: cosine (same text?), containment (is this a part of that?) and
// coverage (do these parts together make up that?).

/** Term ids sorted ascending with their weights; `norm` and `mass` cached for speed. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
  mass: number;
}

export const EMPTY_VECTOR: TermVector = {
  ids: new Int32Array(0),
  weights: new Float64Array(0),
  norm: 0,
  mass: 0,
};

/** Interns words as dense integer ids shared by both drafts. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly df: number[] = [];

  idsOf(words: readonly string[]): number[] {
    const out: number[] = [];
    for (const word of words) {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.df.length;
        this.ids.set(word, id);
        this.df.push(0);
      }
      out.push(id);
    }
    return out;
  }

  /** Counts each distinct id of one document once. */
  countDocument(ids: readonly number[]): void {
    for (const id of new Set(ids)) this.df[id] = (this.df[id] ?? 0) + 1;
  }
}

/** Builds a vector with sublinear tf and idf = log(1 + N / df). */
export function buildVector(
  termIds: readonly number[],
  df: readonly number[],
  documents: number,
): TermVector {
  // Sorting the ids once gives both the term order and the term frequencies (runs).
  const sorted = Int32Array.from(termIds).sort();
  const ids: number[] = [];
  const weights: number[] = [];
  let sq = 0;
  let mass = 0;
  for (let i = 0; i < sorted.length; ) {
    const id = sorted[i]!;
    let j = i + 1;
    while (j < sorted.length && sorted[j] === id) j++;
    const w = (1 + Math.log(j - i)) * Math.log(1 + documents / Math.max(1, df[id] ?? 1));
    ids.push(id);
    weights.push(w);
    sq += w * w;
    mass += w;
    i = j;
  }
  return { ids: Int32Array.from(ids), weights: Float64Array.from(weights), norm: Math.sqrt(sq), mass };
}

/** Adds vectors term by term (a merged group read as one text). */
export function sumVectors(vectors: readonly TermVector[]): TermVector {
  if (vectors.length === 1) return vectors[0]!;
  const acc = new Map<number, number>();
  for (const v of vectors) {
    v.ids.forEach((id, i) => {
      acc.set(id, (acc.get(id) ?? 0) + v.weights[i]!);
    });
  }
  const ids = Int32Array.from([...acc.keys()].sort((a, b) => a - b));
  const weights = Float64Array.from(ids, (id) => acc.get(id) ?? 0);
  let sq = 0;
  let mass = 0;
  for (const w of weights) {
    sq += w * w;
    mass += w;
  }
  return { ids, weights, norm: Math.sqrt(sq), mass };
}

/** Cosine similarity in [0, 1]. (The merge walks are written out: this is the hot loop.) */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

/** Share of `part`'s weight found in `whole`: 1 when part is wholly inside whole. */
export function containment(part: TermVector, whole: TermVector): number {
  if (part.mass === 0) return 0;
  const pi = part.ids;
  const wi = whole.ids;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < pi.length && j < wi.length) {
    const x = pi[i]!;
    const y = wi[j]!;
    if (x === y) shared += Math.min(part.weights[i++]!, whole.weights[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return shared / part.mass;
}
