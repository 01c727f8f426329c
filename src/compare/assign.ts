// Optimal one-to-one assignment over the candidate graph. Pairs that are each other's
// clear best are fixed first; what stays ambiguous splits into small components that get
// the Hungarian algorithm, so the cubic cost only ever applies where a choice matters.

export interface WeightedEdge {
  a: number;
  b: number;
  weight: number;
}

/** Above this many rows or columns a component is assigned greedily (bounded worst case). */
const HUNGARIAN_LIMIT = 160;
/** A best edge must beat both endpoints' runner-up by this much to be fixed without search. */
const CLEAR_MARGIN = 0.1;

/** Maximum-weight matching (exact on each component up to HUNGARIAN_LIMIT). Returns [a, b] pairs. */
export function assignPairs(edges: readonly WeightedEdge[]): [number, number][] {
  const result: [number, number][] = [];
  const bestA = bestByEndpoint(edges, (e) => e.a);
  const bestB = bestByEndpoint(edges, (e) => e.b);
  const fixedA = new Set<number>();
  const fixedB = new Set<number>();
  for (const e of edges) {
    const ra = bestA.get(e.a)!;
    const rb = bestB.get(e.b)!;
    if (ra.best === e && rb.best === e && e.weight - Math.max(ra.second, rb.second) >= CLEAR_MARGIN) {
      result.push([e.a, e.b]);
      fixedA.add(e.a);
      fixedB.add(e.b);
    }
  }
  const open = edges.filter((e) => !fixedA.has(e.a) && !fixedB.has(e.b));
  for (const component of components(open)) {
    const pairs =
      component.as.length <= HUNGARIAN_LIMIT && component.bs.length <= HUNGARIAN_LIMIT
        ? hungarian(component.edges)
        : greedy(component.edges);
    result.push(...pairs);
  }
  return result.sort((x, y) => x[0] - y[0]);
}

function bestByEndpoint(edges: readonly WeightedEdge[], key: (e: WeightedEdge) => number) {
  const out = new Map<number, { best: WeightedEdge; second: number }>();
  for (const e of edges) {
    const cur = out.get(key(e));
    if (!cur) out.set(key(e), { best: e, second: 0 });
    else if (e.weight > cur.best.weight) out.set(key(e), { best: e, second: cur.best.weight });
    else cur.second = Math.max(cur.second, e.weight);
  }
  return out;
}

interface Component {
  as: number[];
  bs: number[];
  edges: WeightedEdge[];
}

/** Connected components of the bipartite graph, via union-find on a-nodes and b-nodes. */
function components(edges: readonly WeightedEdge[]): Component[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const e of edges) {
    for (const n of [`a${e.a}`, `b${e.b}`]) if (!parent.has(n)) parent.set(n, n);
    const ra = find(`a${e.a}`);
    const rb = find(`b${e.b}`);
    if (ra !== rb) parent.set(ra, rb);
  }
  const byRoot = new Map<string, Component>();
  for (const e of edges) {
    const root = find(`a${e.a}`);
    const c = byRoot.get(root) ?? { as: [], bs: [], edges: [] };
    byRoot.set(root, c);
    c.edges.push(e);
  }
  for (const c of byRoot.values()) {
    c.as = [...new Set(c.edges.map((e) => e.a))];
    c.bs = [...new Set(c.edges.map((e) => e.b))];
  }
  return [...byRoot.values()];
}

/** Heaviest edges first; deterministic tie-break on indices. */
function greedy(edges: readonly WeightedEdge[]): [number, number][] {
  const sorted = [...edges].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: [number, number][] = [];
  for (const e of sorted) {
    if (usedA.has(e.a) || usedB.has(e.b)) continue;
    usedA.add(e.a);
    usedB.add(e.b);
    out.push([e.a, e.b]);
  }
  return out;
}

/**
 * Hungarian algorithm (shortest augmenting paths with potentials) on the dense matrix of
 * one component. Missing edges weigh 0, the same as leaving both ends unmatched.
 */
function hungarian(edges: readonly WeightedEdge[]): [number, number][] {
  const as = [...new Set(edges.map((e) => e.a))].sort((x, y) => x - y);
  const bs = [...new Set(edges.map((e) => e.b))].sort((x, y) => x - y);
  const transpose = as.length > bs.length;
  const rows = transpose ? bs : as;
  const cols = transpose ? as : bs;
  const n = rows.length;
  const m = cols.length;
  const rowOf = new Map(rows.map((v, i) => [v, i + 1]));
  const colOf = new Map(cols.map((v, i) => [v, i + 1]));
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (const e of edges) {
    const r = rowOf.get(transpose ? e.b : e.a)!;
    const c = colOf.get(transpose ? e.a : e.b)!;
    cost[r]![c] = -e.weight;
  }
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[i0]![j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out: [number, number][] = [];
  const weightOf = new Map(edges.map((e) => [`${e.a}:${e.b}`, e.weight]));
  for (let j = 1; j <= m; j++) {
    if (p[j] === 0) continue;
    const row = rows[p[j]! - 1]!;
    const col = cols[j - 1]!;
    const [a, b] = transpose ? [col, row] : [row, col];
    // A zero-cost cell is "no edge": the algorithm had to put the row somewhere.
    if (weightOf.has(`${a}:${b}`)) out.push([a, b]);
  }
  return out;
}
