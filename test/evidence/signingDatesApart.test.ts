// One text's date for signature, given two days by two sources (signingDatesApart.ts): one signing
// they date apart, a `date` disagreement, as when a signing slips and one source keeps the old day.
// Invented sentences about the Arvenia–Torvania talks, written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const linked = (a: string, b: string, publishedB = '2031-03-05') => {
  const found = linkSources([doc('a', a, 'press-release'), doc('b', b, 'news', publishedB)], roster);
  return { links: found.links.map((l) => l.reason), flags: found.disagreements.map((d) => d.kind) };
};

describe('two days given as one text’s date for signature', () => {
  it('links them as one signing and flags the two dates', () => {
    expect(
      linked(
        'The date for signature is 20 March, Lind said.',
        'The date for signature is 27 March, Dahl said.',
      ),
    ).toEqual({ links: ['one event'], flags: ['date'] });
    expect(
      linked(
        'Kessel has set 21 March as the day of signing for the accord.',
        'Officials in Fjellby gave 26 March as the signing date of the accord.',
      ),
    ).toEqual({ links: ['one event'], flags: ['date'] });
  });

  it('leaves two kinds of text, an initialling, a date told moved, and a day already past when the other wrote', () => {
    expect(
      linked(
        'The date for signature is 20 March, Lind said.',
        'Kessel set 27 March as the date for signature, in place of 20 March.',
      ).flags,
    ).toEqual([]);
    expect(
      linked(
        'The date for signature of the accord is 20 March.',
        'The date for signature of the protocol is 27 March.',
      ).flags,
    ).toEqual([]);
    expect(
      linked(
        'The delegations will initial the accord on 20 March, Lind said.',
        'The date for signature is 27 March, Dahl said.',
      ).flags,
    ).toEqual([]);
    expect(
      linked(
        'The date for signature is 12 March, Lind said.',
        'The date for signature is now 27 March, Dahl said.',
        '2031-03-14',
      ).flags,
    ).toEqual([]);
  });
});
