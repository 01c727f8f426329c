// One flag per disagreement. When five sources say 1.2 billion cubic metres and one says 1
// billion, linking compares the odd one with each of the five and finds five pairs that
// cannot both be true; a reviewer has one disagreement to settle, with five sources on one
// side and one on the other. Flags of one kind (and, for figures and days, of the same two
// values) that share a passage are one disagreement; the passages fall on two sides that
// contradict each other and not themselves. Each disagreement is shown by the pair compared
// face to face that best stands for its sides (renderings of one quotation have no sides: each
// pair of them is its own difference) — the sources' own statements before the words
// they quote, the earliest first — with every other passage of each side beside it.
import type { Passage } from './passages.ts';

export interface Flag {
  kind: string;
  a: Passage;
  b: Passage;
  /** What each side says, where two flags can say it alike: two figures, two days. */
  values?: [string, string];
  /** The other passages that say what `a` says, and what `b` says. */
  alsoA?: Passage[];
  alsoB?: Passage[];
}

/** How well a passage stands for its side: a source's own statement first, then the earliest. */
const rank = (p: Passage): [number, string, string, number] => [
  p.kind === 'quote' ? 1 : 0,
  p.published ?? '9999',
  p.source,
  p.span[0],
];
const before = (x: Passage, y: Passage): boolean => {
  const [rx, ry] = [rank(x), rank(y)];
  for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return rx[i]! < ry[i]!;
  return false;
};

// A sole author ("by the mediators alone", jointAuthors.ts) and the same author are one side.
const sideValue = (v: string) => v.replace(/^only /, '');
const keyOf = (f: Flag) => `${f.kind} ${f.values ? f.values.map(sideValue).sort().join(' | ') : ''}`;

/**
 * The passages of a set of flags on two sides, if they fall on two (each flag across them).
 * Passages of one place (`run`) are on one side: the first of them stands for the others.
 */
function sides(flags: Flag[], run: Map<Passage, number>): Map<Passage, 0 | 1> | undefined {
  const first = new Map<number, Passage>();
  for (const f of flags) for (const p of [f.a, f.b]) if (!first.has(run.get(p)!)) first.set(run.get(p)!, p);
  const place = (p: Passage) => first.get(run.get(p)!)!;
  const next = new Map<Passage, Passage[]>();
  for (const f of flags) {
    const [a, b] = [place(f.a), place(f.b)];
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const side = new Map<Passage, 0 | 1>();
  for (const start of next.keys()) {
    if (side.has(start)) continue;
    side.set(start, 0);
    const queue = [start];
    while (queue.length > 0) {
      const p = queue.pop()!;
      for (const q of next.get(p) ?? []) {
        const want = side.get(p) === 0 ? 1 : 0;
        if (!side.has(q)) {
          side.set(q, want);
          queue.push(q);
        } else if (side.get(q) !== want) return undefined;
      }
    }
  }
  for (const f of flags) for (const p of [f.a, f.b]) side.set(p, side.get(place(p))!);
  return side;
}

/**
 * The flags that share a place, kind and values, as groups. A place is a run of overlapping
 * passages: a sentence read as an event and as a statement is one place, though two passages.
 */
function groupsOf<F extends Flag>(flags: F[], run: Map<Passage, number>): F[][] {
  const parent = flags.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const seen = new Map<string, Map<number, number>>();
  flags.forEach((f, i) => {
    const key = keyOf(f);
    const at = seen.get(key) ?? new Map<number, number>();
    seen.set(key, at);
    for (const p of [f.a, f.b]) {
      const j = at.get(run.get(p)!);
      if (j === undefined) at.set(run.get(p)!, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, F[]>();
  flags.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()];
}

const samePlace = (p: Passage, q: Passage) =>
  p.source === q.source && p.span[0] < q.span[1] && q.span[0] < p.span[1];
/**
 * Flags of one kind on the same two places are one: a call read as an event and its sentence
 * read as a statement are one place, and their two date flags one disagreement. The flag read
 * from the events is kept, in the place of the first: it says what the two days are of.
 */
function withoutRepeats<F extends Flag>(flags: F[]): F[] {
  const kept: F[] = [];
  const ofEvents = (f: F) => f.a.kind === 'event' && f.b.kind === 'event';
  // Two flags on the same two places have their passages in the same runs of overlapping passages:
  // each flag is sought among the kept flags of its two runs only, not among all (thousands of
  // flags of a hostile document were each sought among all the others, n²).
  const run = placeRuns(flags);
  const bucketOf = (f: F) => {
    const [x, y] = [run.get(f.a)!, run.get(f.b)!];
    return `${f.kind} ${Math.min(x, y)} ${Math.max(x, y)}`;
  };
  const buckets = new Map<string, number[]>();
  for (const f of flags) {
    const bucket = buckets.get(bucketOf(f)) ?? [];
    buckets.set(bucketOf(f), bucket);
    const at =
      bucket.find((i) => {
        const k = kept[i]!;
        return (samePlace(k.a, f.a) && samePlace(k.b, f.b)) || (samePlace(k.a, f.b) && samePlace(k.b, f.a));
      }) ?? -1;
    if (at === -1) {
      bucket.push(kept.length);
      kept.push(f);
    } else if (ofEvents(f) && !ofEvents(kept[at]!)) kept[at] = f;
  }
  return kept;
}

/** A number for each passage of `flags`, the same for passages of one run of overlapping spans of a source. */
function placeRuns(flags: readonly Flag[]): Map<Passage, number> {
  const passages = [...new Set(flags.flatMap((f) => [f.a, f.b]))].sort((p, q) =>
    p.source === q.source ? p.span[0] - q.span[0] : p.source < q.source ? -1 : 1,
  );
  const run = new Map<Passage, number>();
  let [id, source, end] = [-1, '', Number.NEGATIVE_INFINITY];
  for (const p of passages) {
    if (p.source !== source || p.span[0] >= end) {
      id++;
      [source, end] = [p.source, p.span[1]];
    } else end = Math.max(end, p.span[1]);
    run.set(p, id);
  }
  return run;
}

/** One flag per disagreement, its sides' other passages beside it. */
export function oneFlagEach<F extends Flag>(flags: F[]): F[] {
  const out: F[] = [];
  const kept = withoutRepeats(flags);
  const run = placeRuns(kept);
  for (const group of groupsOf(kept, run)) {
    // Renderings of a quotation have no two sides: each differs from every other.
    const side = group.length > 1 && group[0]!.kind !== 'quote' ? sides(group, run) : undefined;
    if (!side) {
      out.push(...group);
      continue;
    }
    // Each side in order of how well its passages stand for it; the pair compared face to
    // face whose two passages stand best, each on its side.
    const order = new Map<Passage, number>();
    for (const s of [0, 1] as const) {
      const ranked = [...side]
        .filter(([, v]) => v === s)
        .map(([p]) => p)
        .sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
      for (const [i, p] of ranked.entries()) order.set(p, i);
    }
    const cost = (f: F) => {
      const [x, y] = [order.get(f.a)!, order.get(f.b)!];
      return x + y + Math.max(x, y) / 100;
    };
    const best = group.reduce((x, y) => (cost(y) < cost(x) ? y : x));
    // Each other span of the side once: a sentence read as an event and as itself is one.
    const others = (not: Passage) => {
      const at = (p: Passage) => `${p.source} ${p.span[0]} ${p.span[1]}`;
      const shown = new Set([at(not)]);
      return [...side].flatMap(([p, v]) => {
        if (v !== side.get(not) || shown.has(at(p))) return [];
        shown.add(at(p));
        return [p];
      });
    };
    out.push({ ...best, alsoA: others(best.a), alsoB: others(best.b) });
  }
  return out;
}
