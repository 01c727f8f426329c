// Lines of a record that look like labels and are nobody's turn: a vote set out a side a line
// ("In favour: …", "Against: None", "Ayes: 112"), a header's field giving a day ("Broadcast: …").
// Texts invented for the test.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'page.txt', { roster, received: '2031-04-01' })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((q) => [q.data.words, q.speaker?.personId ?? q.speaker?.name]);

describe('the lines of a vote in a record', () => {
  it("reads a UN record's show of hands as no one's turn", () => {
    const text = [
      'Security Council\n9120th meeting\nFriday, 4 April 2031, 10 a.m.\nNew York',
      'The PRESIDENT: I shall put the draft resolution to the vote now.',
      'A vote was taken by show of hands.\nIn favour: Arvenia, Norland, Torvania\nAgainst: None\nAbstaining: Ketheny, Belmora',
      'The PRESIDENT: The draft resolution received 3 votes in favour, none against and 2 abstentions.',
      'Mr. Dahl (Norland): Norland voted in favour.',
    ].join('\n\n');
    expect(quotes(text).map(([w]) => w)).toEqual([
      'I shall put the draft resolution to the vote now.',
      'The draft resolution received 3 votes in favour, none against and 2 abstentions.',
      'Norland voted in favour.',
    ]);
  });

  it("reads a parliament's division and a roll call as no one's turn", () => {
    const text = [
      'Official Report\nTuesday 8 April 2031',
      'Mr Speaker: The Question is that the Bill be now read a second time.',
      'The House divided:\nAyes: 212\nNoes: 97',
      'Mr Speaker: The Ayes have it.',
      'Yeas: 51\nNays: 48\nNot voting: 1',
      'Ingrid Solberg: I thank the House.',
    ].join('\n\n');
    expect(quotes(text).map(([w]) => w)).toEqual([
      'The Question is that the Bill be now read a second time.',
      'The Ayes have it.',
      'I thank the House.',
    ]);
  });
});

describe("a header's field that gives a day", () => {
  it('is no turn, however it is keyed', () => {
    for (const field of [
      'Broadcast: Sunday 5 April 2031',
      'Recorded: March 4, 2031, 14:00 CET',
      'Aired: 04.03.2031',
    ]) {
      const text = `WEEKEND EDITION - FJELL TV\n${field}\n\nANNA BERG: Minister, is the accord final?\n\nINGRID SOLBERG: Not yet.\n\nANNA BERG: When?\n\nINGRID SOLBERG: Soon.`;
      expect(
        quotes(text).map(([w]) => w),
        field,
      ).toEqual(['Minister, is the accord final?', 'Not yet.', 'When?', 'Soon.']);
    }
  });

  it("reads the sitting's start and end, keyed on their own line, as no turn", () => {
    const text = [
      'Second Chamber of Norland, plenary record',
      'Start: 9.30 a.m.',
      'President Ingrid Solberg: I call the item on the Vell accord.',
      'Henrik Dahl: The accord is ready for signature.',
      'President Ingrid Solberg: Thank you.',
      'End: 11.02 a.m.',
    ].join('\n\n');
    expect(quotes(text).map(([w]) => w)).toEqual([
      'I call the item on the Vell accord.',
      'The accord is ready for signature.',
      'Thank you.',
    ]);
  });
});
