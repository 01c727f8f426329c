// `parley amendment …` on an embedded home: propose each kind, list, withdraw, settle, and
// the bad inputs named by flag, changing nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const fixtures = path.resolve('test/fixtures/cli');

describe('parley amendment', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-amend-'));
  const home = path.join(dir, 'home');
  const cli = (...args: string[]) => runCli(home, args);
  const ok = async (...args: string[]) => {
    const r = await cli(...args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    return r.out;
  };
  const listed = async (...args: string[]) =>
    JSON.parse(await ok('amendment', 'list', '--draft', 'h1', '--json', ...args)) as {
      id: string;
      kind: string;
      state: string;
      party: string;
      number: string;
    }[];

  beforeAll(async () => {
    await ok('init', '--title', 'Harbour Accord');
    await ok('party', 'add', 'north', '--name', 'Northland', '--role', 'principal');
    await ok('party', 'add', 'south', '--name', 'Southland', '--role', 'principal');
    const draft = path.join(fixtures, 'harbour-v1.md');
    await ok('draft', 'import', draft, '--id', 'h1', '--label', 'First text', '--date', '2025-05-01');
    await ok('draft', 'import', draft, '--id', 'h2', '--label', 'Closed', '--date', '2025-05-02');
    for (const to of ['north', 'south']) {
      // Writing the copy to a file reports it on stderr.
      for (const d of ['h1', 'h2']) {
        expect((await cli('circulate', d, '--to', to, '-o', path.join(dir, `${to}-${d}.md`))).code).toBe(0);
      }
    }
    await ok('draft', 'finalize', 'h2');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('proposes a replacement and prints its id with --json', async () => {
    const out = await ok(
      'amendment',
      'propose',
      '--party',
      'Northland',
      '--draft',
      'h1',
      '--provision',
      '3',
      '--replace',
      'Harbour fees are set jointly every year.',
      '--note',
      'yearly is fairer',
      '--json',
    );
    const { id } = JSON.parse(out) as { id: string };
    expect(id).toMatch(/\S/);
    const [first] = await listed();
    expect(first).toMatchObject({ id, party: 'north', kind: 'replace', state: 'proposed', number: '3' });
  });

  it('proposes a deletion, an insertion, and a new provision after another', async () => {
    const base = ['amendment', 'propose', '--party', 'south', '--draft', 'h1'];
    expect(await ok(...base, '--provision', '(a)', '--delete')).toMatch(
      /^proposed .*: south delete on h1 §\(a\) \(proposed\)/,
    );
    await ok(...base, '--provision', '1', '--insert-after', 'Fishing boats too.');
    await ok(...base, '--new', 'Disputes go to the broker.', '--after', '3');
    const south = await listed('--party', 'south');
    expect(south.map((a) => [a.kind, a.number])).toEqual([
      ['delete', '(a)'],
      ['insert-after', '1'],
      ['new', '3'],
    ]);
  });

  it('withdraws one, then refuses to withdraw it again; the secretariat settles another', async () => {
    const [mine, other] = await listed('--party', 'south');
    expect(await ok('amendment', 'withdraw', mine!.id)).toMatch(/^withdrawn .*\(withdrawn\)/);
    const again = await cli('amendment', 'withdraw', mine!.id);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/is withdrawn: only a proposed amendment can become withdrawn/);
    await ok('amendment', 'decide', other!.id, '--state', 'taken_in_part', '--note', 'shorter');
    const states = (await listed('--party', 'south')).map((a) => a.state);
    expect(states).toEqual(['withdrawn', 'taken_in_part', 'proposed']);
    expect((await listed('--state', 'proposed')).length).toBe(2);
  });

  it('shares one with another party after proposing it; a party unknown or missing is named', async () => {
    const out = await ok(
      'amendment',
      'propose',
      '--party',
      'north',
      '--draft',
      'h1',
      '--provision',
      '2',
      '--replace',
      'Weekly.',
      '--json',
    );
    const { id } = JSON.parse(out) as { id: string };
    expect(await ok('amendment', 'share', id, '--with', 'south')).toMatch(/^shared .* with south\n$/);
    const shown = JSON.parse(await ok('amendment', 'show', id, '--json')) as { sharedWith?: string[] };
    expect(shown.sharedWith).toEqual(['south']);
    const unknown = await cli('amendment', 'share', id, '--with', 'nobody');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toMatch(/unknown party 'nobody'/);
    const none = await cli('amendment', 'share', id);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--with/);
  });

  it('bad input is named by flag and changes nothing', async () => {
    const before = await listed();
    const base = ['amendment', 'propose', '--party', 'north', '--draft', 'h1'];
    const cases: [string[], RegExp][] = [
      [[...base, '--provision', '1'], /say what the amendment does: --replace TEXT, --delete/],
      [[...base, '--provision', '1', '--delete', '--replace', 'x'], /give only one of/],
      [[...base, '--provision', '1', '--replace', '  '], /--replace: give the replacement wording/],
      [[...base, '--provision', '9', '--delete'], /unknown provision 'h1:9'/],
      [[...base, '--new', 'A new point.'], /--after: name the provision the new one goes after/],
      [
        ['amendment', 'propose', '--party', 'north', '--draft', 'h2', '--provision', '1', '--delete'],
        /draft 'h2' is final/,
      ],
      [
        ['amendment', 'propose', '--party', 'nobody', '--draft', 'h1', '--provision', '1', '--delete'],
        /unknown party 'nobody'/,
      ],
      [['amendment', 'decide', before[0]!.id, '--state', 'maybe'], /--state: /],
      [['amendment', 'withdraw', 'no-such'], /unknown amendment 'no-such'/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.err).toMatch(message);
    }
    expect(await listed()).toEqual(before);
  });

  it('the state proof covers amendments: a state rewritten in the database is named', async () => {
    expect(await ok('audit', 'verify')).toMatch(/^audit log OK/);
    const [first] = await listed();
    const db = new PGlite(path.join(home, 'pgdata'));
    try {
      await db.exec(`update amendment set state = 'taken' where id = '${first!.id}'`);
    } finally {
      await db.close();
    }
    const verdict = await cli('audit', 'verify');
    expect(verdict.code).toBe(9);
    expect(verdict.out).toContain(`amendment ${first!.id}: changed`);
  });
});
