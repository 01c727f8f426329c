// Counts as leaders' posts, ministries and missions write them: a line in capitals ("214 PRISONERS ARE
// HOME") and a part of "our people" or "its own servicemen" count people as a release's "214
// prisoners" does, so the two are linked as one count. Invented sentences about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const counted = (text: string) => quantities(text).map((q) => [q.value, q.unit]);

describe('counts as posts write them', () => {
  it('reads a plural shouted in capitals as what the number counts', () => {
    expect(counted('95 DEFENDERS ARE HOME. THANK YOU NORLAND!')).toEqual([[95, 'defender']]);
    expect(counted('214 PRISONERS ARE HOME')).toEqual([[214, 'prisoner']]);
    // A capitalised name after a figure is still no unit.
    expect(quantities('the 1.2 billion Torvania now promises')).toMatchObject([{ value: 1.2e9, unit: '' }]);
  });

  it('reads a part of "our people", "its own servicemen" and "their women" as people counted', () => {
    expect(counted('Today 214 of our people came home.')).toEqual([[214, 'person']]);
    expect(counted('Arvenia received 214 of its own servicemen at the Kessel crossing.')).toEqual([
      [214, 'troop'],
    ]);
    expect(counted('Forty of their women and children were freed first.')).toEqual([[40, 'woman']]);
  });

  it('reads personnel as people, so a mission’s strength in personnel and in soldiers is one count', () => {
    expect(counted('The Union proposes an initial deployment of 1,500 personnel.')).toEqual([
      [1500, 'person'],
    ]);
    const { links } = linkSources(
      [
        doc(
          'release',
          'The Union’s plan provides for an initial deployment of 1,500 personnel along the Vell.',
        ),
        doc('feature', 'Brussels wants a mission of one and a half thousand soldiers at the start.'),
      ],
      roster,
    );
    expect(links.map((l) => l.reason)).toContain('one count of 1,500 personnel');
  });

  it('links a leader’s post of a part of "our people" to a ministry’s count of prisoners', () => {
    const { links } = linkSources(
      [
        doc(
          'post',
          'Today 214 of our people came home. Thank you to everyone who made it possible.',
          'social',
        ),
        doc(
          'release',
          'The Ministry confirms that Torvania released 214 Arvenian prisoners at the Kessel crossing on Saturday.',
        ),
      ],
      roster,
    );
    expect(links.map((l) => l.reason)).toContain('one count of 214');
  });
});
