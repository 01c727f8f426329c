// A party's share of a whole the text names ("Norland's share of the grain quota is put at 900,000
// tonnes", "Kessel's portion of the catch would be 40 tonnes") is a part of that whole, in any unit.
// Against a figure another passage gives for that whole or a kind of it, naming no such party ("a
// grain quota of 2.1 million tonnes", "a sugar quota of 350,000 tonnes"), it counts another thing.
// A giver's share of a pot of money is moneyShares.ts's.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

// The party, then the whole's words up to its head noun, then the verb that gives the figure.
const SHARE_OF =
  /\b(\p{Lu}[\p{L}-]+)['’]s\s+(?:own\s+)?(?:share|part|portion|allocation)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:(?:is|was|will be|would be)(?:\s+(?:put|set|fixed|capped))?(?:\s+at)?|stands at|amounts to)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|up to\s+)?$/u;

/** The party and the whole's head noun a figure is told as the share of (read once per figure). */
const shareOf = oncePerFigure((text: string, q: Quantity): { party: string; whole: string } | undefined => {
  const m = SHARE_OF.exec(text.slice(Math.max(0, q.index - 100), q.index));
  return m ? { party: m[1]!, whole: m[2]!.toLowerCase() } : undefined;
});

/** Whether one figure is a party's share and the other's passage gives the whole without that party. */
export function shareAndWhole(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [sx, sy] = [shareOf(ta, x), shareOf(tb, y)];
  if ((sx === undefined) === (sy === undefined)) return false;
  const [share, other] = sx ? [sx, tb] : [sy!, ta];
  const words = other.toLowerCase();
  return new RegExp(`(?<!\\p{L})${share.whole}s?(?!\\p{L})`, 'u').test(words) && !other.includes(share.party);
}
