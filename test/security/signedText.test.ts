// Attack 5 offline, through the compiled CLI: a signed bundle carries the keys it is checked
// against, so one made in a scratch home with fresh keys for every party verified "valid
// and complete". `parley verify --trust KEYS.json` pins each party's real key and refuses
// any signature under another; without it the output says the keys are not pinned and
// prints their fingerprints. And `parley sign status` no longer calls a signed text "valid
// so far" once someone has edited it in the database.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyFingerprint, keyPairFromSeed } from '../../src/govern/keys.ts';
import { openStore } from '../../src/store/database.ts';
import { runCli } from '../support/cli.ts';
import { harbourReadyToSign } from '../support/signing.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/parley.js');

interface Run {
  code: number;
  out: string;
  err: string;
}

/** The compiled CLI, as a user runs it, on `home` (no home at all: offline commands). */
function parley(home: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('node', [BIN, ...args], { env: { ...process.env, PARLEY_HOME: home } }, (error, out, err) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out, err });
    });
  });
}

describe('signed texts and pinned keys, with the CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-keys-'));
  const file = (name: string) => path.join(dir, name);
  const real = file('real');
  const scratch = file('scratch');
  const publicKeys: Record<string, string> = {};

  /**
   * A home with the harbour accord final, signed by north and south with fresh keys; made
   * with the CLI in this process (the same program, without a node start per command).
   */
  async function signedHome(home: string, bundle: string, keep?: Record<string, string>) {
    const parley = (h: string, ...args: string[]) => runCli(h, args);
    await harbourReadyToSign(home, ['north', 'south'], 'north before south');
    for (const party of ['north', 'south']) {
      const key = path.join(home, `${party}.key.json`);
      const made = await parley(home, 'sign', 'keygen', party, '-o', key);
      expect(made.code, made.err).toBe(0);
      const printed = /^public key\s+([0-9a-f]{64})$/m.exec(made.out)?.[1];
      expect(printed).toBe(JSON.parse(readFileSync(key, 'utf8')).publicKey);
      expect(made.out).toContain(`fingerprint ${keyFingerprint(printed!)}`);
      if (keep) keep[party] = printed!;
    }
    for (const party of ['north', 'south']) {
      const key = path.join(home, `${party}.key.json`);
      const signed = await parley(home, 'sign', 'second-text', '--as', party, '--key', key);
      expect(signed.code, signed.err).toBe(0);
    }
    expect((await parley(home, 'sign', 'export', 'second-text', '-o', bundle)).code).toBe(0);
  }

  beforeAll(async () => {
    await signedHome(real, file('signed.json'), publicKeys);
    writeFileSync(file('trust.json'), JSON.stringify(publicKeys));
    await signedHome(scratch, file('forged.json'));
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a bundle forged with fresh keys is refused once the real keys are pinned, naming each signature', async () => {
    const offline = file('nowhere');
    // The forgery is internally consistent: without pins it still checks out.
    const unpinned = await parley(offline, 'verify', file('forged.json'));
    expect(unpinned.code).toBe(0);
    expect(unpinned.out).toContain('valid and complete');
    const pinned = await parley(offline, 'verify', file('forged.json'), '--trust', file('trust.json'));
    expect(pinned.code).toBe(9);
    const forged = JSON.parse(readFileSync(file('forged.json'), 'utf8')) as {
      plan: { signatories: { id: string; publicKey: string }[] };
    };
    for (const [i, party] of ['north', 'south'].entries()) {
      const used = forged.plan.signatories.find((s) => s.id === party)!.publicKey;
      expect(pinned.out).toContain(
        `signature ${i + 1} (${party}): made under key ${keyFingerprint(used)}, but ${file('trust.json')} pins ${keyFingerprint(publicKeys[party]!)} for '${party}'`,
      );
    }
    const json = await parley(
      offline,
      'verify',
      file('forged.json'),
      '--trust',
      file('trust.json'),
      '--json',
    );
    expect(json.code).toBe(9);
    expect(JSON.parse(json.out)).toMatchObject({ valid: false, complete: false, pinned: true });
  }, 60_000);

  it('the real bundle passes with its keys pinned; unpinned, the output says so and prints the fingerprints', async () => {
    const offline = file('nowhere');
    const pinned = await parley(offline, 'verify', file('signed.json'), '--trust', file('trust.json'));
    expect(pinned.code, pinned.out).toBe(0);
    expect(pinned.out).toContain('valid and complete: signed by north, south');
    expect(pinned.out).toContain('every signature is under the key');
    const unpinned = await parley(offline, 'verify', file('signed.json'));
    expect(unpinned.code).toBe(0);
    expect(unpinned.out).toContain('keys are NOT pinned');
    for (const party of ['north', 'south'])
      expect(unpinned.out).toMatch(new RegExp(`${party}\\s+${keyFingerprint(publicKeys[party]!)}`));
    // A party missing from the pins is refused too, and a malformed pin file is bad input.
    writeFileSync(file('north-only.json'), JSON.stringify({ north: publicKeys.north }));
    const partial = await parley(offline, 'verify', file('signed.json'), '--trust', file('north-only.json'));
    expect(partial.code).toBe(9);
    expect(partial.out).toContain(`signature 2 (south): ${file('north-only.json')} pins no key for 'south'`);
    writeFileSync(file('bad.json'), JSON.stringify({ north: 'not a key' }));
    const bad = await parley(offline, 'verify', file('signed.json'), '--trust', file('bad.json'));
    expect(bad.code).toBe(3);
    expect(bad.err).toContain('"north" is not a public key');
  }, 60_000);

  it('sign status and the certificate print each key’s fingerprint', async () => {
    const status = await parley(real, 'sign', 'status', 'second-text');
    expect(status.code, status.err).toBe(0);
    for (const party of ['north', 'south'])
      expect(status.out).toMatch(
        new RegExp(`^${party}\\s+signed \\S+\\s+key ${keyFingerprint(publicKeys[party]!)}$`, 'm'),
      );
    expect((await parley(real, 'sign', 'certificate', 'second-text', '-o', file('cert.html'))).code).toBe(0);
    expect(readFileSync(file('cert.html'), 'utf8')).toContain(keyFingerprint(publicKeys.north!));
  }, 60_000);

  it('a key file from elsewhere is registered by signing the challenge with it', async () => {
    const home = file('register');
    await harbourReadyToSign(home, ['north']);
    const pair = keyPairFromSeed(Buffer.alloc(32, 7));
    writeFileSync(file('browser.key.json'), JSON.stringify({ signatory: 'north', ...pair }));
    const r = await parley(home, 'sign', 'register', 'north', file('browser.key.json'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`public key  ${pair.publicKey}`);
    const signed = await parley(
      home,
      'sign',
      'second-text',
      '--as',
      'north',
      '--key',
      file('browser.key.json'),
    );
    expect(signed.code, signed.err).toBe(0);
  }, 60_000);

  it('sign status exits 9 once the signed text was edited in the database', async () => {
    const store = await openStore({ home: real });
    try {
      await store.db.execute(
        sql`update provision set text = text || ' Unless either party objects.' where draft_id = 'second-text' and path = '1'`,
      );
    } finally {
      await store.close();
    }
    const status = await parley(real, 'sign', 'status', 'second-text');
    expect(status.code).toBe(9);
    expect(status.out).toContain('NOT VALID');
    expect(status.out).toContain('the enclosed text does not match the hash that was signed');
    expect(status.out).not.toContain('complete');
    const json = await parley(real, 'sign', 'status', 'second-text', '--json');
    expect(json.code).toBe(9);
    expect(JSON.parse(json.out).verdict).toMatchObject({ valid: false });
  }, 60_000);
});
