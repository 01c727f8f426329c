// Who a text came from, said without a verb of writing ("It came from Fjellby", "originated in an
// Arvenian proposal", "Not a word of Point 9 is ours"), and a party's adjective read against a
// roster that names states by their form ("the Republic of Velastria": "a Velastrian proposal").
// Invented sentences in a readout's, a press conference's, a wire's and a UN record's styles.
import { describe, expect, it } from 'vitest';
import { partiesByAdjective } from '../../src/evidence/held.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { author, saysWhoWrote } from '../../src/evidence/textAuthor.ts';
import type { Roster } from '../../src/evidence/types.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const authors = (d: ReturnType<typeof doc>) =>
  passagesOf(d, roster)
    .filter((p) => p.kind !== 'event' && saysWhoWrote(p, roster))
    .map((p) => author(p, roster));
const links = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).links.map((l) => [l.a.source, l.b.source].sort().join(''));
const flags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster).disagreements.map((d) => `${d.kind} ${[d.a.source, d.b.source].sort().join('')}`);

describe('where a text came from', () => {
  it('reads "came from", a denial of it, and what a text was born as', () => {
    expect(
      authors(
        doc(
          'b',
          'KOSTAL: That clause did not come from us. It came from Fjellby, and we made it workable.',
          'press-conference',
        ),
      ),
    ).toEqual(['not arvenia', 'norland']);
    expect(
      authors(
        doc(
          'c',
          'The original language on the dam came from the Arvenian delegation, in January, officials said.',
        ),
      ),
    ).toEqual(['arvenia']);
    expect(
      authors(
        doc(
          'd',
          'The representative of Torvania noted that Clause 9 had originated in an Arvenian proposal tabled in February.',
          'press-release',
        ),
      ),
    ).toEqual(['arvenia']);
    expect(
      authors(
        doc(
          'e',
          'Let me be clear: this article was born as a Torvanian proposal, and the mediator improved it.',
          'news',
        ),
      ),
    ).toEqual(['torvania']);
    expect(authors(doc('f', 'VARIN: Not a word of Point 9 is ours.', 'press-conference'))).toEqual([
      'not torvania',
    ]);
  });

  it('reads no author where people, not a text, came from somewhere', () => {
    expect(authors(doc('g', 'The Torvanian delegation came from Drava on Monday for the talks.'))).toEqual(
      [],
    );
    expect(authors(doc('h', 'Most of the observers came from the Union, the envoy said.'))).toEqual([]);
    // "that" after a noun is a relative pronoun: the observers came, not a text; a text noun before it keeps the text.
    expect(authors(doc('j', 'The observers that came from the Union arrived on Monday.'))).toEqual([]);
    expect(authors(doc('k', 'The wording that came from the Union was dropped, officials said.'))).toEqual([
      'union',
    ]);
    expect(authors(doc('i', 'VARIN: Not a word of it was easy.', 'press-conference'))).toEqual([]);
  });

  it('links a clause said to come from one party to a readout naming another, and flags the two', () => {
    const readout = doc(
      'a',
      'Foreign Minister Solberg and President Kostal reviewed the framework, with attention to Clause 9 on the Vell dam, which the Minister noted had been drafted by the Arvenian delegation.',
      'readout',
    );
    const presser = doc(
      'b',
      'KOSTAL: That clause did not come from us. It came from Fjellby, and we tried to make it workable for everyone.',
      'press-conference',
    );
    expect(links(readout, presser)).toContain('ab');
    expect(flags(readout, presser)).toContain('authorship ab');
  });
});

describe("a party's adjective where the roster names the state by its form", () => {
  const formal: Roster = {
    parties: [
      { id: 'velastria', name: 'the Republic of Velastria', role: 'principal', aliases: ['Velastria'] },
      { id: 'quenmar', name: 'the Kingdom of Quenmar', role: 'principal', aliases: ['Quenmar'] },
    ],
    people: [],
  };
  it('reads the adjective of the state, not of "the Republic"', () => {
    expect([...partiesByAdjective('the article was a Velastrian proposal', formal)]).toEqual(['velastria']);
    expect([...partiesByAdjective('Quenmari officials said', formal)]).toEqual(['quenmar']);
    expect([...partiesByAdjective('a Republican proposal', formal)]).toEqual([]);
  });
});
