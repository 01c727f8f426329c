// Merges (n→1) and splits (1→n) from what the one-to-one assignment left over: an
// unmatched provision that is mostly contained in a provision of the other draft joins
// that provision's group when it makes the group explain noticeably more of it.

import type { Node } from './prepare.ts';
import { containment, sumVectors, type TermVector } from './vectors.ts';

/** A pairing in level indices; one side has one member unless it is n→1 or 1→n. */
export interface Group {
  from: number[];
  to: number[];
}

/** Least share of a piece's words found in the whole for it to count as a part. */
const PART_CONTAINMENT = 0.55;
/**
 * The same for a piece standing right beside a part already paired with that whole: its
 * position is evidence too, so a heavily reworded half of a split still joins its twin.
 */
const ADJACENT_PART_CONTAINMENT = 0.3;
/** The same read for meaning (a twin's rewritten half). */
const ADJACENT_PART_MEANING = 0.25;
/** Least gain in how much of the whole the group explains for a piece to join. */
const MIN_GAIN = 0.05;
/**
 * The same when the piece joins on meaning: that reading makes any two texts more alike, so
 * it must explain more of the whole. (Measured: rewritten halves of synthetic splits gain
 * 0.11 to 0.40 read for meaning; the new options Paris 2015 adds beside a paragraph at most 0.08.)
 */
const MIN_MEANING_GAIN = 0.1;
/** Least share of the whole the pieces must explain for a new group among unmatched provisions. */
const MIN_COVER = 0.5;

/**
 * Extends `groups` in place with merges and splits. `near(side, i)` lists the other side's
 * candidate indices for provision i (from the candidate step).
 */
export function growGroups(
  from: readonly Node[],
  to: readonly Node[],
  groups: Group[],
  near: (side: 'from' | 'to', i: number) => readonly number[],
): void {
  // Merges first, then splits on what is still free: n:m tangles are left as separate pairs.
  attach('from', from, to, groups, near);
  attach('to', to, from, groups, near);
}

function attach(
  side: 'from' | 'to',
  pieces: readonly Node[],
  wholes: readonly Node[],
  groups: Group[],
  near: (side: 'from' | 'to', i: number) => readonly number[],
): void {
  const mine = (g: Group) => (side === 'from' ? g.from : g.to);
  const theirs = (g: Group) => (side === 'from' ? g.to : g.from);
  const groupOfWhole = new Map<number, Group>();
  const used = new Set<number>();
  for (const g of groups) {
    for (const i of mine(g)) used.add(i);
    if (theirs(g).length === 1) groupOfWhole.set(theirs(g)[0]!, g);
  }
  const busyWholes = new Set(groups.flatMap((g) => theirs(g)));
  const offers: { piece: number; whole: number; share: number; read: 'words' | 'meaning' }[] = [];
  const besideTwin = (piece: number, whole: number) => {
    const group = groupOfWhole.get(whole);
    return group !== undefined && mine(group).some((m) => Math.abs(m - piece) === 1);
  };
  // The wholes whose group holds a piece's neighbour: a rewritten half may share too few
  // words as written to be among its candidates, but it stands beside its twin.
  const groupOfPiece = new Map<number, Group>();
  for (const g of groups) if (theirs(g).length === 1) for (const m of mine(g)) groupOfPiece.set(m, g);
  const twinsOf = (piece: number) =>
    [groupOfPiece.get(piece - 1), groupOfPiece.get(piece + 1)].flatMap((g) => (g ? theirs(g) : []));
  pieces.forEach((node, piece) => {
    if (used.has(piece) || node.terms.length === 0) return;
    let best = { whole: -1, share: 0, read: 'words' as 'words' | 'meaning' };
    // A "[removed]" slot is never content, so never a part (the candidate step leaves it out too).
    const beside = node.placeholder ? [] : twinsOf(piece);
    for (const whole of new Set([...near(side, piece), ...beside])) {
      const twin = besideTwin(piece, whole);
      const words = containment(node.tree, wholes[whole]!.tree);
      // Beside its twin, a piece's words may also be read for meaning (abbreviations, word
      // families); that reading makes any two texts more alike, so such a piece must then
      // explain more of the whole to join (MIN_MEANING_GAIN).
      const meaning =
        twin && words < ADJACENT_PART_CONTAINMENT ? containment(node.meaning, wholes[whole]!.meaning) : 0;
      const onMeaning = meaning >= ADJACENT_PART_MEANING && meaning > words;
      const share = onMeaning ? meaning : words;
      if (!onMeaning && share < (twin ? ADJACENT_PART_CONTAINMENT : PART_CONTAINMENT)) continue;
      if (share > best.share || (share === best.share && whole < best.whole))
        best = { whole, share, read: onMeaning ? 'meaning' : 'words' };
    }
    if (best.whole >= 0) offers.push({ piece, ...best });
  });
  offers.sort((x, y) => y.share - x.share || x.piece - y.piece);
  const pending = new Map<number, number[]>();
  for (const { piece, whole, read } of offers) {
    const group = groupOfWhole.get(whole);
    if (group) {
      const members = mine(group);
      const enough =
        read === 'words'
          ? gain(wholes[whole]!, pieces, members, piece, (n) => n.tree) >= MIN_GAIN
          : gain(wholes[whole]!, pieces, members, piece, (n) => n.meaning) >= MIN_MEANING_GAIN;
      if (enough) members.push(piece);
    } else if (!busyWholes.has(whole)) {
      pending.set(whole, [...(pending.get(whole) ?? []), piece]);
    }
  }
  for (const [whole, members] of [...pending.entries()].sort((x, y) => x[0] - y[0])) {
    const cover = containment(wholes[whole]!.tree, sumVectors(members.map((i) => pieces[i]!.tree)));
    if (cover < MIN_COVER) continue;
    const sorted = members.sort((x, y) => x - y);
    groups.push(side === 'from' ? { from: sorted, to: [whole] } : { from: [whole], to: sorted });
  }
  for (const g of groups) mine(g).sort((x, y) => x - y);
}

function gain(
  whole: Node,
  pieces: readonly Node[],
  members: readonly number[],
  piece: number,
  read: (n: Node) => TermVector,
): number {
  const before = containment(read(whole), sumVectors(members.map((i) => read(pieces[i]!))));
  const after = containment(read(whole), sumVectors([...members, piece].map((i) => read(pieces[i]!))));
  return after - before;
}
