// When a text first reached the press, and how long it was: "an Arvenian daily published the
// draft on Monday", "the plan first appeared in a newspaper on March 2, in a version of twenty-one
// points", "the first draft, which had 20 points, was leaked to a Drava newspaper on March 3". A
// leak is one occasion of one text: two sources giving it two days, or the leaked text two lengths,
// cannot both be right. A revised text leaked later is another occasion.
import { findDates } from './dates.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

export interface Leak {
  /** The day the text reached the press: the date nearest the words that say so. */
  day?: string;
  /** How many points (clauses, articles) the leaked text had, where the passage counts them. */
  points?: number;
}

// The press as the text's first reader: leaked to it, appeared in it, published by it, passed
// round among its reporters ("copies went round among journalists on the 4th").
const PRESS = '(?:press|newspapers?|daily|dailies|media|paper|tabloid|weekly)';
const LEAKED = new RegExp(
  String.raw`\b(?:leaked|appeared in (?:the |a |an )?(?:[\p{L}-]+ ){0,3}?${PRESS}|published (?:by|in) (?:the |a |an )?(?:[\p{L}-]+ ){0,3}?${PRESS}|${PRESS} published|published without (?:authori[sz]ation|consent)|the leak of|circulated (?:among|to) (?:the )?(?:journalists|reporters|${PRESS}))\b`,
  'giu',
);
// A revised, counter or later text leaked is another text than the first.
const OTHER_TEXT =
  /\b(?:revised|new|updated|amended|latest|second|final|counter-?(?:proposals?|drafts?|texts?))\s+(?:[\w-]+\s+){0,2}?(?:texts?|drafts?|framework|plan|document|version|paper|memorandum|proposals?)\b|\brevision\b|\bcounter-?proposals?\b/i;
const COUNTED = /^(?:point|clause|article)$/;
const DAY_REACH = 60;
// Two sources that both say the first leak speak of one occasion though they differ on its day
// and on the text's length; otherwise differing on both, they tell two leaks.
const FIRST = /\b(?:first|earlier|initial|original)\b/i;

// Words between a size and the leak that set the size apart from the leaked text: "a nine-point
// roadmap … replaces a 14-point draft that leaked", "eight points, not the twelve of the leaked version".
const SET_APART =
  /\b(?:not|replac(?:es|ed|ing)|supersed(?:es|ed|ing)|instead of|down from|up from|than|compared with)\b/i;

// A count further than this from the words of the leak is not told of it; the cap also keeps the
// reading linear on a run-on sentence of counts and leaks.
const SIZE_REACH = 200;

/** The size of the leaked text: the count nearest the words of the leak with nothing setting it apart. */
function leakedSize(p: Passage, said: RegExpExecArray[]): number | undefined {
  const counts = p.quantities.filter((q) => COUNTED.test(q.unit)).sort((x, y) => x.index - y.index);
  let best: { value: number; distance: number } | undefined;
  // One pass over counts and leak words in order: a farther leak word has the nearer one's words
  // between it and the count too, so only the nearest before and the nearest after can be nearest.
  let next = 0;
  for (const q of counts) {
    while (next < said.length && said[next]!.index <= q.index) next++;
    const before = said[next - 1];
    const after = said[next];
    const stretches: [number, number][] = [];
    if (before) stretches.push([before.index + before[0].length, q.index]);
    if (after) stretches.push([q.index + q.text.length, after.index]);
    for (const [from, to] of stretches) {
      const distance = Math.max(0, to - from);
      if (distance > SIZE_REACH || (best && distance >= best.distance)) continue;
      if (SET_APART.test(p.text.slice(from, from + distance))) continue;
      best = { value: q.value, distance };
    }
  }
  return best?.value;
}

/** What a passage says of a text's leak to the press, if it says one. */
export const leakOf = perPassage((p): Leak | undefined => {
  const said = [...p.text.matchAll(LEAKED)];
  if (said.length === 0) return undefined;
  // The day follows the words in their clause: "leaked to a newspaper on March 3"; a day before
  // them is another act's ("delivered on 27 February and leaked days later").
  const dates = findDates(p.text, p.published).filter((d) => !d.vague);
  const dayAfter = (m: RegExpExecArray) => {
    const at = m.index + m[0].length;
    const clause = p.text.slice(at, at + DAY_REACH).split(/[;:]/)[0]!;
    return dates.find((d) => d.index >= at && d.index < at + clause.length)?.iso;
  };
  const day = said.map(dayAfter).find((d) => d !== undefined);
  const points = leakedSize(p, said);
  return { ...(day ? { day } : {}), ...(points !== undefined ? { points } : {}) };
});

/** What two passages on one leak disagree on: its day and the leaked text's length, each where both give it. */
export function leakApart(
  a: Passage,
  b: Passage,
  roster: Roster,
): { day?: [string, string]; points?: [number, number] } {
  // Asked of every pair of passages: the remembered reading first.
  const x = leakOf(a, roster);
  const y = x && leakOf(b, roster);
  if (!x || !y || OTHER_TEXT.test(a.text) || OTHER_TEXT.test(b.text)) return {};
  const dayApart = x.day !== undefined && y.day !== undefined && x.day !== y.day;
  const lengthApart = x.points !== undefined && y.points !== undefined && x.points !== y.points;
  if (dayApart && lengthApart && !(FIRST.test(a.text) && FIRST.test(b.text))) return {};
  return {
    ...(x.day && y.day && x.day !== y.day ? { day: [x.day, y.day] as [string, string] } : {}),
    ...(x.points !== undefined && y.points !== undefined && x.points !== y.points
      ? { points: [x.points, y.points] as [number, number] }
      : {}),
  };
}
