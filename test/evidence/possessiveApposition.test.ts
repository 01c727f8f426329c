// A name with its office in a possessive apposition before the verb: "Varin, Torvania's chief
// negotiator, told …" is Varin speaking, not an office of Torvania nobody named. Near miss: a
// possessive office that is itself the subject after an opening phrase. Sentences invented.
import { describe, expect, it } from 'vitest';
import { quotedInWire as wire } from './quotesRead.ts';

describe('a possessive office in apposition to the name before it', () => {
  it('gives the words to the name, not to the office of the party', () => {
    expect(
      wire(
        `Varin, Torvania's chief negotiator, told local media on Monday that the text had "no surprises" in it.`,
      ),
    ).toEqual([['varin', 'no surprises']]);
  });

  it("keeps the party's office as the speaker when it is the subject itself", () => {
    expect(
      wire(`After the talks with Kostal, Torvania's chief negotiator said the text was "not final".`),
    ).toEqual([["Torvania's chief negotiator", 'not final']]);
  });
});
