// A printed hearing that names the chair's holder in brackets at the first turn ("The CHAIRMAN (Mr.
// PELLAN).") and writes the office alone after ("The CHAIRMAN."): every such turn is that person's.
// Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.name]);

describe("a hearing's chair named in brackets at the first turn", () => {
  it('gives the bare office after it the holder the brackets named', () => {
    const hearing = [
      'COMMITTEE ON HARBOUR WORKS — HEARING ON THE DREDGING CONTRACT',
      'The CHAIRMAN (Mr. PELLAN). The committee will come to order. Director, you may begin.',
      'Mr. ROSKVARD. Thank you, Mr. Chairman. The second basin opens in September.',
      'The CHAIRMAN. Ms. Tavely.',
      'Ms. TAVELY. Why September and not June?',
      'The CHAIRMAN. The committee stands adjourned.',
    ].join('\n\n');
    expect(turns(hearing)).toEqual([
      ['The committee will come to order. Director, you may begin.', 'Pellan'],
      ['Thank you, Mr. Chairman. The second basin opens in September.', 'Roskvard'],
      ['Ms. Tavely.', 'Pellan'],
      ['Why September and not June?', 'Tavely'],
      ['The committee stands adjourned.', 'Pellan'],
    ]);
  });

  it("reads a committee's evidence that brackets the holder's seat and party inside the chair's brackets", () => {
    const evidence = [
      'Standing Committee on River Navigation — Evidence',
      'The Chair (Mr. Odd Pellan (Fjellby West, LP)): I call this meeting to order. Minister, you have five minutes.',
      'Ms. Ingrid Solberg (Foreign Minister): Thank you, Mr. Chair. The second basin opens in September.',
      'The Chair: Thank you. Ms. Tavely, six minutes.',
    ].join('\n\n');
    expect(turns(evidence)).toEqual([
      ['I call this meeting to order. Minister, you have five minutes.', 'Odd Pellan'],
      ['Thank you, Mr. Chair. The second basin opens in September.', 'Ingrid Solberg'],
      ['Thank you. Ms. Tavely, six minutes.', 'Odd Pellan'],
    ]);
    // Two brackets deep is as far as an aside goes: a third is prose.
    expect(turnLabel('The Chair (Mr. Odd Pellan (Fjellby (West), LP)): Order.')).toBeUndefined();
  });

  it('keeps the office as the voice where no holder was named, and reads no prose in brackets as a label', () => {
    const hearing = [
      'The CHAIRMAN. The committee will come to order.',
      'Mr. ROSKVARD. Thank you, Mr. Chairman.',
      'The CHAIRMAN. Ms. Tavely.',
    ].join('\n\n');
    expect(turns(hearing).map(([, who]) => who)).toEqual(['The Chairman', 'Roskvard', 'The Chairman']);
    expect(turnLabel('The EU (as a whole). Was slow to act.')).toBeUndefined();
    const panel = [
      'MODERATOR (BBC): Welcome to the panel.',
      'ROSKVARD: Thank you.',
      'MODERATOR: First question.',
    ];
    expect(turns(panel.join('\n\n'))[0]![1]).not.toBe('Bbc');
  });
  it('forgets the holder once the record tells that another took the chair', () => {
    const hearing = [
      'The CHAIRMAN (Mr. PELLAN). The committee will come to order. I am called away; Ms. Tavely will preside.',
      '[Ms. Tavely assumed the chair.]',
      'The CHAIRMAN. The witness may go on.',
      'Mr. ROSKVARD. The second basin opens in September.',
    ].join('\n\n');
    const said = turns(hearing);
    expect(said[1]).toEqual(['The witness may go on.', 'The Chairman']);
    // A chair who speaks of handing over, with no stage direction, still holds it.
    const spoken = hearing.replace('[Ms. Tavely assumed the chair.]\n\n', '');
    expect(turns(spoken)[1]).toEqual(['The witness may go on.', 'Pellan']);
  });
  it('reads a senator or a professor in brackets as the holder, and the acting speaker bare after it', () => {
    const hearing = [
      'The CHAIRMAN (Sen. BRANDQUIST). The hearing on the canal tolls is open.',
      'Mr. ROSKVARD. The tolls stay as they are.',
      'The CHAIRMAN. Thank you, Director.',
    ].join('\n\n');
    expect(turns(hearing).map(([, who]) => who)).toEqual(['Brandquist', 'Roskvard', 'Brandquist']);
    const professor = hearing.replace('Sen. BRANDQUIST', 'Prof. BRANDQUIST');
    expect(turns(professor).map(([, who]) => who)).toEqual(['Brandquist', 'Roskvard', 'Brandquist']);
    const house = [
      'The SPEAKER pro tempore (Mrs. SOLBERG). Members will take their seats.',
      'Mr. ROSKVARD. I have nothing to add.',
      'The SPEAKER pro tempore. The question is on the motion.',
    ].join('\n\n');
    expect(turns(house).map(([, who]) => who)).toEqual(['Ingrid Solberg', 'Roskvard', 'Ingrid Solberg']);
    // A bare "The SPEAKER." is the chamber's presidency, which rotates: no holder is lent to it.
    expect(turns(house.replace('The SPEAKER pro tempore. The', 'The SPEAKER. The')).at(-1)?.[1]).not.toBe(
      'Ingrid Solberg',
    );
  });
});
