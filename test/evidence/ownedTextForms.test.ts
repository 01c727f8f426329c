// A text's author told by naming it after its owner, in the forms briefings and posts use: "It's a
// Norland text that reflects input from both parties", "Clause 9 is the Arvenian clause", "it was
// a Torvanian idea", "is the Norland wording". A diplomat of a party and an initiative are no text.
// Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import type { Genre } from '../../src/evidence/genre.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { author } from '../../src/evidence/textAuthor.ts';
import { doc, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string, genreA: Genre = 'news', genreB: Genre = 'news') =>
  linkSources([doc('a', a, genreA), doc('b', b, genreB)], roster).links.map((l) => l.reason);
const passage = sentencePassage;

describe('a text named after its owner', () => {
  it('reads the owner of a contracted copula, a definite text and a clause', () => {
    expect(author(passage('It’s a Norland text that reflects input from both parties.'), roster)).toBe(
      'norland',
    );
    expect(author(passage('Clause 9 is the Arvenian clause, written in Kessel in January.'), roster)).toBe(
      'arvenia',
    );
    expect(author(passage('To be fair, it was a Torvanian idea from the start.'), roster)).toBe('torvania');
  });

  it('reads no owner of a party’s diplomat or of an occasion proposed', () => {
    expect(author(passage('It’s a Norland diplomat who carried the papers to Kessel.'), roster)).toBe(
      undefined,
    );
    expect(author(passage('The meeting was an Arvenian initiative, the spokesman said.'), roster)).toBe(
      undefined,
    );
  });

  it('links a briefing’s "It’s a Norland text" to a wire on who drafted the clause', () => {
    expect(
      reasons(
        'MS SOLBERG: Clause 9? It’s a Norland text that reflects input from both parties.',
        'FJELLBY, March 5 (Tessin Wire) - Clause 9, a diplomat said, had been drafted by Torvanian experts in February.',
        'press-conference',
      ),
    ).toContain('who wrote it');
  });
});
