// Who placed a call says who asked for it: "the call was placed by President Varin", "the call,
// which Varin's office requested", "Kostal placed the call", and a caller named in apposition
// ("The special envoy, Henrik Dahl, called President Varin"). A call placed to someone, a statement
// made by someone, and a clause between caller and verb say no such thing. Invented lines about the
// Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { initiatorOf } from '../../src/evidence/initiative.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const caller = (text: string) => initiatorOf({ text, words: new Set<string>(), names: [] } as never, roster);

describe('who placed the call', () => {
  it('reads the one the call was placed by, or who placed it', () => {
    expect(
      caller('According to the Citadel, the call was placed by President Varin and lasted an hour.'),
    ).toBe('torvania');
    expect(caller('The call, which President Kostal initiated, lasted some forty minutes.')).toBe('arvenia');
    expect(caller('President Kostal placed the call shortly after noon.')).toBe('arvenia');
  });

  it('reads a caller named in apposition', () => {
    expect(caller('The special envoy of Norland, Henrik Dahl, called President Varin on Monday.')).toBe(
      'norland',
    );
  });

  it('reads no caller from a statement made by someone, or a clause between caller and verb', () => {
    expect(caller('The statement was made by President Varin after the call.')).toBeUndefined();
    expect(caller('Kostal, who had met Varin, called it a useful exchange.')).toBeUndefined();
  });

  it('reads no caller from a decision "made the call to" do something, nor from a question', () => {
    expect(caller('In the end President Varin made the call to break off the round.')).toBeUndefined();
    expect(caller('Aides would not say whether President Kostal made the call.')).toBeUndefined();
    expect(
      caller('Did President Varin place the call, or President Kostal initiated the call?'),
    ).toBeUndefined();
    // Still a caller: the call made to a person, or with its medium.
    expect(caller('President Varin made the call to President Kostal at noon.')).toBe('torvania');
    expect(caller('President Kostal made the phone call from her office.')).toBe('arvenia');
  });

  it('flags a caller named in apposition against a readout giving the initiative to another side', () => {
    const readout = doc(
      'b',
      'The conversation between President Kostal and President Varin took place at the initiative of the Arvenian side.',
      'readout',
    );
    const wire = doc(
      'a',
      'KESSEL, March 5 (Wirenews) - The head of state of Torvania, Oleg Varin, phoned President Kostal on Wednesday.',
    );
    expect(kinds(wire, readout)).toEqual(['attribution ab']);
  });
});
