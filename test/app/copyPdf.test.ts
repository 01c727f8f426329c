import { describe, expect, it } from 'vitest';
import { type BlockKind, formatCopy } from '../../src/app/masterText.ts';
import { fingerprintCopies, trace } from '../../src/govern/fingerprint.ts';
import { ACCORD_PARAGRAPHS, ACCORD_TEXT } from '../fixtures/govern/accordText.ts';
import { pdfToText } from '../support/pdfText.ts';

const SECRET = 'secretariat-secret-for-pdf-tests';
const RECIPIENTS = ['ukraine', 'us', 'russia', 'eu', 'uk', 'france', 'germany', 'poland', 'turkey', 'un'];
const KINDS: BlockKind[] = ['title', ...ACCORD_PARAGRAPHS.flatMap((): BlockKind[] => ['heading', 'text'])];
const AT = '2025-11-20T09:30:00.000Z';

/** Text out of a PDF as a leaker gets it from a viewer: in reading order, or keeping the layout. */
const extract = (pdf: Uint8Array, layout: boolean) => pdfToText(pdf, { layout });

/** Article `n`'s paragraph from extracted text, without the footers a careful leaker would cut. */
function paragraphOf(text: string, n: number): string {
  const start = text.indexOf(`Article ${n} `);
  const end = n < ACCORD_PARAGRAPHS.length ? text.indexOf(`Article ${n + 1} `) : text.length;
  const lines = text.slice(start, end).replace(/\f/g, '').split('\n').slice(1);
  return lines.filter((l) => !/Copy for|Page \d+ of \d+/.test(l)).join('\n');
}

describe('PDF copies of a fingerprinted circulation', async () => {
  const { copies } = fingerprintCopies(ACCORD_TEXT, RECIPIENTS, SECRET);
  const pdfs = new Map<string, Uint8Array>();
  for (const r of RECIPIENTS) {
    const pdf = await formatCopy(copies[r]!, 'pdf', {
      title: 'Accord',
      recipient: r.toUpperCase(),
      at: AT,
      kinds: KINDS,
    });
    pdfs.set(r, pdf as Uint8Array);
  }

  it("gives each recipient different bytes, the copy's exact words, and a footer naming them", async () => {
    const distinct = new Set([...pdfs.values()].map((p) => Buffer.from(p).toString('base64')));
    expect(distinct.size).toBe(RECIPIENTS.length);
    const text = await extract(pdfs.get('russia')!, false);
    expect(text.replace(/\s+/g, ' ')).toContain(
      copies.russia!.split('\n\n')[2]!.replace(/\s+/g, ' ').slice(0, 200),
    );
    expect(text).toContain('Copy for RUSSIA — 2025-11-20');
    expect(text).toMatch(/Page 1 of [12]/);
  });

  it('traces a paragraph extracted from the PDF to its recipient, never to another', async () => {
    for (const layout of [false, true]) {
      let right = 0;
      let wrong = 0;
      for (const r of RECIPIENTS) {
        const text = await extract(pdfs.get(r)!, layout);
        for (let n = 1; n <= ACCORD_PARAGRAPHS.length; n++) {
          const result = trace(paragraphOf(text, n), RECIPIENTS, SECRET, ACCORD_TEXT);
          if (result.verdict === 'match') result.recipient === r ? right++ : wrong++;
        }
      }
      expect(wrong, `layout ${layout}`).toBe(0);
      expect(
        right / (RECIPIENTS.length * ACCORD_PARAGRAPHS.length),
        `layout ${layout}`,
      ).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('renders the same copy to the same bytes every time', async () => {
    const again = await formatCopy(copies.un!, 'pdf', {
      title: 'Accord',
      recipient: 'UN',
      at: AT,
      kinds: KINDS,
    });
    expect(Buffer.from(again as Uint8Array).equals(Buffer.from(pdfs.get('un')!))).toBe(true);
  });
});
