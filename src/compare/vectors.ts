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
  private countedBy = new Int32Array(0);
  private documents = 0;

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(word, id);
      this.df.push(0);
    }
    return id;
  }

  /** Counts each distinct id of one document once. */
  countDocument(ids: readonly number[]): void {
    // Which document last counted each id: no set per document.
    if (this.countedBy.length < this.df.length) {
      const grown = new Int32Array(Math.max(this.df.length, this.countedBy.length * 2));
      grown.set(this.countedBy);
      this.countedBy = grown;
    }
    const doc = ++this.documents;
    for (const id of ids) {
      if (this.countedBy[id] === doc) continue;
      this.countedBy[id] = doc;
      this.df[id] = (this.df[id] ?? 0) + 1;
    }
  }

  /** idf = log(1 + N / df) per id, once all `documents` are counted. */
  idf(documents: number): Float64Array {
    return Float64Array.from(this.df, (df) => Math.log(1 + documents / Math.max(1, df)));
  }
}

/** Term counts by id, shared by every `buildVector` call and left all zero after each. */
let tally = new Int32Array(1024);

/** Builds a vector with sublinear tf, weighted by `idf` (from `Vocabulary.idf`). */
export function buildVector(termIds: readonly number[], idf: Float64Array): TermVector {
  // Counting into a dense tally, then sorting only the distinct ids (a provision repeats its words).
  const distinct: number[] = [];
  for (const id of termIds) {
    if (id >= tally.length) {
      const grown = new Int32Array(Math.max(id + 1, tally.length * 2));
      grown.set(tally);
      tally = grown;
    }
    if (tally[id]!++ === 0) distinct.push(id);
  }
  const ids = Int32Array.from(distinct).sort();
  const weights = new Float64Array(ids.length);
  let sq = 0;
  let mass = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    const w = (1 + Math.log(tally[id]!)) * (idf[id] ?? 0);
    tally[id] = 0;
    weights[k] = w;
    sq += w * w;
    mass += w;
  }
  return { ids, weights, norm: Math.sqrt(sq), mass };
}

/** Adds vectors term by term (a merged group read as one text). */
export function sumVectors(vectors: readonly TermVector[]): TermVector {
  if (vectors.length === 0) return EMPTY_VECTOR;
  let sum = vectors[0]!;
  // Pairwise merges of sorted ids: linear, and no map of every term.
  for (let v = 1; v < vectors.length; v++) sum = addTwo(sum, vectors[v]!);
  return sum;
}

function addTwo(a: TermVector, b: TermVector): TermVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.ids.length ? b.ids[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      ids[k] = x;
      weights[k++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      ids[k] = x;
      weights[k++] = a.weights[i++]!;
    } else {
      ids[k] = y;
      weights[k++] = b.weights[j++]!;
    }
  }
  let sq = 0;
  let mass = 0;
  for (let n = 0; n < k; n++) {
    sq += weights[n]! * weights[n]!;
    mass += weights[n]!;
  }
  return { ids: ids.subarray(0, k), weights: weights.subarray(0, k), norm: Math.sqrt(sq), mass };
}

/** The same terms with the same weights. */
export function sameVector(a: TermVector, b: TermVector): boolean {
  if (a.ids.length !== b.ids.length || a.mass !== b.mass) return false;
  for (let i = 0; i < a.ids.length; i++) {
    if (a.ids[i] !== b.ids[i] || a.weights[i] !== b.weights[i]) return false;
  }
  return true;
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

/**
 * Cosines of one vector against many (the candidate step): the query's weights are spread
 * over a dense array once, so each cosine is one pass over the other vector's terms.
 * Gives exactly `cosine`'s value (the same products, added in the same order).
 */
export class CosineScorer {
  private dense: Float64Array;
  private query: TermVector = EMPTY_VECTOR;

  /** `vocabularySize`: one more than the largest term id of any vector it will see. */
  constructor(vocabularySize: number) {
    this.dense = new Float64Array(vocabularySize);
  }

  /** Makes `query` the vector the next `score` calls compare with. */
  load(query: TermVector): void {
    for (let i = 0; i < this.query.ids.length; i++) this.dense[this.query.ids[i]!] = 0;
    this.query = query;
    for (let i = 0; i < query.ids.length; i++) this.dense[query.ids[i]!] = query.weights[i]!;
  }

  score(other: TermVector): number {
    if (this.query.norm === 0 || other.norm === 0) return 0;
    let dot = 0;
    for (let j = 0; j < other.ids.length; j++) dot += this.dense[other.ids[j]!]! * other.weights[j]!;
    return Math.min(1, dot / (this.query.norm * other.norm));
  }
}

/** One more than the largest term id in `vectors` (ids are sorted, so the last is the largest). */
export function vocabularySizeOf(vectors: Iterable<TermVector>): number {
  let size = 0;
  for (const v of vectors) if (v.ids.length > 0) size = Math.max(size, v.ids[v.ids.length - 1]! + 1);
  return size;
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
