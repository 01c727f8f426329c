// Where a text was written names its author also in a reduced relative clause: "a text drafted in
// Drava" is Torvania's as "the text was drafted in Drava" is. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const mediators = doc(
  'a',
  'The envoy said the Vell framework had been prepared by the Norland mediation team in Fjellby.',
  'news',
  '2031-03-05',
);

describe('a text written in a capital, in a reduced relative clause', () => {
  it('flags "a text drafted in Drava" against the mediators as its authors', () => {
    const reduced = doc(
      'b',
      'The minister called the Vell framework "a text drafted in Drava, not in Fjellby" and asked for a new one.',
      'readout',
      '2031-03-07',
    );
    expect(kinds(mediators, reduced)).toEqual(['authorship ab']);
  });

  it('leaves a participle of another noun: a delegation formed in Drava wrote nothing', () => {
    const delegation = doc(
      'b',
      'The minister said a delegation formed in Drava would study the Vell framework and ask for a new one.',
      'readout',
      '2031-03-07',
    );
    expect(kinds(mediators, delegation)).toEqual([]);
  });
});

describe('a place of two words', () => {
  it('reads "written in Port Vell" as the party whose city it is', () => {
    const withPort = {
      ...roster,
      parties: roster.parties.map((x) =>
        x.id === 'torvania' ? { ...x, aliases: [...x.aliases, 'Port Vell'] } : x,
      ),
    };
    const docs = [
      doc(
        'a',
        'The envoy said the Vell framework had been prepared by the Norland mediation team in Fjellby.',
        'news',
        '2031-03-05',
        withPort,
      ),
      doc(
        'b',
        'An adviser insisted the Vell framework was written in Port Vell, not in Fjellby.',
        'news',
        '2031-03-07',
        withPort,
      ),
    ];
    expect(linkSources(docs, withPort).disagreements.map((d) => d.kind)).toEqual(['authorship']);
  });
});
