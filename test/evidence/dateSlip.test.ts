// Two days given for one occasion: a day or two apart is a slip of a date, which flags; further
// apart the same people met or spoke twice. Invented sentences about the Arvenia–Torvania talks, in
// the styles of a presidential readout, a wire story, a joint statement and a press-conference turn.
import { describe, expect, it } from 'vitest';
import { twoOccasions } from '../../src/evidence/dateSlip.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('two days given for one occasion', () => {
  it('are a slip within two days, two occasions beyond', () => {
    expect(twoOccasions('2031-03-03', '2031-03-04')).toBe(false);
    expect(twoOccasions('2031-03-03', '2031-03-05')).toBe(false);
    expect(twoOccasions('2031-03-03', '2031-03-08')).toBe(true);
  });

  const readout = doc(
    'a',
    'President Mira Kostal held a telephone conversation with President Oleg Varin on 3 March about the Vell river talks.',
    'readout',
    '2031-03-09',
  );
  it('flag a call dated a day apart', () => {
    const wire = doc(
      'b',
      'President Mira Kostal and President Oleg Varin spoke by telephone on 4 March about the Vell river talks.',
      'news',
      '2031-03-09',
    );
    expect(kinds(readout, wire)).toEqual(['date ab']);
  });

  it('do not flag a second call five days later', () => {
    const statement = doc(
      'b',
      'President Mira Kostal and President Oleg Varin spoke by telephone on 8 March about the Vell river talks.',
      'joint-statement',
      '2031-03-09',
    );
    expect(kinds(readout, statement)).toEqual([]);
  });
});
