// An inverted index from integer keys (word and word-pair shingles) to the units that
// contain them, in flat typed arrays: an open-addressing table of keys and one array of
// postings grouped by key. A Map of arrays and a Set per unit cost an object per key;
// this costs one hash per key and lets a query drop repeated keys by slot. A slot keeps
// its key, first posting and count side by side, so a lookup touches one cache line.

const EMPTY = -1;
/** Int32 fields per slot: key, first posting, count, and a scratch field (last unit, then fill cursor). */
const FIELDS = 4;

export class PostingIndex {
  private table = new Int32Array(0);
  private used = 0;
  private shift = 32;
  private mask = 0;
  /** Postings of the key in slot s, ascending: `postings[first(s) .. first(s) + size(s))`. */
  private readonly postings: Int32Array;

  /** `keysOfUnit[u]`: the non-negative int32 keys of unit u (a repeated key counts once). */
  constructor(keysOfUnit: readonly (readonly number[])[]) {
    this.resize(1024);
    let total = 0;
    for (const keys of keysOfUnit) total += keys.length;
    // Each distinct (unit, key), in unit order.
    const keyAt = new Int32Array(total);
    const unitAt = new Int32Array(total);
    let n = 0;
    keysOfUnit.forEach((keys, unit) => {
      for (const key of keys) {
        const e = this.claim(key) * FIELDS;
        if (this.table[e + 3] === unit) continue;
        this.table[e + 3] = unit;
        this.table[e + 2]!++;
        keyAt[n] = key;
        unitAt[n++] = unit;
      }
    });
    for (let e = 0, at = 0; e < this.table.length; e += FIELDS) {
      if (this.table[e] === EMPTY) continue;
      this.table[e + 1] = at;
      this.table[e + 3] = at;
      at += this.table[e + 2]!;
    }
    // Filling in unit order keeps every posting list ascending.
    this.postings = new Int32Array(n);
    for (let i = 0; i < n; i++) this.postings[this.table[this.find(keyAt[i]!) * FIELDS + 3]!++] = unitAt[i]!;
  }

  /** Number of slots: the bound for arrays indexed by slot. */
  get capacity(): number {
    return this.table.length / FIELDS;
  }

  /** The slot holding `key`, or -1 when no unit has it. */
  find(key: number): number {
    for (let s = this.hash(key); ; s = (s + 1) & this.mask) {
      const at = this.table[s * FIELDS]!;
      if (at === key) return s;
      if (at === EMPTY) return -1;
    }
  }

  /** How many units have the key in `slot`. */
  size(slot: number): number {
    return this.table[slot * FIELDS + 2]!;
  }

  /** The i-th unit (ascending) having the key in `slot`. */
  unit(slot: number, i: number): number {
    return this.postings[this.table[slot * FIELDS + 1]! + i]!;
  }

  private claim(key: number): number {
    for (let s = this.hash(key); ; s = (s + 1) & this.mask) {
      const e = s * FIELDS;
      const at = this.table[e]!;
      if (at === key) return s;
      if (at === EMPTY) {
        // At most half full, so probes stay short.
        if (2 * (this.used + 1) > this.capacity) {
          this.resize(this.capacity * 2);
          return this.claim(key);
        }
        this.used++;
        this.table[e] = key;
        this.table[e + 1] = 0;
        this.table[e + 2] = 0;
        return s;
      }
    }
  }

  private resize(capacity: number): void {
    const old = this.table;
    this.table = new Int32Array(capacity * FIELDS).fill(EMPTY);
    this.mask = capacity - 1;
    this.shift = 32 - Math.log2(capacity);
    for (let e = 0; e < old.length; e += FIELDS) {
      if (old[e] === EMPTY) continue;
      let s = this.hash(old[e]!);
      while (this.table[s * FIELDS] !== EMPTY) s = (s + 1) & this.mask;
      this.table.set(old.subarray(e, e + FIELDS), s * FIELDS);
    }
  }

  private hash(key: number): number {
    // Fibonacci hashing: the high bits of the product depend on every bit of the key.
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}
