import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import { roster } from './roster.ts';

// A live page heads each entry with a label over a line that is no sentence.
const LIVE_PAGE = [
  'LIVE: Kessel talks run into the night',
  '16:40 GMT',
  "Mediator: 'We are close'",
  'Outside the hall, the mediator Ada Lind spoke to reporters.',
  '"We are close. The last gap is a single clause," she said.',
  '15:10 GMT',
  "Dahl: 'No port will be handed over'",
  'Recap: how the round began',
].join('\n\n');

describe('entry heads of a live page', () => {
  it('reads a page whose labels head entries as news, and its quotations in marks', () => {
    expect(detectGenre(LIVE_PAGE).genre).toBe('news');
    const words = extractClaims(LIVE_PAGE, { roster })
      .filter((c) => c.kind === 'quote')
      .map((c) => (c.kind === 'quote' ? c.data.words : ''));
    expect(words).toContain('We are close. The last gap is a single clause,');
    expect(words.some((w) => w.includes('Outside the hall'))).toBe(false);
  });

  it('keeps a record whose turns run on as sentences, or whose unstopped speakers speak again', () => {
    const sentences =
      'Chair Lind: We open the sitting.\n\nMinister Dahl: We sign on Friday.\n\nSenator Varin: We wait.';
    expect(detectGenre(sentences).genre).toBe('meeting-transcript');
    const unstopped =
      'Anchor Berg: good evening\n\nMinister Dahl: thank you for having me\n\nAnchor Berg: will you sign';
    expect(detectGenre(unstopped).genre).not.toBe('news');
  });
});
