// A short sentence that dates a measure states the most basic fact a negotiation schedules:
// "The ceasefire will begin on 14 March.", "The swap is set for 15 March.", "Ceasefire from 15
// March." It has too few words to be compared by words as a passage of its own length would be
// (passages.ts keeps such sentences only to place someone at an event), yet its act noun and
// its day are the claim: it is compared like any sentence. A dateline or "Our team is in
// Belhaven today." names no act and stays short.
import { findDates } from './dates.ts';

// The measures and occasions a readout, briefing or post dates.
const ACT_NOUN =
  /\b(?:cease-?fires?|truces?|armistice|exchanges?|swaps?|withdrawals?|pull-?backs?|pullouts?|releases?|handovers?|deployments?|talks|round|summit|signing|ceremony|pause|halt|moratorium|corridors?|evacuations?|inspections?|elections?|vote|referendum)\b/i;

/** Whether a sentence of few words names a measure or occasion and gives it a day. */
export function datesAct(text: string, published: string | undefined): boolean {
  return ACT_NOUN.test(text) && findDates(text, published).length > 0;
}
