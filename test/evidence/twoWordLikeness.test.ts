// Two passages of different sources that share two words besides names, which weigh less than
// half of all their words, share a pair of words, not a claim: they are not linked as alike in
// words. A third shared word still links them.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

// Other documents of the set, so that words two sources share weigh as they would in a set.
const others = [
  doc('c', 'The customs officers reopened the northern crossing on Monday morning.'),
  doc('d', 'Observers counted ballots in the capital until late.'),
];

const reasons = (x: string, y: string) =>
  linkSources([doc('a', x), doc('b', y), ...others], roster)
    .links.filter((l) => l.a.source !== 'c' && l.a.source !== 'd' && l.b.source !== 'c' && l.b.source !== 'd')
    .map((l) => l.reason);

describe('alike in two words only', () => {
  it('does not link two sentences that share two words and differ in the rest', () => {
    expect(reasons('Both fishing fleets stayed home.', 'The fishing fleets sailed.')).toEqual([]);
  });

  it('links two sentences that share three words', () => {
    expect(
      reasons(
        'Critics said the fishing fleets were ignored by the summit.',
        'The summit praised the fishing fleets of both coasts.',
      ),
    ).toEqual([expect.stringMatching(/^alike in words/)]);
  });
});
