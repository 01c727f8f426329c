// The next occasion of a series and the one just held. A source that announces the next one
// ("the track will meet again in Brellin later in March", "we will answer at the next round")
// writes after the last one ended: an occasion that ended before the source wrote is the one it
// follows, not the one it announces, however alike their place, people and words.
import type { EventProfile } from './eventProfile.ts';

/**
 * Whether `next` is the next occasion of a series, told by a source published on `published`,
 * and `held` ended before that day.
 */
export function heldBeforeNext(
  next: EventProfile,
  held: EventProfile,
  published: string | undefined,
): boolean {
  return next.next && published !== undefined && held.days !== undefined && held.days[1] < published;
}
