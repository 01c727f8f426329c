import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { type PdfBlock, renderPdf } from '../../src/govern/pdfDocument.ts';
import { toFontText, wrapText } from '../../src/govern/pdfText.ts';
import { pdfInfo, pdfToText } from '../support/pdfText.ts';

let winAnsi: Set<number>;
beforeAll(async () => {
  const doc = await PDFDocument.create();
  winAnsi = new Set((await doc.embedFont(StandardFonts.TimesRoman)).getCharacterSet());
});

describe('text for the standard PDF fonts', () => {
  it('keeps WinAnsi text as it is, typographic quotes and dashes included', () => {
    const text = 'The Parties’ “final” text — 15 km, naïve café, Œuvre, €5…';
    expect(toFontText(text, winAnsi)).toBe(text);
  });

  it('transliterates names in other scripts and letters with other accents', () => {
    // ó is WinAnsi and stays; ł, ğ, ş and đ are not.
    expect(toFontText('Erdoğan, Łódź, Ştefan, Đurić', winAnsi)).toBe('Erdogan, Lódz, Stefan, Duric');
    expect(toFontText('Зеленський і Путін', winAnsi)).toBe('Zelenskyi i Putin');
    expect(toFontText('Щит Αθήνα', winAnsi)).toBe('Shchyt Athina');
  });

  it('drops invisible marks, turns odd spaces into spaces and anything else into ?', () => {
    expect(toFontText('a\u200bb\u2060c\u00a0d\u2009e\tf', winAnsi)).toBe('abc d e f');
    expect(toFontText('peace 🕊 和平', winAnsi)).toBe('peace ? ??');
    expect(toFontText('x ≤ 5 − 2\nnext', winAnsi)).toBe('x <= 5 - 2\nnext');
  });

  it('never yields a character the fonts cannot draw, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        for (const ch of toFontText(text, winAnsi)) {
          expect(ch === '\n' || winAnsi.has(ch.codePointAt(0)!)).toBe(true);
        }
      }),
    );
  });
});

describe('line wrapping', () => {
  const measure = (s: string) => s.length * 6;

  it('fits every line, keeps every word whole and in order, and cuts only words wider than a line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 72, max: 400 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, measure);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
          expect(lines.join(' ').split(' ')).toEqual(words);
        },
      ),
    );
    expect(wrapText(`hash ${'f'.repeat(30)} end`, 60, measure)).toEqual([
      'hash',
      'ffffffffff',
      'ffffffffff',
      'ffffffffff',
      'end',
    ]);
    expect(wrapText('(a) first\n(b) second', 600, measure)).toEqual(['(a) first', '(b) second']);
  });
});

describe('PDF documents', () => {
  const spec = {
    title: 'Accord on the Lake — Зеленський',
    subject: 'Copy for Northland',
    createdAt: '2025-11-20T09:30:00.000Z',
    footer: 'Copy for Northland — 2025-11-20',
    blocks: [
      { kind: 'title' as const, text: 'Accord on the Lake' },
      { kind: 'heading' as const, text: 'Article 1 Waters' },
      {
        kind: 'paragraph' as const,
        text: 'The parties shall share the lake equally, as agreed with Erdoğan.',
      },
    ],
  };

  it('gives the same bytes for the same spec, with the metadata set from it', async () => {
    const one = await renderPdf(spec);
    const two = await renderPdf(spec);
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(true);
    const info = await pdfInfo(one);
    expect(info.get('Title')).toBe('Accord on the Lake — Зеленський');
    expect(info.get('Subject')).toBe('Copy for Northland');
    expect(info.get('Producer')).toBe('Parley (pdf-lib)');
    expect(new Date(info.get('CreationDate')!).toISOString()).toBe('2025-11-20T09:30:00.000Z');
    const text = await pdfToText(one);
    expect(text).toContain('as agreed with Erdogan.');
    expect(text).toContain('Copy for Northland — 2025-11-20');
    expect(text).toContain('Page 1 of 1');
  });

  it('lays out 2,000 provisions over numbered pages, the last one included', async () => {
    const paragraph =
      'Each Party shall, within thirty days of the entry into force of this Accord, notify the depositary of the authorities responsible for its implementation, and shall inform the other Parties of any change without delay.';
    const blocks: PdfBlock[] = [{ kind: 'title', text: 'A long accord' }];
    for (let i = 1; i <= 2000; i++) {
      blocks.push(
        { kind: 'heading' as const, text: `Article ${i}` },
        { kind: 'paragraph' as const, text: `${paragraph} (${i})` },
      );
    }
    const started = performance.now();
    const pdf = await renderPdf({ ...spec, blocks });
    const ms = performance.now() - started;
    const pages = (await pdfInfo(pdf)).get('Pages');
    console.info(
      `2,000 provisions: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB, rendered in ${ms.toFixed(0)} ms`,
    );
    const text = await pdfToText(pdf);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('without delay. (2000)');
    expect(Number(pages)).toBeGreaterThan(100);
  }, 60_000);
});
