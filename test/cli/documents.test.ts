// Word and PDF in, Word / Akoma Ntoso / Markdown / HTML out, through the real CLI on a real
// home: the raw-XML fixture carries Word's numbering; the exported .docx comes back as the
// same provisions; bad documents are refused with nothing recorded.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outlineOf } from '../../src/formats/documentOutline.ts';
import { readDocx } from '../../src/formats/docxRead.ts';
import { runCli } from '../support/cli.ts';
import { lvl, p, rawDocx } from '../support/rawDocx.ts';

const numbering =
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', 'Article %1')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'lowerLetter', '(%3)')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
const body = [
  p('Accord on River Crossings'),
  p('Definitions', { num: [1, 0] }),
  p('In this Accord:', { num: [1, 1] }),
  p('"bridge" means a fixed crossing;', { num: [1, 2] }),
  p('"ferry" means a boat crossing.', { num: [1, 2] }),
  p('Each crossing is shared.', { num: [1, 1] }),
  p('Final clauses', { num: [1, 0] }),
  p('It enters into force on signature.', { num: [1, 1] }),
].join('');

type Shown = {
  provisions: { path: string; number: string; heading?: string; text: string; parent?: string }[];
};
const shape = (d: Shown) =>
  d.provisions.map(({ path, number, heading, text, parent }) => ({ path, number, heading, text, parent }));

describe('Word and PDF documents through the CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-docx-'));
  const home = path.join(dir, 'home');
  const file = (name: string) => path.join(dir, name);
  const cli = (...args: string[]) => runCli(home, args);
  const draftCount = async () => JSON.parse((await cli('draft', 'list', '--json')).out).length;

  beforeAll(async () => {
    expect((await cli('init', '--title', 'Crossings')).code).toBe(0);
    expect((await cli('party', 'add', 'north', '--name', 'North', '--role', 'principal')).code).toBe(0);
    writeFileSync(file('accord.docx'), rawDocx({ body, numbering }));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a .docx by Word's numbering, exports it as Word and imports that back unchanged", async () => {
    const imported = await cli(
      'draft',
      'import',
      file('accord.docx'),
      '--label',
      'First',
      '--id',
      'first',
      '--author',
      'north',
    );
    expect(imported.code, imported.err).toBe(0);
    const first = JSON.parse((await cli('draft', 'show', 'first', '--json')).out) as Shown;
    expect(first.provisions.map((x) => `${x.path} ${x.number} ${x.heading ?? ''}`.trim())).toEqual([
      '1 Article 1 Definitions',
      '1.1 1',
      '1.1.a (a)',
      '1.1.b (b)',
      '1.2 2',
      '2 Article 2 Final clauses',
      '2.1 1',
    ]);
    const exported = await cli('draft', 'export', 'first', '--format', 'docx', '-o', file('first.docx'));
    expect(exported.code, exported.err).toBe(0);
    expect(readFileSync(file('first.docx')).subarray(0, 2).toString()).toBe('PK');
    const again = await cli('draft', 'import', file('first.docx'), '--label', 'Again', '--id', 'again');
    expect(again.code, again.err).toBe(0);
    const back = JSON.parse((await cli('draft', 'show', 'again', '--json')).out) as Shown;
    expect(shape(back)).toEqual(shape(first));
  }, 120_000);

  it('exports Akoma Ntoso, Markdown and HTML; refuses Word bytes on a terminal', async () => {
    const akn = await cli('draft', 'export', 'first', '--format', 'akn');
    expect(akn.code, akn.err).toBe(0);
    expect(akn.out).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">');
    expect(akn.out).toContain('<FRBRauthor href="#north"/>');
    const md = await cli('draft', 'export', 'first', '--format', 'md');
    expect(md.out).toContain('# Accord on River Crossings');
    const html = await cli('draft', 'export', 'first', '--format', 'html', '-o', file('first.html'));
    expect(html.code).toBe(0);
    expect(readFileSync(file('first.html'), 'utf8')).toContain('<h1>Accord on River Crossings</h1>');
    const terminal = await cli('draft', 'export', 'first', '--format', 'docx');
    expect(terminal.code).not.toBe(0);
    expect(terminal.err).toContain('-o draft.docx');
    const unknown = await cli('draft', 'export', 'first', '--format', 'odt', '-o', file('x.odt'));
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/--format: use one of docx, akn, md, html/);
  }, 120_000);

  it('imports a text PDF through the same numbering reader', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const page = pdf.addPage([595, 842]);
    const lines = [
      'Protocol on Ferries',
      '',
      'Article 1',
      '',
      '1. Ferries run daily.',
      '',
      '2. Fares are shared.',
      '',
      'Article 2',
      '',
      'It applies at once.',
    ];
    for (const [i, line] of lines.entries()) page.drawText(line, { x: 72, y: 770 - i * 16, size: 11, font });
    writeFileSync(file('protocol.pdf'), await pdf.save());
    const r = await cli('draft', 'import', file('protocol.pdf'), '--label', 'Protocol', '--id', 'protocol');
    expect(r.code, r.err).toBe(0);
    const shown = JSON.parse((await cli('draft', 'show', 'protocol', '--json')).out) as Shown;
    expect(shown.provisions.map((x) => `${x.path}|${x.number}|${x.text}`)).toEqual([
      '1|Article 1|',
      '1.1|1|Ferries run daily.',
      '1.2|2|Fares are shared.',
      '2|Article 2|It applies at once.',
    ]);
  }, 120_000);

  it("writes `diff A B --format docx` as tracked changes by the newer draft's author: accept all gives B, reject all gives A", async () => {
    expect((await cli('party', 'add', 'south', '--name', 'South', '--role', 'principal')).code).toBe(0);
    const older = [
      'Water Pact',
      '',
      '1. Each Party shares the river.',
      '',
      '(a) in summer;',
      '',
      '(b) in winter.',
      '',
      '2. Disputes go to talks.',
      '',
      '3. It ends in ten years.',
    ];
    const newer = [
      'Water Pact',
      '',
      '1. Each Party shares the river fairly.',
      '',
      '(a) in summer;',
      '',
      '(b) in winter;',
      '',
      '(c) in spring.',
      '',
      '2. Disputes go to a joint commission.',
    ];
    writeFileSync(file('old.md'), older.join('\n'));
    writeFileSync(file('new.md'), newer.join('\n'));
    expect(
      (
        await cli(
          'draft',
          'import',
          file('old.md'),
          '--label',
          'Old',
          '--id',
          'old',
          '--author',
          'north',
          '--date',
          '2026-11-01',
        )
      ).code,
    ).toBe(0);
    expect(
      (
        await cli(
          'draft',
          'import',
          file('new.md'),
          '--label',
          'New',
          '--id',
          'new',
          '--author',
          'south',
          '--date',
          '2026-12-01',
          '--parent',
          'old',
        )
      ).code,
    ).toBe(0);
    const terminal = await cli('diff', 'old', 'new', '--format', 'docx');
    expect(terminal.code).not.toBe(0);
    expect(terminal.err).toContain('-o redline.docx');
    const r = await cli('diff', 'old', 'new', '--format', 'docx', '-o', file('redline.docx'));
    expect(r.code, r.err).toBe(0);
    const bytes = readFileSync(file('redline.docx'));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toMatch(/<w:ins [^>]*w:author="south"[^>]*w:date="2026-12-01T00:00:00Z"/);
    expect(xml).toMatch(/<w:del [^>]*w:author="south"/);
    const texts = (view: 'accepted' | 'original') => {
      const out: string[] = [];
      const walk = (list: { number: string; text: string; children?: unknown[] | undefined }[]) => {
        for (const n of list) {
          out.push(`${n.number} ${n.text}`);
          if (n.children) walk(n.children as typeof list);
        }
      };
      walk(outlineOf(readDocx(bytes, view), 'redline.docx').provisions);
      return out;
    };
    const shown = async (id: string) =>
      (JSON.parse((await cli('draft', 'show', id, '--json')).out) as Shown).provisions.map(
        (x) => `${x.number} ${x.text}`,
      );
    expect(texts('accepted')).toEqual(await shown('new'));
    expect(texts('original')).toEqual(await shown('old'));
  }, 120_000);

  it('refuses a corrupt, a password-protected and an unnumbered .docx, recording nothing', async () => {
    const before = await draftCount();
    const good = readFileSync(file('accord.docx'));
    writeFileSync(file('cut.docx'), good.subarray(0, Math.floor(good.length / 2)));
    const ole = Buffer.alloc(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file('locked.docx'), ole);
    writeFileSync(file('prose.docx'), rawDocx({ body: p('Only prose here.') + p('And more prose.') }));
    const cut = await cli('draft', 'import', file('cut.docx'), '--label', 'Cut');
    expect(cut.code).not.toBe(0);
    expect(cut.err).toContain('is not a readable Word document');
    const locked = await cli('draft', 'import', file('locked.docx'), '--label', 'Locked');
    expect(locked.code).not.toBe(0);
    expect(locked.err).toContain('is password-protected');
    const prose = await cli('draft', 'import', file('prose.docx'), '--label', 'Prose');
    expect(prose.code).not.toBe(0);
    expect(prose.err).toContain('has no numbered paragraphs');
    expect(await draftCount()).toBe(before);
  }, 120_000);
});
