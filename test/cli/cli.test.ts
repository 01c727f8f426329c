import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const fixtures = path.resolve('test/fixtures/cli');

describe('the parley CLI on an embedded home', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-cli-'));
  const home = path.join(dir, 'home');
  const cli = (...args: string[]) => runCli(home, args);

  beforeAll(async () => {
    expect((await cli('init', '--title', 'Harbour Accord')).code).toBe(0);
    for (const args of [
      ['party', 'add', 'north', '--name', 'Northland', '--role', 'principal', '--aliases', 'Nordhavn'],
      ['party', 'add', 'south', '--name', 'Southland', '--role', 'principal'],
      ['party', 'add', 'broker', '--name', 'Broker Union', '--role', 'mediator'],
      [
        'person',
        'add',
        'ines',
        '--name',
        'Ines Varga',
        '--office',
        'Chief negotiator',
        '--party',
        'Nordhavn',
      ],
      [
        'source',
        'add',
        'tide-1',
        '--title',
        'Harbour talks open',
        '--outlet',
        'Tide Post',
        '--date',
        '2025-05-02',
      ],
    ]) {
      const r = await cli(...args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a Markdown draft and prints what it parsed', async () => {
    const r = await cli(
      'draft',
      'import',
      path.join(fixtures, 'harbour-v1.md'),
      '--label',
      'First text',
      '--date',
      '2025-05-01',
      '--author',
      'broker',
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('imported draft first-text');
    expect(r.out).toMatch(/Provisions: 5 \(level 1: 3, level 2: 2\)/);
    const shown = JSON.parse((await cli('draft', 'show', 'first-text', '--json')).out);
    expect(shown.provisions.map((p: { path: string }) => p.path)).toEqual(['1', '2', '2.a', '2.b', '3']);
    expect(shown.author).toBe('broker');
  });

  it('links a revision to its parent and carries stances by lineage', async () => {
    const r = await cli(
      'draft',
      'import',
      path.join(fixtures, 'harbour-v2.md'),
      '--label',
      'Second text',
      '--date',
      '2025-05-09',
      '--parent',
      'first-text',
    );
    expect(r.code).toBe(0);
    expect(
      (
        await cli(
          'position',
          'set',
          '--party',
          'Nordhavn',
          '--draft',
          'first-text',
          '--provision',
          '1',
          '--stance',
          'accept',
          '--as-of',
          '2025-05-03',
          '--source',
          'tide-1',
        )
      ).code,
    ).toBe(0);
    const status = JSON.parse((await cli('status', '--json')).out);
    expect(status.draft.id).toBe('second-text');
    expect(status.rows[0]).toMatchObject({ path: '1', stances: { north: 'accept' }, carriedOver: ['north'] });
  });

  it('lists as tables and as JSON', async () => {
    const table = await cli('party', 'list');
    expect(table.out).toMatch(/^ID\s+NAME\s+ROLE/);
    const parties = JSON.parse((await cli('party', 'list', '--json')).out);
    expect(parties.map((p: { id: string }) => p.id)).toEqual(['broker', 'north', 'south']);
    const people = JSON.parse((await cli('person', 'list', '--json')).out);
    expect(people[0]).toMatchObject({ id: 'ines', party: 'north' });
  });

  const refusals: [string, string[], number, RegExp][] = [
    [
      'an unknown party',
      [
        'position',
        'set',
        '--party',
        'atlantis',
        '--draft',
        'first-text',
        '--provision',
        '1',
        '--stance',
        'accept',
      ],
      4,
      /unknown party 'atlantis'.*parley party list/,
    ],
    ['an unknown draft', ['draft', 'show', 'nope'], 4, /unknown draft 'nope'/],
    [
      'a wrong stance',
      [
        'position',
        'set',
        '--party',
        'north',
        '--draft',
        'first-text',
        '--provision',
        '1',
        '--stance',
        'maybe',
      ],
      3,
      /stance/,
    ],
    [
      'a duplicate id',
      ['party', 'add', 'north', '--name', 'Again', '--role', 'observer'],
      5,
      /already exists/,
    ],
    [
      'a missing parent',
      [
        'draft',
        'import',
        path.join(fixtures, 'harbour-v2.md'),
        '--label',
        'Orphan',
        '--date',
        '2025-05-10',
        '--parent',
        'ghost',
      ],
      4,
      /parent draft 'ghost' does not exist/,
    ],
    ['a missing file', ['draft', 'import', '/nonexistent/x.md', '--label', 'X'], 4, /no such file/],
  ];
  it.each(refusals)(
    'refuses %s with a specific message and changes nothing',
    async (_name, args, code, message) => {
      const before = (await cli('export')).out;
      const r = await cli(...args);
      expect(r.code).toBe(code);
      expect(r.err).toMatch(message);
      expect((await cli('export')).out).toBe(before);
    },
  );

  it('refuses empty and unnumbered drafts, naming the problem', async () => {
    const empty = path.join(dir, 'empty.md');
    writeFileSync(empty, '   \n');
    const prose = path.join(dir, 'prose.txt');
    writeFileSync(prose, 'The parties met.\nThey talked about the harbour.\n');
    const binary = path.join(dir, 'blob.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x00, 0x01]));
    for (const [file, message] of [
      [empty, /empty/i],
      [prose, /number/i],
      [binary, /binary/],
    ] as const) {
      const r = await cli('draft', 'import', file, '--label', `bad ${path.basename(file)}`);
      expect(r.code).toBe(3);
      expect(r.err).toMatch(message);
    }
    expect(JSON.parse((await cli('draft', 'list', '--json')).out)).toHaveLength(2);
  });

  it('export → import into a fresh home → export gives identical JSON', async () => {
    const bundleFile = path.join(dir, 'bundle.json');
    expect((await cli('export', '-o', bundleFile)).code).toBe(0);
    const other = path.join(dir, 'other');
    const imported = await runCli(other, ['import', bundleFile]);
    expect(imported.code).toBe(0);
    expect((await runCli(other, ['export'])).out).toBe((await cli('export')).out);
    const again = await runCli(other, ['import', bundleFile]);
    expect(again.code).toBe(5);
    expect(again.err).toMatch(/fresh PARLEY_HOME/);
  });

  it('ingests, and a refused review names the flag to give; claims by kind survive export → import', async () => {
    expect((await cli('ingest', 'examples/harbour/sources/')).code).toBe(0);
    const first = async (kind: string) =>
      (JSON.parse((await cli('claims', 'list', '--kind', kind, '--json')).out) as { id: string }[])[0]!.id;
    const before = (await cli('export')).out;
    const stance = await cli('claims', 'accept', await first('position'));
    expect(stance.code).toBe(3);
    expect(stance.err).toMatch(/--provision: the stance of claim c-\w+ names no provision/);
    const quote = await cli('claims', 'accept', await first('quote'), '--date', '2025-05-09');
    expect(quote.code).toBe(3);
    expect(quote.err).toMatch(/--date: claim c-\w+ is a quote, which takes no date/);
    expect((await cli('export')).out).toBe(before);

    const bundleFile = path.join(dir, 'claims.json');
    expect((await cli('export', '-o', bundleFile)).code).toBe(0);
    const other = path.join(dir, 'with-claims');
    expect((await runCli(other, ['import', bundleFile])).code).toBe(0);
    expect((await runCli(other, ['export'])).out).toBe(before);
  }, 240_000);

  it('reviews several claims in one write, and refuses the lot naming the one already reviewed', async () => {
    expect((await cli('ingest', 'examples/harbour/sources/')).code).toBe(0);
    const listed = await cli('claims', 'list', '--kind', 'mention', '--status', 'suggested', '--json');
    const mentions = (JSON.parse(listed.out) as { id: string }[]).map((c) => c.id).slice(0, 3);
    expect(mentions.length).toBeGreaterThan(1);
    const done = await cli('claims', 'review', 'accept', ...mentions);
    expect(done.code).toBe(0);
    expect(done.out).toContain(`accepted ${mentions.length} claims`);
    const before = (await cli('export')).out;
    const again = await cli('claims', 'review', 'reject', ...mentions);
    expect(again.code).toBe(5);
    expect(again.err).toContain(`claim ${mentions[0]} was already accepted`);
    const bad = await cli('claims', 'review', 'maybe', mentions[0]!);
    expect(bad.code).toBe(3);
    expect(bad.err).toMatch(/<decision>: /);
    expect((await cli('export')).out).toBe(before);
  }, 240_000);

  it('prints a contradiction once, with the other passages of each side under it', async () => {
    const docs = path.join(dir, 'quoted');
    mkdirSync(docs);
    const words = '"No harbour changes hands without a vote," said';
    writeFileSync(path.join(docs, 'a.txt'), `Quay notes\n\n${words} Ines Varga on Monday.\n`);
    writeFileSync(path.join(docs, 'b.txt'), `Dock diary\n\n${words} Ines Varga at the quay.\n`);
    writeFileSync(path.join(docs, 'c.txt'), `Pier post\n\n${words} Tomas Brek, a harbour official.\n`);
    expect((await cli('ingest', docs)).code).toBe(0);
    const r = await cli('contradictions');
    expect(r.code).toBe(0);
    const flags = r.out.split('\n\n').filter((f) => f.includes('harbour changes hands'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatch(/Ines Varga[\s\S]*\(same side\)/);
    expect(flags[0]).toContain('Tomas Brek');
  }, 240_000);

  it('demo refuses a non-empty home without --force', async () => {
    const r = await cli('demo');
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/--force/);
  });
});
