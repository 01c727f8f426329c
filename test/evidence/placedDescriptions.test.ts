// An unnamed source placed in a party when first described ("a source in the Torvania delegation")
// speaks for that party when the story comes back to it ("The source said …"). Near miss: a party
// that is the object of the verb after the description places nobody. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/evidence/process.ts';
import { roster } from './roster.ts';

const speakerOf = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'news-text.txt', {
    roster,
    received: '2031-04-01',
  }).claims.find((c) => c.kind === 'quote')?.speaker;

const story = (first: string) =>
  [
    'Talks text drafted abroad, source says',
    '',
    `FJELLBY, March 3 - ${first}`,
    '',
    'The source said the text "arrived in Fjellby already written, with notes in the margins".',
  ].join('\n');

describe('a description the story comes back to', () => {
  it('keeps the party its first mention placed it in', () => {
    const speaker = speakerOf(
      story(
        'The revised text was drafted by the Union, a source in the Torvania delegation told the Tribune.',
      ),
    );
    expect(speaker).toMatchObject({ name: 'source', partyId: 'torvania' });
  });

  it('places nobody in the party its verb speaks to', () => {
    const speaker = speakerOf(
      story('The revised text was drafted abroad, a source told Torvania radio on Monday.'),
    );
    expect(speaker?.partyId).toBeUndefined();
  });
  it('places nobody in the party a preposition sets across the table from the source', () => {
    const speaker = speakerOf(
      story('The revised text was drafted abroad, a source in negotiations with Torvania told the Tribune.'),
    );
    expect(speaker?.partyId).toBeUndefined();
  });
});
