// A bare figure said as a figure, what it counts named before it by a question or a count.
// Invented exchanges about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { saidFigures } from '../../src/evidence/saidFigures.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const read = (before: string, sentence: string) => saidFigures(sentence, before + sentence, before.length);

describe('a bare figure said as a figure', () => {
  it('counts what the question or the count before it named', () => {
    expect(
      read('Q: How many monitors will Arvenia send?\n\nMR LIND: ', 'Sixty is the figure we have.'),
    ).toMatchObject([{ value: 60, unit: 'monitor' }]);
    expect(read('Q: Minister, on the prisoner numbers -- ', 'Kessel says 1,500.')).toMatchObject([
      { value: 1500, unit: 'prisoner' },
    ]);
    expect(
      read('Torvania holds thirty Arvenian fishermen. ', 'Our own figure remains thirty-four.'),
    ).toMatchObject([{ value: 34 }]);
    expect(read('Ask about the observers. ', 'Drava counted 70 at the crossing.')).toEqual([]);
  });

  it('reads none where the figure has its own noun, is a day or an hour, or is of another size', () => {
    const before = 'Drava holds 300 prisoners. ';
    for (const sentence of [
      'Kessel says eleven countries have signed.',
      'Kessel says 12 May is the day.',
      'The call, Kessel said, began at 14:30.',
      'Kessel said 9000.',
      'Kessel said 1,200.',
      'The mediator says one fifteen.',
    ])
      expect(read(before, sentence), sentence).toEqual([]);
    expect(read('The talks resumed in Fjellby on Monday. ', 'Kessel says 48.')).toEqual([]);
    // The nearest count of its size: the forty crew, not the three boats they sailed.
    expect(read('Torvania holds forty crew from three boats. ', 'Arvenia says 44.')).toMatchObject([
      { value: 44, unit: 'crew' },
    ]);
  });

  it('links the bare figure to the count another source gives with its noun', () => {
    const { links } = linkSources(
      [
        doc(
          'a',
          'Q: How many observers will the mission have?\n\nMS BERG: Forty is the figure Torvania gave us last week.',
          'press-conference',
        ),
        doc('b', 'The mission will have forty observers from Arvenia and Torvania, the envoy said.', 'news'),
      ],
      roster,
    );
    expect(links.map((l) => l.reason)).toContain('one count of monitor');
  });
});
