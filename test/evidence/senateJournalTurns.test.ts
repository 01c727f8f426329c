// Records in the house styles of a Senate journal (labels in capitals closed by a stop, the clock
// and the suspensions printed between turns) and of a parliament that marks a translated speech by
// an asterisk before its label. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const words = (text: string) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.data.words);

describe('a Senate journal in capitals', () => {
  const journal = [
    'SENATE OF NORLAND\n\nJournal, Session No. 12',
    'At 2:05 p.m., the Senate President called the session to order.',
    'THE PRESIDENT. The Senate is now in session.',
    '…',
    'SEN. DAHL. Mr. President, I ask that the quota report be read.',
    'THE PRESIDENT. The session is suspended for five minutes.',
    'It was 2:14 p.m.',
    'At 2:19 p.m., the session was resumed.',
    'SEN. VIK. Mr. President, the envoy says the table is final. It was 2:14 p.m. when he told us.',
    'THE PRESIDENT. The session is adjourned.',
  ].join('\n\n');

  it('reads the labels and leaves the clock, the suspension and the cut out of the turns', () => {
    expect(words(journal)).toEqual([
      'The Senate is now in session.',
      'Mr. President, I ask that the quota report be read.',
      'The session is suspended for five minutes.',
      'Mr. President, the envoy says the table is final. It was 2:14 p.m. when he told us.',
      'The session is adjourned.',
    ]);
  });

  it('carries a speech on over a cut left by the record', () => {
    const record = [
      'Transcript of the press conference, Kessel, 2 June 2031',
      'MR. DAHL: Good morning. What of the ferry?',
      'MS. LIND: The ferry stays closed for now.',
      '…',
      'Next month we will open it to trucks, and the village gets its bus back.',
      'MR. DAHL: Noted. And the road?',
      'MS. LIND: The road opens on Monday.',
    ].join('\n\n');
    expect(words(record)[1]).toContain('the village gets its bus back');
  });

  it("keeps a witness's own clock and an adjournment told in a sentence in the witness's words", () => {
    for (const said of [
      'It was 6:45 a.m.',
      'At 6:45 a.m., the hearing was suspended and no one on our side was told the reason.',
      'The committee then adjourned before anyone from the valley could be heard.',
    ]) {
      const record = [
        'Transcript of the hearing, Kessel, 2 June 2031',
        'MR. DAHL: When did the convoy reach the bridge?',
        'MS. LIND: I looked at the clock in the cab.',
        said,
        'After that the engine stalled and we waited in the snow.',
        'MR. DAHL: Thank you.',
      ].join('\n\n');
      expect(words(record)[1]).toContain('we waited in the snow');
    }
  });

  it('takes no heading or dateline in capitals for such a label', () => {
    for (const prose of [
      'THE END. Nothing more was said.',
      'NEW YORK. Leaders met on Monday.',
      'BREAKING NEWS. The talks have stalled.',
    ])
      expect(turnLabel(prose)).toBeUndefined();
  });
});

describe("a parliament's mark on a translated speech", () => {
  it('reads the label after the asterisk, and the sitting adjourning ends the last turn', () => {
    const record = [
      'HON. SPEAKER: The member for the coast may speak.',
      'SHRI ARVID HOLM (FJELLBY NORTH): Sir, the harbour is closed and the boats wait.',
      '*SHRI PER BERG (KESSEL EAST): Sir, my people fish the same water, and they were not asked.',
      'HON. SPEAKER: Thank you.',
      '13.02 hrs',
      'The Rajya Sabha then adjourned until two o’clock.',
    ].join('\n\n');
    expect(words(record)).toEqual([
      'The member for the coast may speak.',
      'Sir, the harbour is closed and the boats wait.',
      'Sir, my people fish the same water, and they were not asked.',
      'Thank you.',
    ]);
  });

  it('takes no emphasis or note for a label', () => {
    expect(turnLabel('*Note: the figures are provisional.')).toBeUndefined();
    expect(turnLabel('*Kessel:* the talks resume on Monday.')).toBeUndefined();
    expect(turnLabel('*Translation: Ada Lind – Editing: Per Holm')).toBeUndefined();
  });
});
