// A trade's people counted in "-men" or in "-ers": one unit. Invented counts of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

describe('a trade counted in "-men" and in "-ers"', () => {
  it('reads fishermen and fishers as one unit, and no other word so', () => {
    expect(quantities('Torvania still holds 31 fishermen')).toMatchObject([{ value: 31, unit: 'fisher' }]);
    expect(quantities('Torvania still holds 31 Arvenian fishers')).toMatchObject([
      { value: 31, unit: 'fisher' },
    ]);
    expect(quantities('12 Germans and 30 servicemen').map((q) => q.unit)).toEqual(['german', 'troop']);
  });

  it('links two counts of the held crews that name them each way', () => {
    const { links } = linkSources(
      [
        doc('a', 'Torvania says it still holds 31 Arvenian fishermen in Kessel.', 'news'),
        doc('b', 'Arvenia counts 35 of its fishers still held in Kessel by Torvania.', 'news'),
      ],
      roster,
    );
    expect(links.map((l) => l.reason).join(' ')).toContain('one count of fisher');
  });
});
