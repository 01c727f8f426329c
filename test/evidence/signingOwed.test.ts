// A signing owed by a day and the signing set for that day, in two sources (signingOwed.ts): the
// corpus labels one a deadline and the other a meeting, and both tell one act of one text. Invented
// sentences about the Arvenia–Torvania talks; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a, 'press-release'), doc('b', b, 'joint-statement')], roster).links.map(
    (l) => l.reason,
  );

describe('a signing owed by a day and the signing set for it', () => {
  it('links the limit for signing a text with its signing set for that day', () => {
    expect(
      reasons(
        'The parties must sign the accord by 20 March.',
        'The accord will be signed in Kessel on 20 March.',
      ),
    ).toContain('one event');
  });

  it('leaves another day, and a limit for the other act', () => {
    expect(
      reasons(
        'The parties must sign the accord by 20 March.',
        'The accord will be signed in Kessel on 27 March.',
      ),
    ).not.toContain('one event');
    expect(
      reasons(
        'The Council urged both sides to initial the framework by 21 March.',
        'The accord will be signed in Kessel on 21 March.',
      ),
    ).not.toContain('one event');
  });
});
