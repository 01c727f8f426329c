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

  it('keeps a short record whose speakers each speak once in unstopped turns, with no head in marks', () => {
    const turnsOf = (lines: string[]) => {
      const text = lines.join('\n\n');
      const genre = detectGenre(text).genre;
      return extractClaims(text, { roster, genre }).filter((c) => c.kind === 'quote');
    };
    const ceremony = [
      'Signing of the river accord, Fjellby, 9 June 2031',
      'President Kostal: this morning we end a quarrel of ten years',
      'Special Envoy Dahl: my thanks go to every delegation here',
      'Minister Solberg: the Union will stand behind what was signed',
    ];
    expect(detectGenre(ceremony.join('\n\n')).genre).toBe('meeting-transcript');
    expect(turnsOf(ceremony)).toHaveLength(3);
    const machine = [
      'Transcript of the river committee, 9 June 2031',
      'Chair Berg: we take the water item first',
      'Delegate Vik: our side has no objection to that',
      'Delegate Melnyk: then let us begin without delay',
    ];
    expect(detectGenre(machine.join('\n\n')).genre).toBe('meeting-transcript');
    expect(turnsOf(machine)).toHaveLength(3);
  });
});
