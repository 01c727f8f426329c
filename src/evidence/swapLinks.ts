// One swap of people as each source counts it: "an exchange of prisoners: 175 for 175", "175
// on each side", "175 servicemen had been returned from each side". The formula and "each side"
// give what one side hands over, so one figure per side in two sources is one count of one swap,
// whatever each calls the people (prisoners, servicemen, "our people").
import { perSideCounts } from './exchanges.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

// Ten people a side are any ten: a figure this large is itself a sign of one swap.
const TELLING_COUNT = 20;

// The figure, then a few words of its clause, then whose: "175 prisoners were released by each
// side", "175 servicemen had been returned from each side" (exchanges.ts reads the figure right
// before "each side" only).
const FROM_EACH_SIDE =
  /\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:[a-z]+\s+){1,5}?(?:by|from|on|to|for) (?:each|either|both) (?:side|sides|party|parties)\b/g;
// A figure of a measure is a band's width, not people: "10 kilometres on either side".
const MEASURE = /^\d[\d,]*\s+(?:km|kilomet\w*|miles?|met(?:re|er)s?|nautical|per ?cent|percent|%)/i;
const SWAP =
  /\b(?:exchang\w*|swap\w*|releas\w*|freed|handed over|returned|prisoners?|detainees?|captives?|hostages?|POWs?)\b/i;

export const perSide = perPassage((p) => {
  const told = perSideCounts(p.text);
  if (SWAP.test(p.text))
    for (const m of allMatches(FROM_EACH_SIDE, p.text))
      if (!MEASURE.test(p.text.slice(m.index))) told.push(Number(m[1]!.replace(/,/g, '')));
  return told.filter((n) => n >= TELLING_COUNT);
});

/** The count for each side two passages give one swap, where both give the same. */
export function oneSwap(a: Passage, b: Passage, roster: Roster): number | undefined {
  const theirs = perSide(b, roster);
  return perSide(a, roster).find((n) => theirs.includes(n));
}
