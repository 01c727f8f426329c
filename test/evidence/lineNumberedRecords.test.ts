// A court reporter's or a transcription service's record that numbers every line of its pages: the
// labels stand after the numbers, the turns run on over numbered lines and page breaks, and the
// page's own lines (its running footer, "Page 2", the front page above the proceedings) are nobody's.
// Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { isLineNumbered } from '../../src/evidence/lineNumbers.ts';
import { passagesOf } from '../../src/evidence/passages.ts';
import { processDocument } from '../../src/evidence/process.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const quotes = (text: string) =>
  processDocument(new TextEncoder().encode(text), 'record.txt', { roster })
    .claims.filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.name]);

const numbered = (lines: string[], first = 1) =>
  lines.map((line, i) => `${String(first + i).padStart(2)}      ${line}`.trimEnd()).join('\n');

const PAGE_ONE = numbered([
  'OFFICE OF THE HARBOUR COMMISSION',
  '',
  'MEDIA BRIEFING ON THE DREDGING WORKS',
  '',
  'DATE:      Monday, May 6, 2041',
  'TIME:      9:30 a.m.',
  'LOCATION:  Briefing Room, Harbour House',
  'JOB NO.:   5520117',
  '',
  'P R O C E E D I N G S',
  '',
  'MS. ABERLY:  Good morning. The Commissioner will say a few',
  'words on the dredging and then take questions.',
  '',
  'MR. TORVIK:  Thank you. The second basin opens in',
  'September, not in June as we had hoped.',
]);
const PAGE_TWO = numbered([
  '',
  'QUESTION:  Ilse Marrow, Coastal Ledger. Will the',
  'fees rise?',
  '',
  'MR. TORVIK:  They will not rise this year.',
  '',
  '(Whereupon, the briefing concluded at 9:52 a.m.)',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
]);
const FOOTER =
  '\n\n          Quayside Court Reporting | quayside.example\n\n                                        Page 2\n';
const RECORD = `                                        Page 1\n${PAGE_ONE}${FOOTER}${PAGE_TWO}\n`;

describe('a record that numbers its lines', () => {
  it('reads the labels after the numbers, turns on both pages, and none of the front page', () => {
    expect(quotes(RECORD)).toEqual([
      [
        'Good morning. The Commissioner will say a few 13 words on the dredging and then take questions.',
        'Aberly',
      ],
      ['Thank you. The second basin opens in 16 September, not in June as we had hoped.', 'Torvik'],
      ['Ilse Marrow, Coastal Ledger. Will the 3 fees rise?', 'journalist'],
      ['They will not rise this year.', 'Torvik'],
    ]);
  });

  it('takes a short numbered list or a chronology of days for no numbered record', () => {
    expect(isLineNumbered(RECORD)).toBe(true);
    const list = [
      '1 Ports: the fees stay.',
      '2 Basins: the second opens in September.',
      '3 Fees: none this year.',
    ];
    expect(isLineNumbered(list.join('\n'))).toBe(false);
    const days = [2, 3, 7, 9, 10, 14, 15, 18, 21, 22, 24, 28].map((d) => `${d} March: the talks went on.`);
    expect(quotes(days.join('\n\n'))).toEqual([]);
    expect(isLineNumbered(days.join('\n'))).toBe(false);
  });
  it('takes no plan of numbered points nor a chronology of every day for a numbered record', () => {
    const topics = ['Grazing', 'Wells', 'Tolls', 'Ferries', 'Pastures', 'Auditors', 'Envoy'];
    const points = Array.from(
      { length: 24 },
      (_, i) =>
        `${i + 1}  ${topics[i % topics.length]}: both councils will ${i % 2 ? 'publish the rates.' : 'name a clerk.'}`,
    );
    expect(isLineNumbered(points.join('\n'))).toBe(false);
    expect(quotes(`THE UPLAND COMPACT\n\nText as released:\n\n${points.join('\n')}`)).toEqual([]);
    const everyDay = Array.from({ length: 24 }, (_, i) => `${i + 1} October: the herders met at the ford.`);
    expect(isLineNumbered(everyDay.join('\n'))).toBe(false);
    expect(quotes(`How the month went\n\n${everyDay.join('\n')}`)).toEqual([]);
    // A count that runs past a page's lines is a list's, whatever its lines hold.
    const long = Array.from({ length: 40 }, (_, i) => `${i + 1}  the clerks ${i % 3 ? '' : 'will '}`);
    expect(isLineNumbered(long.join('\n'))).toBe(false);
  });
  it('reads no line number as a figure or a day when the record is compared with others', () => {
    const doc = processDocument(new TextEncoder().encode(RECORD), 'record.txt', { roster });
    const passages = passagesOf({ source: 'record', cleanText: doc.cleanText, claims: doc.claims }, roster);
    const said = passages.map((p) => p.text.replace(/\s+/g, ' '));
    expect(said.join(' | ')).not.toMatch(/\b(?:13 words|16 September|3 fees)\b/);
    // The words a line break cut run on as one sentence.
    expect(said).toContain('The Commissioner will say a few words on the dredging and then take questions.');
    expect(passages.flatMap((p) => p.quantities.map((q) => q.text))).not.toContain('13');
  });
});
