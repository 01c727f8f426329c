// The record's notes in brackets at a turn's edge are nobody's words: a turn of notes alone
// gives no quotation, and a turn that opens or closes on one is quoted without it, its span an
// exact part of the clean text. A note that words were lost stays, as an ellipsis would; a note
// inside the words stays too. Invented transcripts in White House, UN and ministry styles.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import { processDocument } from '../../src/evidence/index.ts';
import { spokenPart } from '../../src/evidence/stageDirections.ts';
import { roster } from './roster.ts';

const turns = (text: string, genre: Genre = 'press-conference') =>
  extractClaims(text, { roster, genre, published: '2031-03-12' }).flatMap((c) =>
    c.kind === 'quote'
      ? [{ text: c.text, exact: text.slice(c.span[0], c.span[1]) === c.text, by: c.speaker?.name }]
      : [],
  );

describe('stage directions in transcript turns', () => {
  it('gives no quotation for a turn of notes alone', () => {
    const text = [
      'Remarks by President Holm and President Kostal',
      'PRESIDENT HOLM:  Thank you all for coming.',
      'PRESIDENT KOSTAL:  (Speaks Arvenian.)',
      'Q    (Inaudible.)',
      'PRESIDENT KOSTAL:  (Laughter.)',
    ].join('\n\n');
    expect(turns(text).map((t) => t.text)).toEqual(['Thank you all for coming.']);
  });

  it.each([
    ['an interpretation note', 'PRESIDENT KOSTAL:  (As interpreted.)  Thank you, Mr. President.'],
    [
      'a channel note without a stop',
      'FOREIGN MINISTER SOLBERG: (Via interpreter) Thank you, Mr. President.',
    ],
    ['two notes', 'MR. VARIN: (Applause.) (Speaks Torvanian.) Thank you, Mr. President.'],
    ['a note at the end', 'PRESIDENT HOLM: Thank you, Mr. President. (Laughter.)'],
  ])('trims %s from the quoted words', (_, turn) => {
    const [quote] = turns(`Remarks\n\n${turn}\n\nPRESIDENT HOLM: Next.`);
    expect(quote).toMatchObject({ text: 'Thank you, Mr. President.', exact: true });
  });

  it('keeps a note inside the words, and one that marks words lost', () => {
    const text = [
      'Press Briefing',
      'PRESIDENT HOLM: We are close. (Laughter.) Very close.',
      'QUESTION: (Inaudible) — the signing, the eighteenth —',
      'MR ENG: Yes.',
    ].join('\n\n');
    expect(turns(text).map((t) => t.text)).toEqual([
      'We are close. (Laughter.) Very close.',
      '(Inaudible) — the signing, the eighteenth —',
      'Yes.',
    ]);
  });

  it('reads a parliament record: no turn of its title or of a member who rose uncalled', () => {
    const text = [
      'Orsk Water Talks: Negotiations',
      'Volume 702: debated on Thursday 6 March 2031',
      '12.34 pm',
      'Ruth Amberley (Kestle North) (Lab)\n(Urgent Question): To ask the Minister if he will make a statement on the Orsk talks.',
      'The Minister for Europe (Tom Hale)',
      'I thank the hon. Lady. The talks resume on Monday in Orsk.',
      'Ruth Amberley',
      'Will the Minister say who drafted the water annex?',
      'Tom Hale',
      'The mediator drafted it.',
      'Ian Roe (Ellesby and Marlow) (LD)',
      'rose—',
      'Mr Speaker',
      'Order. I call Ian Roe.',
    ].join('\n\n');
    const said = processDocument(Buffer.from(text), 'h.txt', { roster }).claims.flatMap((c) =>
      c.kind === 'quote' ? [c.text] : [],
    );
    expect(said[0]).toBe('To ask the Minister if he will make a statement on the Orsk talks.');
    expect(said).toContain('Order. I call Ian Roe.');
    expect(said.some((t) => t.includes('rose') || t.includes('Volume'))).toBe(false);
  });

  it('takes a numbered point in brackets for words', () => {
    const text = 'The Chair: (a) the agenda is adopted; (b) the next sitting is on Friday.';
    expect(spokenPart(text, [11, text.length])).toEqual([11, text.length]);
  });
});
