// How long a Word document takes to read into provisions, beside the text parser on the
// same draft (the baseline: what importing the draft as text costs). A 1,000-provision draft
// (100 Articles of 9 points) is written with Word numbering (formats/docxWrite.ts), then read
// back (unzip, XML, numbering, outline) five times. `npx tsx bench/docx.bench.ts [articles]`.
import { performance } from 'node:perf_hooks';
import { parseDraft } from '../src/core/outline/index.ts';
import { outlineOf } from '../src/formats/documentOutline.ts';
import { readDocx } from '../src/formats/docxRead.ts';
import { writeDocx } from '../src/formats/docxWrite.ts';

const ARTICLES = Number(process.argv[2] ?? 100);
const RUNS = 5;

async function main(): Promise<void> {
  const lines = ['Bench draft', ''];
  for (let a = 1; a <= ARTICLES; a++) {
    lines.push(`Article ${a} — Heading ${a}`, '');
    for (let p = 1; p <= 9; p++)
      lines.push(`${p}. Each Party shall do thing ${a}.${p} in good faith and without delay.`, '');
  }
  const text = lines.join('\n');
  const parsed = parseDraft(text, { format: 'text' });
  let t = performance.now();
  const bytes = await writeDocx({ ...parsed, label: 'bench', date: '2026-12-03' });
  const write = performance.now() - t;
  t = performance.now();
  for (let i = 0; i < RUNS; i++) parseDraft(text, { format: 'text' });
  const baseline = (performance.now() - t) / RUNS;
  t = performance.now();
  for (let i = 0; i < RUNS; i++) outlineOf(readDocx(bytes), 'bench.docx');
  const ours = (performance.now() - t) / RUNS;
  console.log(
    `${parsed.provisions.length} provisions, ${bytes.length} bytes of .docx: write ${write.toFixed(0)} ms; ` +
      `read ${ours.toFixed(0)} ms against the text parser's ${baseline.toFixed(0)} ms (${(ours / baseline).toFixed(1)}× the text import's parse)`,
  );
}

await main();
