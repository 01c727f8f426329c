// Adjusted Winner (Brams & Taylor, "Fair Division", 1996, ch. 4; "The Win-Win Solution", 1999):
// two parties spread points over items; each item first goes to whoever values it more, then
// items pass from the leader to the trailer, in increasing order of the leader's ratio of
// points, until the points are equal — at most one item is split. Exact rationals throughout.
//
// Tie rules, stated because the procedure leaves them open:
// - an item both value equally (0 and 0 included) goes first, with every other such item, to the
//   party with fewer points from the items that are not tied (Brams's rule in his worked example);
//   when those totals are equal too, to the first-listed party;
// - items of equal ratio pass in the order the file lists them;
// - an item the leader values 0 and the other 0 never passes (moving it changes nothing); one only
//   the leader values (ratio infinite) passes last.
import { ParleyError } from '../core/errors.ts';
import { Rational } from './rational.ts';

export interface AwItem {
  item: string;
  /** Points of the first and the second party, ≥ 0 (they need not sum to 100). */
  points: [Rational, Rational];
}

export interface AwInput {
  parties: [string, string];
  items: AwItem[];
}

export interface AwResult {
  /** Item → party → the share it gets ("1", "0", "1/6"). */
  allocation: Record<string, Record<string, string>>;
  /** Each party's points after the first (winner) phase, tied items included. */
  initialPoints: Record<string, string>;
  /** Each party's final points: equal. */
  points: Record<string, string>;
  /** The one item divided, or null when whole items balance exactly. */
  split: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(where: string, path: string, message: string): never {
  throw new ParleyError('invalid_input', `Deals: ${where}: ${path}: ${message}`, { field: path, where });
}

/**
 * Reads `{"parties":["A","B"],"items":[{"item":"X","A":35,"B":55}, …]}`. Throws `invalid_input`
 * naming the path: not two parties, an unknown or missing party's points, a negative or
 * non-numeric point, a duplicate item.
 */
export function parseAwInput(json: unknown, where: string): AwInput {
  if (!isObject(json)) fail(where, '(top)', 'expected {"parties":["A","B"],"items":[…]}');
  for (const key of Object.keys(json)) {
    if (key !== 'parties' && key !== 'items' && key !== 'title')
      fail(where, key, 'unknown field; the fields are "parties", "items"');
  }
  const parties = json.parties;
  if (
    !Array.isArray(parties) ||
    parties.length !== 2 ||
    parties.some((p) => typeof p !== 'string' || p === '')
  ) {
    fail(where, 'parties', 'Adjusted Winner divides between exactly two parties: write "parties":["A","B"]');
  }
  const [a, b] = parties as [string, string];
  if (a === b) fail(where, 'parties[1]', `duplicate party "${b}"; name two different parties`);
  if (!Array.isArray(json.items) || json.items.length === 0)
    fail(where, 'items', 'expected a non-empty list of items');
  const seen = new Set<string>();
  const items = json.items.map((raw, i): AwItem => {
    const at = `items[${i}]`;
    if (!isObject(raw)) fail(where, at, `expected {"item":"X","${a}":35,"${b}":55}`);
    if (typeof raw.item !== 'string' || raw.item === '')
      fail(where, `${at}.item`, "expected the item's name");
    if (seen.has(raw.item)) fail(where, `${at}.item`, `duplicate item "${raw.item}"; list each item once`);
    seen.add(raw.item);
    for (const key of Object.keys(raw)) {
      if (key !== 'item' && key !== a && key !== b)
        fail(where, `${at}.${key}`, `unknown party "${key}"; use "${a}" or "${b}"`);
    }
    const points = [a, b].map((party) => {
      if (raw[party] === undefined)
        fail(where, `${at}.${party}`, `no points from "${party}"; give 0 or more`);
      const value = Rational.parse(raw[party], `Deals: ${where}: ${at}.${party}`);
      if (value.cmp(Rational.ZERO) < 0)
        fail(where, `${at}.${party}`, `negative points ${value}; points are 0 or more`);
      return value;
    }) as [Rational, Rational];
    return { item: raw.item, points };
  });
  return { parties: [a, b], items };
}

const sum = (values: Rational[]) => values.reduce((x, y) => x.add(y), Rational.ZERO);

/** Runs Adjusted Winner; pure and exact (see the tie rules at the top of this file). */
export function adjustedWinner(input: AwInput): AwResult {
  const { parties, items } = input;
  // owner[i]: 0 or 1, and share[i]: the fraction party 0 keeps (1 or 0 until a split).
  const owner = items.map(({ points: [x, y] }) => (x.cmp(y) > 0 ? 0 : x.cmp(y) < 0 ? 1 : -1));
  const untied = [0, 1].map((p) => sum(items.filter((_, i) => owner[i] === p).map((it) => it.points[p]!)));
  const tiedTo = untied[1]!.cmp(untied[0]!) < 0 ? 1 : 0;
  for (let i = 0; i < owner.length; i++) if (owner[i] === -1) owner[i] = tiedTo;
  const held = (p: number) => sum(items.filter((_, i) => owner[i] === p).map((it) => it.points[p]!));
  const initial = [held(0), held(1)];
  const share = owner.map((o) => (o === 0 ? Rational.ONE : Rational.ZERO));
  let split: string | null = null;

  const order = initial[0]!.cmp(initial[1]!);
  if (order !== 0) {
    const leader = order > 0 ? 0 : 1;
    const other = 1 - leader;
    // The leader's items by increasing ratio leader/other; x/0 is infinite; 0/0 never moves.
    const movable = items
      .map((it, i) => ({ i, lead: it.points[leader]!, gain: it.points[other]! }))
      .filter(({ i, lead, gain }) => owner[i] === leader && !(lead.isZero() && gain.isZero()));
    movable.sort((p, q) => {
      if (p.gain.isZero() || q.gain.isZero()) return Number(p.gain.isZero()) - Number(q.gain.isZero());
      return p.lead.mul(q.gain).cmp(q.lead.mul(p.gain));
    });
    let [lead, trail] = [initial[leader]!, initial[other]!];
    for (const m of movable) {
      const [after, gained] = [lead.sub(m.lead), trail.add(m.gain)];
      const balance = after.cmp(gained);
      if (balance >= 0) {
        share[m.i] = leader === 0 ? Rational.ZERO : Rational.ONE;
        [lead, trail] = [after, gained];
        if (balance === 0) break;
        continue;
      }
      // The leader keeps k of the item: after + k·lead = trail + (1 − k)·gain.
      const keep = trail.add(m.gain).sub(after).div(m.lead.add(m.gain));
      share[m.i] = leader === 0 ? keep : Rational.ONE.sub(keep);
      split = items[m.i]!.item;
      break;
    }
  }

  const allocation: AwResult['allocation'] = {};
  items.forEach((it, i) => {
    allocation[it.item] = {
      [parties[0]]: share[i]!.toString(),
      [parties[1]]: Rational.ONE.sub(share[i]!).toString(),
    };
  });
  const final = [0, 1].map((p) =>
    sum(items.map((it, i) => it.points[p]!.mul(p === 0 ? share[i]! : Rational.ONE.sub(share[i]!)))),
  );
  return {
    allocation,
    initialPoints: { [parties[0]]: initial[0]!.toString(), [parties[1]]: initial[1]!.toString() },
    points: { [parties[0]]: final[0]!.toString(), [parties[1]]: final[1]!.toString() },
    split,
  };
}
