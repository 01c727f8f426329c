// One swap of people as each source counts it for each side: the swap's formula ("250 for 250"),
// "on each side", or the figure a few words before "by each side". Invented sentences about the
// Arvenia–Torvania talks in several house styles.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster)
    .links.map((l) => l.reason)
    .filter((r) => r.startsWith('one swap'));

describe('one swap counted for each side', () => {
  it('links a ministry statement, a wire and a channel post that give one figure a side', () => {
    const ministry =
      'In accordance with the arrangements reached, 250 detainees were handed over by each side at the Vell bridge.';
    const wire = 'The swap on Sunday, 250 for 250, was the largest since the talks began, officials said.';
    const post =
      'Our defenders are home. 250 of them returned today, 250 on each side, thanks to the mediators.';
    expect(reasons(ministry, wire)).toEqual(['one swap, 250 for each side']);
    expect(reasons(wire, post)).toEqual(['one swap, 250 for each side']);
    expect(reasons(ministry, post)).toEqual(['one swap, 250 for each side']);
  });

  it('does not link two figures a side, a small figure, or a band of kilometres on each side', () => {
    expect(
      reasons(
        'The exchange of prisoners took place as agreed: 120 for 120.',
        'Officials said 150 servicemen had been returned from each side.',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'Twelve for twelve: the exchange of prisoners went ahead, 12 for 12.',
        'An exchange of prisoners took place, 12 for 12, the Red Cross said.',
      ),
    ).toEqual([]);
    expect(
      reasons(
        'Troops will pull back 30 kilometres on either side of the line before prisoners are released.',
        'The prisoners held near the line will be released once forces withdraw 30 kilometres on each side.',
      ),
    ).toEqual([]);
  });
});
