// A treaty's periods restated by several sources: "within 45 days" is a length, not a day. Two
// sources written on different days that give the same length agree; two that give the same act
// two lengths from one starting point disagree. Invented sentences in several house styles.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const flags = (a: ReturnType<typeof doc>, b: ReturnType<typeof doc>) =>
  linkSources([a, b], roster).disagreements.map((d) => `${d.kind}: ${d.reason}`);

describe('a period restated by two sources', () => {
  it('gives no date flag for one length told on two days', () => {
    expect(
      flags(
        doc(
          'a',
          'Readout\n\nThe withdrawal of forces shall be completed within 45 days.',
          'readout',
          '2031-04-10',
        ),
        doc('b', 'The withdrawal of forces shall be completed within 45 days.', 'news', '2031-04-08'),
      ),
    ).toEqual([]);
  });

  it('flags two lengths of one period from one starting point, in a communiqué and a release', () => {
    expect(
      flags(
        doc(
          'a',
          '4. Decides that heavy weapons shall be withdrawn within 30 days of entry into force;',
          'joint-statement',
        ),
        doc('b', 'Heavy weapons shall be withdrawn within 21 days of entry into force, the mediator said.'),
      ),
    ).toEqual(['date: within 30 days vs within 21 days']);
    expect(
      flags(
        doc('a', 'The withdrawal of forces shall be completed within 45 days of the signing.'),
        doc('b', 'The withdrawal of forces shall be completed within two months of the signing.'),
      ),
    ).toEqual(['date: within 45 days vs within 60 days']);
  });

  it('keeps apart periods run from two starting points, and two different acts', () => {
    expect(
      flags(
        doc('a', 'Heavy weapons shall be withdrawn within 30 days of entry into force.'),
        doc('b', 'Heavy weapons shall be withdrawn within 21 days of the deployment of the monitors.'),
      ),
    ).toEqual([]);
    expect(
      flags(
        doc('a', 'The monitoring mission shall deploy within 30 days of entry into force.'),
        doc('b', 'Prisoners shall be exchanged within 10 days of entry into force.'),
      ),
    ).toEqual([]);
  });
});
