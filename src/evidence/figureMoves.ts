// A figure told as how far something moved, not where it stands: "costs rose by 17 per cent",
// "revenue fell by a third", "remittances were down 6 percent", "a 4 percent increase". Reports on
// a dispute mix such movements with the levels a text sets ("increases capped at 4 per cent", "12
// per cent of the catch"); a movement is no account of a level, and a rise is none of a fall.
// Two movements the same way may still count one thing two ways.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

type Direction = 'up' | 'down';

const HEDGE = String.raw`(?:(?:about|some|nearly|almost|roughly|around|over|under|more than|less than|just over|just under|close to)\s+)?`;
// A verb of movement right before the figure, "by" optional: "rose 17 percent", "has fallen by a
// third". "Rose to 400" tells where it stands now (figureChange.ts), so no "to" may come between.
const VERB_BEFORE = new RegExp(
  String.raw`\b(?:(rose|risen|rises|grew|grown|grows|jumped|climbed|increased|gained)|(fell|fallen|falls|dropped|declined|decreased|slumped|shrank|shrunk))(?:\s+by)?\s+${HEDGE}$`,
  'iu',
);
// "Up"/"down" alone before a share: "were down 6 percent", "exports, up by a fifth". Before a
// count it is often a verb's particle ("brought down 12 drones"), so only shares are read so, and
// only after a form of "be", a comma or a bracket: after another verb it is that verb's particle
// ("made up 40 percent", "set down", "cut down", "paid up").
const PARTICLE_BEFORE = new RegExp(
  String.raw`(?:\b(?:is|are|was|were|be|been|being|remains?|remained|stood)\s+|[,(]\s*|^\s*)(?:(up)|(down))(?:\s+by)?\s+${HEDGE}$`,
  'iu',
);
// A noun of movement right after the figure: "a 4 percent increase", "a 9% drop".
const NOUN_AFTER = /^\s*(?:(rise|increase|jump|gain|hike)|(drop|fall|decline|decrease|reduction))\b/iu;

const REACH = 40;

/** Which way a figure is told as having moved, if its words tell it as a movement (read once per figure). */
export const movementOf = oncePerFigure((text: string, q: Quantity): Direction | undefined => {
  const before = text.slice(Math.max(0, q.index - REACH), q.index);
  const m =
    VERB_BEFORE.exec(before) ??
    (q.unit === 'percent' ? PARTICLE_BEFORE.exec(before) : null) ??
    NOUN_AFTER.exec(text.slice(q.index + q.text.length, q.index + q.text.length + REACH));
  if (!m) return undefined;
  return m[1] ? 'up' : 'down';
});

/**
 * Whether two figures measure two things because one is told as a movement and the other as a
 * level, or the two as movements opposite ways.
 */
export function movedAndStanding(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  return movementOf(ta, x) !== movementOf(tb, y);
}
