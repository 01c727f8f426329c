// A Word document with tracked changes, as raw WordprocessingML: one provision reworded,
// one deleted whole, one inserted whole — the three ways a delegation's returned file
// changes a draft. The changes are "Ana (South)"'s, as Word records its author.
import { esc, lvl, p, rawDocx } from './rawDocx.ts';

const AUTHOR = 'Ana (South)';
const mark = (tag: 'ins' | 'del', id: number) =>
  `<w:${tag} w:id="${id}" w:author="${esc(AUTHOR)}" w:date="2026-12-01T10:00:00Z"/>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const ins = (text: string, id: number) =>
  `<w:ins w:id="${id}" w:author="${esc(AUTHOR)}" w:date="2026-12-01T10:00:00Z">${run(text)}</w:ins>`;
const del = (text: string, id: number) =>
  `<w:del w:id="${id}" w:author="${esc(AUTHOR)}" w:date="2026-12-01T10:00:00Z"><w:r><w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
const numPr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';

export const TRACKED_AUTHOR = AUTHOR;
export const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

/** 1. Ferries run daily → twice a day; 2. Fares are shared → deleted; 3. Ports stay open; new: Crews are insured. */
export const trackedDocx = (): Uint8Array =>
  rawDocx({
    numbering,
    body: [
      p('Ferry Protocol'),
      `<w:p><w:pPr>${numPr}</w:pPr>${run('Ferries run ')}${del('daily', 1)}${ins('twice a day', 2)}${run('.')}</w:p>`,
      `<w:p><w:pPr>${numPr}<w:rPr>${mark('del', 3)}</w:rPr></w:pPr>${del('Fares are shared.', 4)}</w:p>`,
      p('Ports stay open.', { num: [1, 0] }),
      `<w:p><w:pPr>${numPr}<w:rPr>${mark('ins', 5)}</w:rPr></w:pPr>${ins('Crews are insured.', 6)}</w:p>`,
    ].join(''),
  });

/** The same protocol with no tracked change. */
export const cleanDocx = (): Uint8Array =>
  rawDocx({
    numbering,
    body: [
      p('Ferry Protocol'),
      p('Ferries run daily.', { num: [1, 0] }),
      p('Fares are shared.', { num: [1, 0] }),
      p('Ports stay open.', { num: [1, 0] }),
    ].join(''),
  });
