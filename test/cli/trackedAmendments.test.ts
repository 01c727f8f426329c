// `parley draft import FILE.docx --tracked-as-amendments PARTY` through the real CLI on a
// real home: the draft is the text before the changes, each change the party's amendment;
// bad input (unknown party, no changes, not Word) is refused with nothing recorded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { cleanDocx, TRACKED_AUTHOR, trackedDocx } from '../support/trackedDocx.ts';

type Shown = { provisions: { path: string; number: string; text: string }[] };
type Listed = {
  party: string;
  kind: string;
  provision: string;
  text?: string;
  note?: string;
  state: string;
}[];

describe('tracked changes as amendments through the CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-tracked-'));
  const home = path.join(dir, 'home');
  const file = (name: string) => path.join(dir, name);
  const cli = (...args: string[]) => runCli(home, args);
  const draftCount = async () => JSON.parse((await cli('draft', 'list', '--json')).out).length;
  const amendmentsOf = async (draft: string) => {
    const r = await cli('amendment', 'list', '--draft', draft, '--json');
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as Listed;
  };

  beforeAll(async () => {
    expect((await cli('init', '--title', 'Ferries')).code).toBe(0);
    for (const party of ['north', 'south'])
      expect((await cli('party', 'add', party, '--name', party, '--role', 'principal')).code).toBe(0);
    writeFileSync(file('returned.docx'), trackedDocx());
    writeFileSync(file('clean.docx'), cleanDocx());
    writeFileSync(file('plain.txt'), '1. Ferries run daily.\n2. Fares are shared.\n');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports the original text and records each tracked change as the party amendment', async () => {
    const r = await cli(
      'draft',
      'import',
      file('returned.docx'),
      '--label',
      'Returned',
      '--id',
      'returned',
      '--tracked-as-amendments',
      'south',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('3 tracked changes recorded as amendments of south');
    const shown = JSON.parse((await cli('draft', 'show', 'returned', '--json')).out) as Shown;
    expect(shown.provisions.map((x) => `${x.number} ${x.text}`)).toEqual([
      '1 Ferries run daily.',
      '2 Fares are shared.',
      '3 Ports stay open.',
    ]);
    const note = `tracked change in ${file('returned.docx')} by ${TRACKED_AUTHOR}`;
    expect(
      (await amendmentsOf('returned')).map(({ party, kind, provision, text, note, state }) => ({
        party,
        kind,
        provision,
        text,
        note,
        state,
      })),
    ).toEqual([
      {
        party: 'south',
        kind: 'replace',
        provision: '1',
        text: 'Ferries run twice a day.',
        note,
        state: 'proposed',
      },
      { party: 'south', kind: 'delete', provision: '2', text: undefined, note, state: 'proposed' },
      { party: 'south', kind: 'new', provision: '3', text: 'Crews are insured.', note, state: 'proposed' },
    ]);
  }, 120_000);

  it('refuses an unknown party, a file without changes and a file that is not Word, recording nothing', async () => {
    const before = await draftCount();
    const recorded = (await amendmentsOf('returned')).length;
    const tries = [
      {
        args: [file('returned.docx'), '--tracked-as-amendments', 'atlantis'],
        says: "unknown party 'atlantis'",
      },
      { args: [file('clean.docx'), '--tracked-as-amendments', 'south'], says: 'has no tracked changes' },
      { args: [file('plain.txt'), '--tracked-as-amendments', 'south'], says: 'not a Word (.docx) document' },
    ];
    for (const [i, t] of tries.entries()) {
      const r = await cli('draft', 'import', ...t.args, '--label', `Bad ${i}`, '--id', `bad-${i}`);
      expect(r.code, r.out).not.toBe(0);
      expect(r.err).toContain(t.says);
      expect((await cli('draft', 'show', `bad-${i}`, '--json')).code).not.toBe(0);
    }
    expect(await draftCount()).toBe(before);
    expect((await amendmentsOf('returned')).length).toBe(recorded);
  }, 120_000);
});
