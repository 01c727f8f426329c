// A time limit set for an act: "share case data within 48 hours", "will exchange confirmed case
// data within 24 hours of confirmation", "answer within a week". Drafts, counter-proposals and
// reports give one act's limit in other figures and units (48 hours, 72 hours, two days): two
// sources that each set a limit for the same act are about one thing, agree or not.
import { aboutOthers } from './linkLikeness.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import { NUMBER } from './numberWords.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const LIMIT = new RegExp(
  String.raw`\bwithin\s+(?:${NUMBER}|an?|one)(?:\s*\(\d+\))?[\s-]+(?:hours?|days?|weeks?|months?)\b`,
  'giu',
);
// The act a limit is set for sits in its clause: the words before it back to a clause's end, and
// those after it to the next ("within 24 hours of confirmation").
const BEFORE = 80;
const AFTER = 50;
const CLAUSE_END = /[.;:!?]/;
const CLAUSE_MARKS = ['.', ';', ':', '!', '?'];
// Words of the limit itself, not of what it is set for.
const LIMIT_WORDS = new Set(['within', 'hour', 'day', 'week', 'month', 'time', 'period', 'deadline']);
// Two acts alike in one word ("data", "report") are often two acts; two words name one.
const SHARED_WORDS = 2;

/** The meaning words of the acts each limit of a passage is set for (empty where it sets none). */
export const limitedActs = perPassage((p: Passage): Set<string> => {
  const words = new Set<string>();
  for (const m of p.text.matchAll(LIMIT)) {
    const before = p.text.slice(Math.max(0, m.index - BEFORE), m.index);
    const cut = Math.max(...CLAUSE_MARKS.map((c) => before.lastIndexOf(c))) + 1;
    const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + AFTER);
    const end = after.search(CLAUSE_END);
    const own = meaningWords(m[0]);
    const clause = `${before.slice(cut)} ${end === -1 ? after : after.slice(0, end)}`;
    for (const w of meaningWords(clause)) if (!own.has(w) && !LIMIT_WORDS.has(w)) words.add(w);
  }
  return words;
});

/** Whether two passages set a time limit for one act, in whatever figure: its words, shared. */
export function oneTimeLimit(a: Passage, b: Passage, roster: Roster): string | undefined {
  const [x, y] = [limitedActs(a, roster), limitedActs(b, roster)];
  if (x.size === 0 || y.size === 0) return undefined;
  const both = [...x].filter((w) => y.has(w) && !a.nameWords.has(w) && !b.nameWords.has(w));
  if (both.length < SHARED_WORDS || aboutOthers(a, b, roster)) return undefined;
  return `one time limit to ${both.join(' ')}`;
}
