// A speaker who credits the words after them ("…, as President Varin has reminded us") gives
// them to their owner: the same words given to that owner elsewhere are no misattribution.
// Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const wire = (source: string, said: string) =>
  doc(
    source,
    `DRAVA, March 4 (Wirenews) - Torvania rejected the ceasefire timetable proposed by Norland.\n\n${said}\n\nThe talks are due to resume next week in Fjellby.`,
    'news',
    '2031-03-04',
  );

describe('words credited to their owner after them', () => {
  it('raise no attribution flag against the owner saying them', () => {
    expect(
      kinds(
        wire(
          'a',
          '"No map is final until every map is final, as President Varin has reminded us," Surin said.',
        ),
        wire('b', '"No map is final until every map is final," President Oleg Varin told reporters.'),
      ),
    ).toEqual([]);
  });

  it('still flag the words given to two speakers without a credit', () => {
    expect(
      kinds(
        wire('a', '"No map is final until every map is final," Surin said.'),
        wire('b', '"No map is final until every map is final," President Oleg Varin told reporters.'),
      ),
    ).toEqual(['attribution ab']);
  });
});
