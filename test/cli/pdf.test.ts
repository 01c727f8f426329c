// The round trip a leaker would make with a PDF copy (a viewer's text, paste one paragraph,
// `parley trace`), and the certificate of completion as PDF, through the real CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCORD_SIGNATORIES, planAccordSigning, runCli, seedAccordHome } from '../support/cli.ts';
import { pdfInfo, pdfToText } from '../support/pdfText.ts';

describe('PDF copies and certificates from the CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-pdf-'));
  const home = path.join(dir, 'home');
  const file = (name: string) => path.join(dir, name);
  const cli = (...args: string[]) => runCli(home, args);
  const circulations = async () => JSON.parse((await cli('circulation', 'list', '--json')).out).length;
  const PARTIES = ACCORD_SIGNATORIES;

  beforeAll(() => seedAccordHome(home, file), 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an unknown format and a PDF to a terminal, recording and writing nothing', async () => {
    const bad = await cli('circulate', 'accord', '--to', 'ukraine', '--format', 'docx', '-o', file('x.docx'));
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain("unknown format 'docx': choose text, md, html or pdf");
    const terminal = await cli('circulate', 'accord', '--to', 'ukraine', '--format', 'pdf');
    expect(terminal.code).not.toBe(0);
    expect(terminal.err).toContain('write it to a file with `-o copy.pdf`');
    expect(existsSync(file('x.docx'))).toBe(false);
    expect(await circulations()).toBe(0);
  }, 60_000);

  it("a paragraph pulled out of a recipient's PDF traces back to that recipient", async () => {
    for (const party of PARTIES) {
      const r = await cli(
        'circulate',
        'accord',
        '--to',
        party,
        '--format',
        'pdf',
        '-o',
        file(`${party}.pdf`),
      );
      expect(r.code, r.err).toBe(0);
    }
    const pdfs = PARTIES.map((p) => readFileSync(file(`${p}.pdf`)));
    expect(new Set(pdfs.map((p) => p.toString('base64'))).size).toBe(PARTIES.length);
    expect(pdfs[0]!.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pdfInfo(pdfs[1]!)).get('Subject')).toBe('Copy for United States');
    const text = await pdfToText(pdfs[2]!);
    expect(text).toMatch(/Copy for Russia — \d{4}-\d{2}-\d{2}/);
    // Provision 3's paragraph: the lines between the headings "3" and "4", footers left out.
    const lines = text.replace(/\f/g, '').split('\n');
    const paragraph = lines
      .slice(lines.indexOf('3') + 1, lines.indexOf('4'))
      .filter((l) => !/Copy for|Page \d/.test(l));
    expect(paragraph.join(' ').length).toBeGreaterThan(600);
    writeFileSync(file('leak.txt'), paragraph.join('\n'));
    const traced = await cli('trace', file('leak.txt'), '--json');
    expect(JSON.parse(traced.out)).toMatchObject({ verdict: 'match', recipient: 'russia', draft: 'accord' });
    expect(await circulations()).toBe(PARTIES.length);
  }, 90_000);

  it('writes the PDF to stdout when stdout is a pipe, not a terminal', async () => {
    const bin = path.resolve(import.meta.dirname, '../../bin/parley.js');
    const out = execFileSync(
      process.execPath,
      [bin, 'circulate', 'accord', '--to', 'us', '--format', 'pdf'],
      {
        env: { PATH: process.env.PATH, PARLEY_HOME: home },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    expect(out.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfToText(out)).toContain('Copy for United States');
  }, 60_000);

  it('writes a PDF certificate listing every signer, time and hash; refuses an unknown format', async () => {
    await planAccordSigning(home, file);
    for (const who of PARTIES) {
      const r = await cli('sign', 'accord', '--as', who, '--key', file(`${who}.key.json`));
      expect(r.code, r.err).toBe(0);
    }
    const bad = await cli('sign', 'certificate', 'accord', '--format', 'docx', '-o', file('cert.docx'));
    expect(bad.err).toContain("unknown format 'docx': choose html or pdf");
    expect(existsSync(file('cert.docx'))).toBe(false);
    const r = await cli('sign', 'certificate', 'accord', '--format', 'pdf', '-o', file('cert.pdf'));
    expect(r.code, r.err).toBe(0);
    expect((await cli('sign', 'export', 'accord', '-o', file('signed.json'))).code).toBe(0);
    const bundle = JSON.parse(readFileSync(file('signed.json'), 'utf8'));
    const text = await pdfToText(readFileSync(file('cert.pdf')));
    expect(text).toContain('Status: Complete');
    expect(text).toContain(bundle.plan.draftHash);
    for (const s of bundle.signatures) {
      expect(text).toContain(`(${s.signatory})`);
      expect(text).toContain(s.signedAt);
      expect(text).toContain(s.planHash);
      expect(text).toContain(s.signature.slice(0, 64));
      expect(text).toContain(s.signature.slice(64));
    }
    for (const s of bundle.plan.signatories) expect(text).toContain(s.publicKey);
    const last = bundle.signatures
      .map((s: { signedAt: string }) => s.signedAt)
      .sort()
      .at(-1);
    expect(new Date((await pdfInfo(readFileSync(file('cert.pdf')))).get('CreationDate')!).getTime()).toBe(
      Math.floor(new Date(last).getTime() / 1000) * 1000,
    );
  }, 120_000);
});
