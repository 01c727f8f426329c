// One contributor's share of a mission against another's: "Tapajara will contribute 25 military
// observers to the mission" and "the participation of up to 40 military observers of the Armed
// Forces in the mission", the second from another government's council. Two shares are two
// figures for one share only where both passages name a contributor in common.

import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

/** Whether two counts are shares of a body (contributions.ts) that no common contributor ties. */
export function sharesOfTwo(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  if (x.stage !== 'contribution' || y.stage !== 'contribution') return false;
  return !a.names.some((id) => b.names.includes(id));
}
