// A figure told as how far something moved is no account of a level, nor a rise of a fall; two
// movements the same way may still disagree. Invented lines of the Arvenia–Torvania port talks.
import { describe, expect, it } from 'vitest';
import { movementOf } from '../../src/evidence/figureMoves.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const moveOf = (text: string) => movementOf(text, quantities(text)[0]!);
const numberFlags = (a: string, b: string) =>
  kinds(doc('a', a), doc('b', b)).filter((k) => k.startsWith('number'));

describe('figures told as movements', () => {
  it('reads which way a figure moved, where its words tell it', () => {
    expect(moveOf('Freight charges at Port Vell climbed by roughly 14 per cent over the winter.')).toBe('up');
    expect(moveOf('Customs receipts at the port have fallen by a quarter since the closure.')).toBe('down');
    expect(moveOf('Grain shipments were down 8 percent in the first quarter.')).toBe('down');
    expect(moveOf('Dockers expect a 5 percent increase in their wages.')).toBe('up');
  });

  it('reads no movement in a level, in what a figure became, nor in a particle before a count', () => {
    expect(moveOf('Harbour dues may not exceed 5 percent of the cargo value.')).toBeUndefined();
    expect(moveOf('The share of transit cargo rose to 30 percent last year.')).toBeUndefined();
    expect(moveOf('Up to 300 observers would monitor the port.')).toBeUndefined();
    expect(moveOf('Air defences brought down 14 drones overnight.')).toBeUndefined();
  });

  it('reads up or down before a share as a movement only after "be", a comma or a bracket', () => {
    expect(moveOf('Transit cargo, up 9 percent on the year, filled the quays.')).toBe('up');
    expect(moveOf('Transit cargo (down 9 percent) filled fewer quays.')).toBe('down');
    // The particle of another verb: a share of a whole, not a movement.
    expect(moveOf('Transit cargo made up 35 percent of all freight at the port.')).toBeUndefined();
    expect(moveOf('The mediator set down 20 percent as the ceiling for dues.')).toBeUndefined();
  });

  it('still sets a share "made up" against another account of the same share', () => {
    expect(
      numberFlags(
        'Transit cargo made up 35 percent of all freight handled at Port Vell last year, the port authority said.',
        'Transit cargo was 48 percent of all freight handled at Port Vell last year, according to the port authority.',
      ),
    ).toEqual(['number ab']);
  });

  it('sets no movement against a level, nor a rise against a fall', () => {
    expect(
      numberFlags(
        'Under the draft accord, harbour dues at Port Vell may not exceed 5 percent of the cargo value, officials said.',
        'Harbour dues at Port Vell rose by 12 percent over the winter as the closure dragged on, officials said.',
      ),
    ).toEqual([]);
    expect(
      numberFlags(
        'Harbour dues at Port Vell rose by 12 percent over the winter as the closure dragged on, officials said.',
        'Harbour dues collected at Port Vell were down 7 percent over the winter as the closure dragged on, officials said.',
      ),
    ).toEqual([]);
  });

  it('still flags two levels, and two movements the same way', () => {
    expect(
      numberFlags(
        'Under the draft accord, harbour dues at Port Vell may not exceed 5 percent of the cargo value, officials said.',
        'Under the draft accord, harbour dues at Port Vell may not exceed 8 percent of the cargo value, officials said.',
      ),
    ).toEqual(['number ab']);
    expect(
      numberFlags(
        'Harbour dues at Port Vell rose by 12 percent over the winter as the closure dragged on, officials said.',
        'Harbour dues at Port Vell rose by 20 percent over the winter as the closure dragged on, officials said.',
      ),
    ).toEqual(['number ab']);
  });
});
