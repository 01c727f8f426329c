// Who speaks a quotation when another name stands nearer to it than its speaker: the subject of
// the reporting verb, not an object, an appositive's name or a name in a fronted clause. Texts
// invented for the test, about the negotiation of test/evidence/roster.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

/** Each quotation's speaker: a roster person, else its party, else the name as written. */
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.partyId ?? c.speaker?.name);

describe('a pronoun right before the reporting verb is its subject', () => {
  it('goes back to the sentence subject past the object of its first verb', () => {
    expect(
      speakers(
        'President Kostal praised the envoy, Mr Henrik Dahl, for what she called "quiet and stubborn work in the valley".',
      ),
    ).toEqual(['kostal']);
  });

  it('set off by commas, goes back past the name it interrupts', () => {
    expect(
      speakers(
        'Kostal warned the chamber against haste. Norland, she said, had "paid for three signings and no peace at all."',
      ),
    ).toEqual(['kostal']);
  });

  it('stays with the nearest name when it opens a relative clause', () => {
    expect(
      speakers(
        'Varin received the mediator, Henrik Dahl, with a paper which he said offered "room for both banks".',
      ),
    ).toEqual(['dahl']);
    expect(
      speakers('Solberg drove Kostal to the border post, where she said the river was "ours to share".'),
    ).toEqual(['kostal']);
  });

  it('goes back past a party to the subject even in a relative clause', () => {
    expect(
      speakers(
        'Kostal thanked Norland for its offer of a guarantee, which she called "the bridge we lacked".',
      ),
    ).toEqual(['kostal']);
  });

  it('stays with the nearest name in a later clause joined by "and then"', () => {
    expect(
      speakers(
        'Ingrid Solberg saw Pavel Surin at the ministry on Friday, and then he said the text was "nearly done".',
      ),
    ).toEqual(['surin']);
  });

  it('does not go back to a subject whose honorific is of the other sex', () => {
    expect(speakers('Mr Varin praised Kostal for what she called "a patient and honest hand".')).toEqual([
      'kostal',
    ]);
  });

  it('leaves a named subject right before the verb alone', () => {
    expect(
      speakers(
        'Kostal praised the envoy for his patience, which Varin called "a model for the whole region".',
      ),
    ).toEqual(['varin']);
  });
});

describe('a verb after "and" shares the subject that opens its sentence', () => {
  it('reads the opening name even when the sentence starts the text', () => {
    expect(
      speakers(
        'Varin said afterwards that Arvenia "has accepted the outline," and told reporters that "nothing is settled yet at all."',
      ),
    ).toEqual(['varin', 'varin']);
  });
});

describe('a name in apposition to a preposition’s object is that object', () => {
  it('gives the words to the subject before the parenthetical', () => {
    expect(
      speakers(
        'Pavel Surin, in a call with the President of Arvenia, Mira Kostal, on Monday stressed that the river is "a shared right and not a gift of anyone."',
      ),
    ).toEqual(['surin']);
  });

  it('keeps a name in apposition to an office with its "for" phrase, right before the verb', () => {
    expect(
      speakers(
        'A spokesman for the delegation, Oleg Varin, has just told me: "We have not seen any revised text tonight."',
      ),
    ).toEqual(['varin']);
  });

  it('keeps a name in apposition to an opening office, its commas closing on a participle', () => {
    expect(
      speakers(
        'A spokeswoman for the Union, Ingrid Solberg, writing from the summit, said the plan was "not yet ripe".',
      ),
    ).toEqual(['solberg']);
  });

  it('still reads the subject after a fronted phrase with a preposition', () => {
    expect(
      speakers('Speaking to reporters in Fjellby, Kostal said the river was "a shared right of both banks".'),
    ).toEqual(['kostal']);
  });
});

describe('the subject a later pronoun goes back to', () => {
  it('is the name in apposition to a possessive’s office, not its possessor', () => {
    expect(
      speakers(
        'Mr. Varin\'s spokeswoman, Ingrid Solberg, rejected that account. "Every line of that text was written in our office," she said.',
      ),
    ).toEqual(['solberg']);
  });

  it('keeps the possessor when no name stands in apposition', () => {
    expect(
      speakers(
        'Varin\'s office rejected that account on Monday. "Every line of that text was written in our office," he said.',
      ),
    ).toEqual(['varin']);
  });

  it('is the name after a fronted clause, not the one inside it', () => {
    expect(
      speakers(
        'When the talks with Kostal ended, Varin left the room early. "We will come back next week," he said.',
      ),
    ).toEqual(['varin']);
  });

  it('is the name inside a fronted clause when none follows it', () => {
    expect(
      speakers(
        'When Kostal arrived in Fjellby, the talks had already ended. "We will come back next week," she said.',
      ),
    ).toEqual(['kostal']);
  });
});
