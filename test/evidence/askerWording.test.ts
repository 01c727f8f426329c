// Who asked for a call, as wires and posts word it: what the call was ("the phone call was
// Torvania's initiative"), its asker's act ("Kostal asked for the call") or by whom it was placed.
// Invented sentences of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { initiatorOf } from '../../src/evidence/initiative.ts';
import { sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const asker = (text: string) => initiatorOf(sentencePassage(text), roster);

describe('who asked for a call, in a wire’s words', () => {
  it('reads the side a call is said to be the initiative of', () => {
    expect(asker('Officials in Kessel said the phone call was Torvania’s initiative.')).toBe('torvania');
  });

  it('reads the one who asked for the call, or by whom it was placed', () => {
    expect(asker('President Kostal asked for the call.')).toBe('arvenia');
    expect(asker('The call had been placed by Kessel, a spokesman said.')).toBe('arvenia');
  });

  it('reads no asker where the initiative is a plan’s, or something else was asked for', () => {
    expect(asker('The plan was Torvania’s initiative.')).toBeUndefined();
    expect(asker('Kostal asked for time to study the text.')).toBeUndefined();
    expect(asker('The call was placed on hold by the operator.')).toBeUndefined();
  });
});
