// How a briefing's record closes. A gaggle whose turns keep to one paragraph may end on the
// spokesperson's short farewell to the room ("Thanks, everyone."): still the last turn's words, where
// another closing line is the page's. A UN-style briefing ends on the house's disclaimer ("For
// information media. Not an official record."): nobody's words. Its title's office serves another
// ("Spokesperson for the Director-General"): the spokesperson speaks, not the one served.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string, people = roster.people) =>
  processDocument(new TextEncoder().encode(text), 'press-conference-briefing.txt', {
    roster: { ...roster, people },
    received: '2031-04-01',
  })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

const gaggle = (closing: string) =>
  [
    'PRESS GAGGLE BY PRESS SECRETARY ADA LIND',
    'Aboard the plane to Fjellby',
    '',
    'MS. LIND: Good morning. The President lands in Fjellby at noon.',
    '',
    'Q: Is the annex agreed?',
    '',
    'MS. LIND: Not yet. Talks go on tomorrow.',
    '',
    'Q: Will Torvania sign?',
    '',
    'MS. LIND: Ask Torvania.',
    '',
    closing,
    '',
    'END',
  ].join('\n');

describe("a briefing's close", () => {
  it('keeps a short farewell to the room in the last turn', () => {
    expect(quotes(gaggle('All right, we are landing now. Thanks, everyone.')).at(-1)).toEqual([
      'Ada Lind',
      'Ask Torvania. All right, we are landing now. Thanks, everyone.',
    ]);
  });

  it('leaves out a closing line that says no farewell', () => {
    expect(quotes(gaggle('The President then toured the port with the mayor.')).at(-1)).toEqual([
      'Ada Lind',
      'Ask Torvania.',
    ]);
  });

  it('ends the last turn before the UN’s disclaimer and gives the spokesperson’s remarks to the holder', () => {
    const people = [
      ...roster.people,
      {
        id: 'berg',
        name: 'Eva Berg',
        office: 'Director-General of the Union Health Office',
        party: 'union',
        aliases: [],
      },
    ];
    const text = [
      'Union Health Office',
      '',
      'NOON BRIEFING: SPOKESPERSON TO THE DIRECTOR-GENERAL',
      '',
      "Below is a close transcript of the day's briefing given by Per Vik, Spokesperson for the Director-General.",
      '',
      'Good afternoon. Two items today.',
      '',
      'Spokesperson: The Director-General, Eva Berg, spoke to the Minister of Norland on Friday.',
      '',
      'Question: Was anything agreed?',
      '',
      'Spokesperson: Nothing was agreed on the call.',
      '',
      'Thank you. See you tomorrow.',
      '',
      'For information media. Not an official record.',
    ].join('\n');
    const read = quotes(text, people);
    expect(read[0]).toEqual(['Per Vik', 'Good afternoon. Two items today.']);
    expect(read.at(-1)).toEqual(['Per Vik', 'Nothing was agreed on the call. Thank you. See you tomorrow.']);
  });
});
