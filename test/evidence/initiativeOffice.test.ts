// Who asked for a call, where a readout names the asker by the office of someone it named before
// ("spoke with President Kostal at the President's request") and calls the call "spoke with", as
// foreign-ministry readouts do: set against the other side's readout that gives the initiative to
// another party. Invented lines of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const spokeWith = doc(
  'a',
  'Special Envoy Henrik Dahl spoke today with President Mira Kostal at the President’s request.',
  'readout',
  '2031-03-05',
);

describe('who asked for the call', () => {
  it('reads an office named back as the one the readout named, and flags two askers', () => {
    const kremlinStyle = doc(
      'b',
      'On 5 March, at the initiative of the Norland side, a telephone conversation took place between President of Arvenia Mira Kostal and Special Envoy Henrik Dahl.',
      'readout',
      '2031-03-05',
    );
    expect(kinds(spokeWith, kremlinStyle)).toContain('attribution ab');
  });

  it('leaves two readouts that give the call to one side', () => {
    const sameSide = doc(
      'b',
      'On 5 March, at the initiative of the Arvenian side, a telephone conversation took place between President of Arvenia Mira Kostal and Special Envoy Henrik Dahl.',
      'readout',
      '2031-03-05',
    );
    expect(kinds(spokeWith, sameSide)).not.toContain('attribution ab');
  });
});
