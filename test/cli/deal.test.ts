// `parley deal` end to end through the built CLI (dist/), as a user runs it: no home, a JSON file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-deal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parley(...args: string[]): { code: number; out: string; err: string } {
  try {
    // A home that does not exist: the deal commands must never need one.
    const env = { ...process.env, PARLEY_HOME: path.join(dir, 'no-home') };
    const out = execFileSync(process.execPath, ['bin/parley.js', ...args], {
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out, err: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: e.stdout, err: e.stderr };
  }
}

function file(name: string, json: unknown): string {
  const where = path.join(dir, name);
  writeFileSync(where, JSON.stringify(json));
  return where;
}

describe('parley deal', () => {
  it('aw prints exact shares and equal points as fractions', () => {
    const aw = file('aw.json', {
      parties: ['A', 'B'],
      items: [
        { item: 'X', A: 35, B: 55 },
        { item: 'Y', A: 60, B: 25 },
        { item: 'Z', A: 5, B: 20 },
      ],
    });
    const r = parley('deal', 'aw', aw, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      allocation: { X: { A: '1/6', B: '5/6' }, Y: { A: '1', B: '0' }, Z: { A: '0', B: '1' } },
      initialPoints: { A: '60', B: '75' },
      points: { A: '395/6', B: '395/6' },
      split: 'X',
    });
  });

  it('solve picks the Nash package of the example file and says it is proven', () => {
    const r = parley('deal', 'solve', 'examples/deals/fisheries.json', '--rule', 'nash', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      package: { quota: 'equal', patrols: 'joint', customs: 'staged', review: 'every-3-years' },
      utilities: { Northport: 0.54, Southbay: 0.8, Eastvale: 0.81 },
      optimal: true,
    });
  });

  it('refuses a bad file with the path and the fix, and a deadlock with the blockers, by exit code', () => {
    const bad = file('bad.json', {
      parties: ['A'],
      issues: [{ issue: 'i', options: ['a'] }],
      profiles: { A: { weights: { i: -1 }, scores: {} } },
    });
    const negative = parley('deal', 'solve', bad);
    expect(negative.code).toBe(3);
    expect(negative.err).toMatch(
      /Deals: .*bad\.json: profiles\.A\.weights\.i: negative weight -1; weights are 0 or more/,
    );
    const deadlock = parley('deal', 'solve', 'examples/deals/deadlock.json');
    expect(deadlock.code).toBe(5);
    expect(deadlock.err).toMatch(
      /no package gives every party more than its reservation: red lines leave no option on "customs" \(Northport, Eastvale\)/,
    );
    const concessions = JSON.parse(
      parley('deal', 'concessions', 'examples/deals/deadlock.json', '--json').out,
    );
    expect(concessions.concessions).toEqual([{ party: 'Eastvale', issue: 'customs', option: 'staged' }]);
    expect(parley('deal', 'solve', 'examples/deals/fisheries.json', '--rule', 'fair').code).toBe(3);
  });
});
