// A time limit set for an act: "Drava would hand over its flood records within 48 hours", "Torvania
// will pass on the flood records within two days of a request". Drafts, counter-proposals and
// reports give one act's limit in other figures and units (48 hours, 72 hours, two days): two
// sources that each set a limit for the same act are about one thing, agree or not.
import { SPAN_WORDS, TIME_WORDS } from './countedAndMeasured.ts';
import { clauseOfDate } from './deadlines.ts';
import { aboutOthers } from './linkLikeness.ts';
import { perPassage } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import { spans } from './timeSpans.ts';
import type { Roster } from './types.ts';

// The act starts at the verb the limit binds ("agreed to hand over", "would hand over", "must
// reopen"): the words before it are who acts, and a limit with none is told, not set ("they
// arrived within two hours of the storm").
const SET_FOR = /\b(?:to|would|will|must|shall|should)\s/i;
// In the passive the thing acted on stands just before the verb ("case files to be handed over").
const PASSIVE = /^be\b/i;
const PATIENT_WORDS = 3;
const WINDOW = 120;
// Two acts alike in one word ("data", "report") are often two acts; two words name one.
const SHARED_WORDS = 2;

// The meaning words of the acts each limit of a passage is set for (empty where it sets none);
// the clause ends before a comma, so a sayer after it (", the mediator said") is no part.
const limitedActs = perPassage((p: Passage): Set<string> => {
  const words = new Set<string>();
  for (const limit of spans(p.text, true)) {
    if (!/^within\b/i.test(limit.text)) continue;
    // Read in a window around the limit: a long passage of many limits is read once, not once a limit.
    const start = Math.max(0, limit.index - WINDOW);
    const end = limit.index + limit.text.length + WINDOW;
    const { before, after } = clauseOfDate(p.text.slice(start, end), {
      ...limit,
      index: limit.index - start,
    });
    const verb = SET_FOR.exec(before);
    if (!verb) continue;
    const own = meaningWords(limit.text);
    const bound = before.slice(verb.index + verb[0].length);
    const patient = PASSIVE.test(bound)
      ? before
          .slice(0, verb.index)
          .split(/\s+/)
          .slice(-PATIENT_WORDS - 1)
          .join(' ')
      : '';
    for (const w of meaningWords(`${patient} ${bound} ${after}`))
      if (!own.has(w) && !TIME_WORDS.has(w) && !SPAN_WORDS.test(w) && !p.nameWords.has(w)) words.add(w);
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
