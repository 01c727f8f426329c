// A percentage told as how far something moved is no account of a share or a level.
// Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { movesBy } from '../../src/evidence/percentMoves.ts';
import { doc, kinds } from './linkedDocs.ts';

const moves = (text: string) => quantities(text).map((q) => movesBy(text, q));

describe('percentages told as movements', () => {
  it('reads a rise, a fall or a cut by some per cent as a movement', () => {
    expect(moves('Ferry fares in Vell have risen by about 35 per cent since the strait was closed.')).toEqual(
      [true],
    );
    expect(moves('A 30% cut in the quota would ruin the Arvenian fleet.')).toEqual([true]);
    expect(moves('Exports fell 12 percent in March.')).toEqual([true]);
  });

  it('reads a share, a level or a limit as no movement', () => {
    expect(moves('The text gives Torvanian boats 28 per cent of the catch.')).toEqual([false]);
    expect(moves('The reservoir stood at 35% in August.')).toEqual([false]);
    expect(moves('Fares may go up to 35 per cent higher.')).toEqual([false]);
    expect(moves('The share was cut to 20 per cent, down from 30 per cent.')).toEqual([false, false]);
  });

  it('sets no share against a rise, and still two shares against each other', () => {
    const share = doc(
      'a',
      'The Vell fishing agreement gives Torvanian boats 28 per cent of the catch in the strait.',
    );
    const rise = doc(
      'b',
      'Fish prices on the Vell fishing coast have risen by about 35 per cent in the strait.',
    );
    const other = doc(
      'c',
      'The Vell fishing agreement gives Torvanian boats 35 per cent of the catch in the strait.',
    );
    expect(kinds(share, rise)).toEqual([]);
    expect(kinds(share, other)).toEqual(['number ac']);
  });
});
