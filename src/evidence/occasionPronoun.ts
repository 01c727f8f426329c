// An occasion told by "it": "It will take place in Fjellby on 20 March." under a briefing item
// headed "On the next round of talks", or answering "When is the next round of talks?". The
// sentence names no occasion; its subject stands for the one the heading, the question or the
// sentence before names, and it is dated and placed like "The next round will take place ...".
// Foreign-ministry briefings are built of such items, and answers say "It ..." (probe 17, class 9).
import type { EventClaimKind } from './types.ts';

// "It will take place", "This was held", an answer turn's "Answer: It took place": the subject a
// pronoun, the verb one that tells an occasion happens.
const PRONOUN_HAPPENS =
  /^(?:[\p{Lu}][\p{L} .'’-]{0,40}:\s+)?(?:It|This|That)\s+(?:(?:will|would|is to|is going to|should|shall|could|may)\s+(?:now\s+|also\s+)?(?:take place|be held|begin|open|start)|(?:took place|was held|has been held|began|opened|started)|(?:is|was|has been|had been)\s+(?:now\s+)?(?:scheduled|set|planned|fixed|slated)\s+(?:for|on))\b/u;

// The occasion the words before name, the nearest last: its noun and the kind of event it is.
const OCCASION =
  /\b(?:(round|talks|negotiations|consultations)|(meeting|session|summit|signing|initialling|ceremony|conference)|(visit|trip)|(call|conversation))\b/gi;
const KINDS: EventClaimKind[] = ['talks', 'meeting', 'visit', 'call'];

// What stands before: back to the last paragraph's break but one (a heading or a question and
// the answer's turn), never past a sentence that names something else after the occasion.
const LAST_LINES = /(?:^|\n)([^\n]*\n+[^\n]*)$/;

/** The kind of occasion "it" stands for at the start of `sentence`, if the words before name one. */
export function pronounOccasion(sentence: string, before: string): EventClaimKind | undefined {
  if (!PRONOUN_HAPPENS.test(sentence)) return undefined;
  const trimmed = before.trimEnd();
  const lines = LAST_LINES.exec(trimmed)?.[1] ?? trimmed;
  // The sentence just before, or the heading or question of the item.
  const near = lines.split(/(?<=[.!?])\s+/).at(-1) ?? lines;
  const hits = [...near.matchAll(OCCASION)];
  const last = hits.at(-1);
  if (!last) return undefined;
  const group = last.slice(1).findIndex((g) => g !== undefined);
  return KINDS[group];
}
