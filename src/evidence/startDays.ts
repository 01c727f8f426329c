// When a thing the talks set up starts working: "the monitoring centre will become operational on
// 1 June", "the ferry crossing reopens on 3 May", "the hotline is to go live by 15 July". Sources
// that give the day of one thing's start speak of one thing, on the same day or not: a start moved
// ("will open on 1 July instead of 1 June") is told with another day by the sources that had the
// first. The thing is named before the words of the start; the day follows them closely, with no
// object between ("opened the session on 3 May" opens something else: no start of the opener).
import { findDates } from './dates.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const MODAL = String.raw`(?:will|would|to|shall|should|could|may|might|must|can|cannot|'ll)\s+(?:not\s+|now\s+|then\s+)?`;
const START = new RegExp(
  [
    String.raw`\b(?:become|becomes|became|becoming|be|being|is|are|was|were)\s+(?:fully\s+)?(?:operational|up and running)\b`,
    String.raw`\b(?:come|comes|came|go|goes|went|enter|enters|entered)\s+(?:into\s+)?(?:operation|service)\b`,
    String.raw`\b(?:go|goes|went)\s+live\b`,
    String.raw`\b(?:start|starts|started|begin|begins|began)\s+(?:operating|operations|working)\b`,
    // "open" as a verb of the thing itself; "is open" and "remains open" say a state, not a start.
    String.raw`\b(?:${MODAL}(?:re)?open|(?:re)?open(?:s|ed))\b`,
  ].join('|'),
  'gi',
);
// Between the start and its day: a few words, no object ("opened the crossing on 3 May") and no
// sentence end.
const GAP = /^(?:\s+(?!(?:the|a|an|its|their|his|her|our|this|that)\b)[\p{L}\p{N},'’-]+){0,6}?\s*$/u;
const THING_WORDS = 8;
// Words that say when or how the start is planned, or what kind of thing it is, not which.
const NOT_THING = new Set(
  ['date', 'day', 'schedule', 'due', 'mean', 'expect', 'plan', 'set', 'now', 'still', 'also', 'first'].concat(
    ['shared', 'share', 'joint', 'common', 'new', 'base', 'agree', 'provide', 'would', 'should'],
  ),
);

/** The meaning words of each thing a passage says starts on a day (read once per passage). */
export const startsOf = perPassage((p: Passage): Set<string> => {
  const things = new Set<string>();
  const starts = [...p.text.matchAll(START)];
  // Dates are read only where a start is told: most passages tell none.
  const dates = starts.length > 0 ? findDates(p.text, p.published).filter((d) => !d.vague) : [];
  for (const m of dates.length > 0 ? starts : []) {
    const end = m.index + m[0].length;
    const day = dates.find((d) => d.index >= end && GAP.test(p.text.slice(end, d.index)));
    if (!day) continue;
    const before = p.text
      .slice(0, m.index)
      .split(/[.;:!?]\s/)
      .at(-1)!;
    const named = before.split(/\s+/).slice(-THING_WORDS).join(' ');
    for (const w of meaningWords(named)) if (!NOT_THING.has(w) && !p.nameWords.has(w)) things.add(w);
  }
  return things;
});

/** What two passages both say starts on a day, if they do. */
export function oneStart(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [startsOf(a, roster), startsOf(b, roster)];
  const both = [...x].filter((w) => y.has(w));
  return both.length > 0 ? `when the ${both.join(' ')} starts` : undefined;
}
