// `parley demo` on a fresh home: the record verifies, and the signatory still to sign gets
// a private key file with which the signing of the Geneva revision can be finished.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

describe('parley demo', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-demo-'));
  const home = path.join(dir, 'home');
  const cli = (...args: string[]) => runCli(home, args);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads a verifiable record and hands the US its key to finish the signing', async () => {
    const demo = await cli('demo');
    expect(demo.code, demo.err).toBe(0);
    expect(demo.out).toMatch(/Progress: \d+\/20 agreed/);
    const keyFile = path.join(home, 'keys', 'demo-us.key.json');
    expect(demo.err).toContain(`us can sign: parley sign geneva-revision --as us --key ${keyFile}`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(keyFile, 'utf8'))).toMatchObject({ signatory: 'us' });
    // Ukraine's key was used once at load time and never written down.
    expect(() => statSync(path.join(home, 'keys', 'demo-ukraine.key.json'))).toThrow();

    const verified = await cli('audit', 'verify');
    expect(verified.code, verified.err).toBe(0);
    expect(verified.out).toMatch(/^audit log OK/);

    const signed = await cli('sign', 'geneva-revision', '--as', 'us', '--key', keyFile);
    expect(signed.code, signed.err).toBe(0);
    const status = await cli('sign', 'status', 'geneva-revision');
    expect(status.out).toMatch(/complete/i);
    expect((await cli('audit', 'verify')).code).toBe(0);
  }, 240_000);
});
