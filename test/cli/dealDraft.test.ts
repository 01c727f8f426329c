// `parley profile …` and `parley deal … --draft D` on a real home: profiles set by flags and
// imported from a file, the deal commands reading them with the draft's provisions, and a
// bad import named by line and column that leaves the stored profile as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

describe('profiles and deals on a stored draft, through the CLI', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-deals-'));
  const home = path.join(dir, 'home');
  const file = (name: string) => path.join(dir, name);
  const ok = async (args: string[]) => {
    const r = await runCli(home, args);
    expect(r.code, r.err).toBe(0);
    return r;
  };

  beforeAll(async () => {
    writeFileSync(
      file('lake.md'),
      '# Lake accord\n\n1. The parties [shall] [may] share the lake.\n\n2. Navigation is free.\n',
    );
    await ok(['init', '--title', 'Lake']);
    await ok(['party', 'add', 'north', '--name', 'North', '--role', 'principal']);
    await ok(['party', 'add', 'south', '--name', 'South', '--role', 'principal']);
    await ok(['draft', 'import', file('lake.md'), '--label', 'Lake', '--id', 'v1', '--date', '2025-01-01']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sets a profile by flags, merging into the stored one, with its warnings', async () => {
    await ok([
      'profile',
      'set',
      'v1',
      'north',
      '--weight',
      '1=0.5',
      '--score',
      '1:b1-1=1',
      '--score',
      '1:b1-2=0.4',
    ]);
    const r = await ok([
      'profile',
      'set',
      'v1',
      'north',
      '--weight',
      '2=0.5',
      '--score',
      '2:drafted=1',
      '--red',
      '2:strike',
    ]);
    expect(r.err).toBe('');
    const shown = JSON.parse((await ok(['profile', 'show', 'v1', 'north', '--json'])).out) as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({
      weights: { '1': 0.5, '2': 0.5 },
      scores: { '1': { 'b1-1': 1, 'b1-2': 0.4 }, '2': { drafted: 1 } },
      redLines: { '2': ['strike'] },
      warnings: [],
    });
    const warned = await ok(['profile', 'set', 'v1', 'north', '--weight', '2=0.7']);
    expect(warned.err).toContain('the weights sum to 1.2');
  });

  it('imports a CSV profile; a bad one is named by line and column and changes nothing', async () => {
    writeFileSync(
      file('south.csv'),
      'provision,option,score,weight,red_line\n1,b1-2,1,0.5,\n2,strike,1,0.5,\n2,drafted,0.1,,\n',
    );
    await ok(['profile', 'import', 'v1', 'south', file('south.csv')]);
    const before = (await ok(['profile', 'show', 'v1', 'south', '--json'])).out;
    writeFileSync(file('bad.csv'), 'provision,option,score\n1,b1-2,1\n2,sail,1\n');
    const bad = await runCli(home, ['profile', 'import', 'v1', 'south', file('bad.csv')]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain("line 3, column 2: unknown option 'sail' of §2");
    expect((await ok(['profile', 'show', 'v1', 'south', '--json'])).out).toBe(before);
  });

  it('solves, plots the frontier, lists blockers and concessions from the stored profiles', async () => {
    await ok(['profile', 'set', 'v1', 'north', '--weight', '2=0.5']);
    // north: §1 b1-1 1 / b1-2 0.4, §2 drafted 1 (strike red); south: §1 b1-2 1, §2 strike 1 / drafted 0.1.
    // Acceptable: §2 drafted. (north, south) with §1 b1-1: (1, 0.05); b1-2: (0.7, 0.55). Nash: b1-2.
    const solved = JSON.parse((await ok(['deal', 'solve', '--draft', 'v1', '--json'])).out);
    expect(solved).toEqual({
      package: { '1': 'b1-2', '2': 'drafted' },
      utilities: { north: 0.7, south: 0.55 },
      optimal: true,
    });
    const frontier = JSON.parse((await ok(['deal', 'frontier', '--draft', 'v1', '--json'])).out) as {
      frontier: { package: Record<string, string> }[];
    };
    expect(frontier.frontier.map((f) => f.package['1']).sort()).toEqual(['b1-1', 'b1-2']);
    expect(JSON.parse((await ok(['deal', 'blockers', '--draft', 'v1', '--json'])).out)).toEqual({
      blockers: [],
    });
    const concessions = JSON.parse((await ok(['deal', 'concessions', '--draft', 'v1', '--json'])).out);
    expect(concessions).toMatchObject({ concessions: [], optimal: true });
    const both = await runCli(home, ['deal', 'solve', file('south.csv'), '--draft', 'v1']);
    expect(both.err).toContain('give FILE or --draft, not both');
  });
});
