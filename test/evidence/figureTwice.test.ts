// A figure a sentence tells twice is read where each stands, not both at the first: in "Torvania
// holds 900 prisoners and Arvenia holds 900 prisoners" the second 900 is Arvenia's.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const talks = (t: string) => `Talks\n\n${t}`;

describe('a figure told twice in one sentence', () => {
  it('is held by the party named before it where it stands, not before its first telling', () => {
    const both = doc('a', talks('Torvania holds 900 prisoners and Arvenia holds 900 prisoners, Dahl said.'));
    expect(kinds(both, doc('b', talks('Arvenia holds 1,200 prisoners, Kostal said.')))).toEqual([
      'number ab',
    ]);
    // Each count against another party's is still two quantities.
    const one = doc('a', talks('Torvania holds 900 prisoners, Dahl said.'));
    expect(kinds(one, doc('b', talks('Arvenia holds 1,200 prisoners, Kostal said.')))).toEqual([]);
  });
});
