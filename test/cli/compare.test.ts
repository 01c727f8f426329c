import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const fixtures = path.resolve('test/fixtures/cli');

describe('parley diff on stored drafts, with pairings a user stated', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-diff-'));
  const home = path.join(dir, 'home');
  const cli = (...args: string[]) => runCli(home, args);
  const ok = async (...args: string[]) => {
    const r = await cli(...args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return r.out;
  };
  const json = async () => JSON.parse(await ok('diff', 'first-text', 'second-text', '--format', 'json'));

  beforeAll(async () => {
    await ok('init', '--title', 'Harbour Accord');
    await ok('draft', 'import', path.join(fixtures, 'harbour-v1.md'), '--label', 'First text');
    await ok(
      'draft',
      'import',
      path.join(fixtures, 'harbour-v2.md'),
      '--label',
      'Second text',
      '--parent',
      'first-text',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the engine's pairs without a user mark", async () => {
    expect((await json()).pairs).toEqual([
      { from: ['1'], to: ['1'], kind: 'kept', score: 1 },
      { from: ['3'], to: ['2'], kind: 'reworded', score: expect.any(Number) },
    ]);
  });

  it('an override shows in the JSON and the text output, with its redline', async () => {
    expect(await ok('lineage', 'set', '--draft', 'second-text', '--provision', '2', '--from', '2')).toContain(
      '§2 ← §2',
    );
    const out = await json();
    expect(out.pairs).toEqual([
      { from: ['1'], to: ['1'], kind: 'kept', score: 1 },
      { from: ['2'], to: ['2'], kind: 'reworded', score: expect.any(Number), user: 'overridden' },
    ]);
    expect(out.deleted).toEqual(['3', '2(a)', '2(b)']);
    const text = await ok('diff', 'first-text', 'second-text', '--no-color');
    expect(text).toMatch(/^2 → 2 {2}reworded, set by a user \(0\.\d\d\)$/m);
    expect(text).toContain('[-Pilots. Each party trains its own harbour pilots-]{+Fees. Harbour fees');
    expect(text).toMatch(/- 3 deleted/);
  });

  it('a confirmed pairing is the engine pair, marked confirmed', async () => {
    await ok('lineage', 'set', '--draft', 'second-text', '--provision', '2', '--from', '3');
    expect((await json()).pairs[1]).toEqual({
      from: ['3'],
      to: ['2'],
      kind: 'reworded',
      score: expect.any(Number),
      user: 'confirmed',
    });
    expect(await ok('diff', 'first-text', 'second-text', '--no-color')).toMatch(
      /^3 → 2 {2}reworded, confirmed by a user \(0\.\d\d\)$/m,
    );
    expect(await ok('diff', 'first-text', 'second-text', '--format', 'md')).toContain('**Reworded** 3 → 2 (');
  });
});
