// A document of the invented Arvenia–Torvania talks as linking takes it, and the
// disagreements linking finds between such documents, as "kind ab" lines (the two sources' names run together).
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { linkSources } from '../../src/evidence/link.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { textReached } from '../../src/evidence/textDelivery.ts';
import type { Roster } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

/** A document read with the roster its test links with (the test roster unless a test extends it). */
export const doc = (
  source: string,
  cleanText: string,
  genre: Genre = 'news',
  published = '2031-03-05',
  readWith: Roster = roster,
) => ({
  source,
  cleanText,
  published,
  claims: extractClaims(cleanText, { roster: readWith, published, genre }),
});

/** A readout's line quoting a leader, and a wire's quoting a speaker a day later: one quotation told twice. */
export const readoutQuoting = (words: string) =>
  doc(
    'a',
    `Foreign Minister Solberg's Call with President Kostal\n\nThe following is attributable to the Spokesperson: President Kostal told the Foreign Minister that "${words}."`,
    'readout',
    '2031-03-05',
  );
export const wireQuoting = (words: string, who = 'Kostal', published = '2031-03-06') =>
  doc('b', `KESSEL, March 6 (Wirenews) - "${words}," ${who} said.`, 'news', published);

export const kinds = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).disagreements.map((d) => `${d.kind} ${d.a.source}${d.b.source}`);

type Linkable = Parameters<typeof linkSources>[0][number];

/** The pairs of sources whose event claims were linked as one event, sorted. */
export function eventPairs(docs: Linkable[]): string[] {
  const { links } = linkSources(docs, roster);
  return [
    ...new Set(
      links
        .filter((l) => l.a.kind === 'event' && l.b.kind === 'event')
        .map((l) => [l.a.source, l.b.source].sort().join('-')),
    ),
  ].sort();
}

/** One sentence as a bare passage of source "a": its text alone, none of what passagesOf reads. */
export const sentencePassage = (text: string, published?: string): Passage => ({
  source: 'a',
  span: [0, text.length],
  text,
  kind: 'sentence',
  words: new Set<string>(),
  quantities: [],
  names: [],
  nameWords: new Set<string>(),
  ...(published ? { published } : {}),
});

/** Whom one sentence says a text reached, read as a passage with its speaker's party (a quotation in the first person). */
export const reached = (text: string, speaker?: string) => {
  const passage: Passage = {
    ...sentencePassage(text),
    ...(speaker ? { speaker: { name: 'a spokesperson', partyId: speaker } as Passage['speaker'] } : {}),
  };
  const r = textReached(passage, roster);
  return r ? Object.fromEntries(r) : undefined;
};
