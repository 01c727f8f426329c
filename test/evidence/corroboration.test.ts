// A topic frame (who wrote a text, its leak to the press, the stage it reached) is what two
// passages are about, not a claim they share: linked on it, they must agree a second way too (a
// party or person, an author, a figure, words besides names), or disagree on it. Invented
// sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);

describe('a topic frame needs a second agreement', () => {
  it('leaves two leaks that share nothing else, and links two of one text', () => {
    const scoop = 'A fishing plan of six pages was leaked to a coastal newspaper before the summit.';
    expect(
      reasons(scoop, 'The minister said the water draft that appeared in the press was authentic.'),
    ).toEqual([]);
    expect(
      reasons(scoop, 'Officials confirmed that the fishing plan leaked to the newspaper was genuine.'),
    ).toContain('a text leaked to the press');
  });

  it('links two leaks that name one outlet, and not two that share only a day', () => {
    const scoop = 'A six-page fishing plan was first reported by the Halvard Tribune this week.';
    expect(
      reasons(scoop, 'The minister said the water draft printed by the Tribune was authentic.'),
    ).toContain('a text leaked to the press');
    expect(
      reasons(
        'A six-page fishing plan was leaked to a coastal newspaper on Monday.',
        'The minister said on Monday that the water draft that appeared in the press was authentic.',
      ),
    ).toEqual([]);
  });

  it('leaves a denial and an attribution that share nothing else, and links one author said twice', () => {
    const denial = 'Mr. Dahl (Norland): My country did not write this accord; we hosted the talks.';
    const both = (a: string, b: string) =>
      linkSources([doc('a', a, 'meeting-transcript'), doc('b', b)], roster).links.map((l) => l.reason);
    expect(both(denial, 'The text was prepared by the Vell Secretariat in January.')).toEqual([]);
    expect(
      both(
        'The framework was drafted by Norland’s mediators after long consultations.',
        'Our envoy’s team wrote the framework, the Norland minister said.',
      ),
    ).toContain('who wrote it');
  });

  it('keeps a link whose two sides disagree on the frame', () => {
    const { links, disagreements } = linkSources(
      [
        doc('a', 'The draft was written by Arvenia, a diplomat said.'),
        doc('b', 'Torvania wrote the text, according to its foreign ministry.'),
      ],
      roster,
    );
    expect(links.map((l) => l.reason)).toContain('who wrote it');
    expect(disagreements.map((d) => d.kind)).toContain('authorship');
  });
});
