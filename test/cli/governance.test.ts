import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.ts';
import { ACCORD_PARAGRAPHS } from '../fixtures/govern/accordText.ts';
import { planAccordSigning, runCli, seedAccordHome } from '../support/cli.ts';

describe('governance from the CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-gov-'));
  const home = path.join(dir, 'home');
  const file = (name: string) => path.join(dir, name);
  const cli = (...args: string[]) => runCli(home, args);

  beforeAll(() => seedAccordHome(home, file), 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the audit seed outside the database, private to its owner', () => {
    const seed = path.join(home, 'keys', 'audit.seed');
    expect(existsSync(seed)).toBe(true);
    expect(statSync(seed).mode & 0o777).toBe(0o600);
  });

  it('a re-flowed paragraph of a circulated copy is traced to its recipient; unseen text is inconclusive', async () => {
    for (const party of ['ukraine', 'us', 'russia']) {
      const r = await cli('circulate', 'accord', '--to', party, '-o', file(`${party}.md`), '--format', 'md');
      expect(r.code, r.err).toBe(0);
    }
    const copy = readFileSync(file('russia.md'), 'utf8');
    const paragraph = copy.split(/\n{2,}/).filter((b) => b.length > 300)[1]!;
    writeFileSync(file('leak.txt'), paragraph.replace(/\s+/g, ' ').replace(/(.{60}\S*) /g, '$1\n'));
    const traced = await cli('trace', file('leak.txt'), '--json');
    expect(JSON.parse(traced.out)).toMatchObject({ verdict: 'match', recipient: 'russia', draft: 'accord' });
    writeFileSync(file('other.txt'), ACCORD_PARAGRAPHS[1]!.replace(/shall/g, 'will').replace(/,/g, ''));
    const none = await cli('trace', file('other.txt'));
    expect(none.out).toMatch(/^inconclusive/);
    const list = JSON.parse((await cli('circulation', 'list', '--json')).out);
    expect(list.map((c: { party: string }) => c.party)).toEqual(['ukraine', 'us', 'russia']);
  }, 60_000);

  it('signs in order, refuses out-of-order signing, and verifies the bundle offline', async () => {
    expect((await cli('sign', 'plan', 'accord', '--signatories', 'ukraine,us,russia')).err).toMatch(
      /finalize/,
    );
    await planAccordSigning(home, file);
    const early = await cli('sign', 'accord', '--as', 'russia', '--key', file('russia.key.json'));
    expect(early.code).toBe(5);
    expect(early.err).toContain('must wait until ukraine and us have signed');
    const wrongKey = await cli('sign', 'accord', '--as', 'ukraine', '--key', file('us.key.json'));
    expect(wrongKey.code).toBe(6);
    for (const who of ['ukraine', 'us', 'russia']) {
      const r = await cli('sign', 'accord', '--as', who, '--key', file(`${who}.key.json`));
      expect(r.code, r.err).toBe(0);
    }
    expect((await cli('sign', 'status', 'accord')).out).toContain('complete');
    expect((await cli('sign', 'export', 'accord', '-o', file('signed.json'))).code).toBe(0);
    expect((await cli('sign', 'certificate', 'accord', '-o', file('cert.html'))).code).toBe(0);
    expect(readFileSync(file('cert.html'), 'utf8')).toContain('Complete');
    // Offline: no home at all.
    const ok = await runCli(path.join(dir, 'nowhere'), ['verify', file('signed.json')]);
    expect(ok.out).toContain('valid and complete');
    expect(existsSync(path.join(dir, 'nowhere'))).toBe(false);
    const bundle = JSON.parse(readFileSync(file('signed.json'), 'utf8'));
    bundle.draft.provisions[0].text = bundle.draft.provisions[0].text.replace('ceasefire', 'truce');
    writeFileSync(file('forged.json'), JSON.stringify(bundle));
    const forged = await runCli(path.join(dir, 'nowhere'), ['verify', file('forged.json')]);
    expect(forged.code).toBe(9);
    expect(forged.out).toContain('does not match the hash that was signed');
  }, 120_000);

  it('export → import → export keeps circulations, plans and signatures identical', async () => {
    expect((await cli('export', '-o', file('one.json'))).code).toBe(0);
    const copy = path.join(dir, 'copy');
    expect((await runCli(copy, ['import', file('one.json')])).code).toBe(0);
    expect((await runCli(copy, ['export', '-o', file('two.json')])).code).toBe(0);
    const one = readFileSync(file('one.json'), 'utf8');
    expect(readFileSync(file('two.json'), 'utf8')).toBe(one);
    const bundle = JSON.parse(one);
    expect([bundle.circulations.length, bundle.signingPlans.length, bundle.signatures.length]).toEqual([
      3, 1, 3,
    ]);
  }, 60_000);

  it('adds users with hashed passwords and tokens stored only as hashes', async () => {
    const add = await cli(
      'user',
      'add',
      'olena',
      '--name',
      'Olena K',
      '--role',
      'delegate',
      '--party',
      'ukraine',
    );
    expect(add.code).toBe(3); // no password given
    const r = await runCli(
      home,
      ['user', 'add', 'olena', '--name', 'Olena K', '--role', 'delegate', '--party', 'ukraine'],
      {
        PARLEY_PASSWORD: 'correct horse battery',
      },
    );
    expect(r.code, r.err).toBe(0);
    const token = (await cli('token', 'add', 'olena', '--label', 'laptop')).out.trim();
    expect(token).toMatch(/^pat_/);
    expect(JSON.parse((await cli('user', 'list', '--json')).out)).toMatchObject([
      { id: 'olena', role: 'delegate', party: 'ukraine' },
    ]);
    const store = await openStore({ home });
    try {
      const rows = (await store.db.execute(
        sql`select password_hash, (select count(*)::int from credential where hash = ${token}) as plain from account`,
      )) as unknown as { rows: { password_hash: string; plain: number }[] };
      expect(rows.rows[0]!.password_hash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(rows.rows[0]!.plain).toBe(0);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('audit verify passes on the untouched home and log lists the entries', async () => {
    const v = await cli('audit', 'verify');
    expect(v.code, v.out).toBe(0);
    expect(v.out).toMatch(/^audit log OK/);
    const log = JSON.parse((await cli('audit', 'log', '--json', '--limit', '3')).out);
    expect(log).toHaveLength(3);
  }, 60_000);
});
