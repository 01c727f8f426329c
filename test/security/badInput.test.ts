// Attack 8 of issue #11: input no column can hold (NUL, lone surrogates), reused ids, runaway
// nesting and unbounded lengths must be refused with a message naming the field — a 400 or
// 409, never a 500 — and change nothing; the server, not the client, dates a stance.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_DEPTH_MAX, NAME_MAX, TEXT_MAX } from '../../src/core/limits.ts';
import { addAccounts, exported, type Harness, openHarness } from '../server/harness.ts';
import { runCli } from '../support/cli.ts';
import { pglite } from '../support/stores.ts';

const stance = { party: 'north', draft: 'v1', provision: '1', stance: 'accept', asOf: '2025-03-03' };

/** A JSON draft whose first provision has `depth` levels of children. */
function nestedDraft(depth: number): string {
  let provision = '{"number":"1","text":"x"}';
  for (let i = 1; i < depth; i++) provision = `{"number":"1","text":"x","children":[${provision}]}`;
  return `{"title":"Deep","provisions":[${provision}]}`;
}

describe('bad input over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(pglite);
  });
  afterAll(() => h.close());

  const post = (url: string, payload: unknown) =>
    h.app.inject({ method: 'POST', url, payload: payload as object });
  const expectRefused = async (
    answer: Awaited<ReturnType<typeof post>>,
    status: number,
    code: string,
    says: RegExp,
    before: string,
  ) => {
    expect(answer.statusCode, answer.body).toBe(status);
    expect(answer.json().error.code).toBe(code);
    expect(answer.json().error.message).toMatch(says);
    expect(await exported(h.app)).toBe(before);
  };

  it('a NUL byte in a note is a 400 naming the field, not a 500', async () => {
    const before = await exported(h.app);
    const answer = await post('/api/positions', { ...stance, note: 'agreed\u0000in part' });
    await expectRefused(
      answer,
      400,
      'invalid_input',
      /^body: note: contains a NUL character \(U\+0000\) at offset 6/,
      before,
    );
  });

  it('a lone surrogate in a note is a 400 naming the field', async () => {
    const before = await exported(h.app);
    const answer = await h.app.inject({
      method: 'POST',
      url: '/api/positions',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...stance, note: 'x' }).replace('"x"', '"half \\ud83d a face"'),
    });
    await expectRefused(
      answer,
      400,
      'invalid_input',
      /note: contains a lone surrogate \(U\+D83D\) at offset 5/,
      before,
    );
  });

  it('NUL in a name, an alias, a query or a key is refused the same way', async () => {
    const before = await exported(h.app);
    await expectRefused(
      await post('/api/parties', { id: 'east', name: 'East\u0000', role: 'observer' }),
      400,
      'invalid_input',
      /body: name: contains a NUL/,
      before,
    );
    await expectRefused(
      await post('/api/parties', { id: 'east', name: 'East', role: 'observer', aliases: ['ok', '\udc00'] }),
      400,
      'invalid_input',
      /body: aliases\.1: contains a lone surrogate/,
      before,
    );
    const query = await h.app.inject({ method: 'GET', url: '/api/positions?party=north%00' });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.message).toMatch(/querystring: party: contains a NUL/);
    await expectRefused(
      await post('/api/claims/c1/accept', { edit: { text: 'x' }, 'n\u0000te': 'y' }),
      400,
      'invalid_input',
      /contains a NUL/,
      before,
    );
  });

  it('a reused client-supplied position id is a 409, and the first stance stands', async () => {
    const first = await post('/api/positions', { ...stance, id: 'north-1' });
    expect(first.statusCode).toBe(201);
    const before = await exported(h.app);
    const again = await post('/api/positions', { ...stance, stance: 'reject', id: 'north-1' });
    await expectRefused(
      again,
      409,
      'duplicate',
      /position id 'north-1' is already taken; leave id out/,
      before,
    );
    const positions = (await h.app.inject({ method: 'GET', url: '/api/positions?party=north' })).json();
    expect(positions.filter((p: { id: string }) => p.id === 'north-1')).toMatchObject([{ stance: 'accept' }]);
  });

  it('a JSON draft nested 3,000 deep is a 400 naming where, and nothing is written', async () => {
    const before = await exported(h.app);
    const answer = await post('/api/drafts', { text: nestedDraft(3000), label: 'Deep', format: 'json' });
    await expectRefused(
      answer,
      400,
      'parse_error',
      new RegExp(
        `provisions\\[0\\](\\.children\\[0\\]){${DRAFT_DEPTH_MAX}}: nested deeper than ${DRAFT_DEPTH_MAX} levels`,
      ),
      before,
    );
    const ok = await post('/api/drafts', {
      text: nestedDraft(DRAFT_DEPTH_MAX),
      label: 'Deep enough',
      format: 'json',
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('any request body nested too deep is a 400', async () => {
    let deep = '1';
    for (let i = 0; i < 3000; i++) deep = `[${deep}]`;
    const answer = await h.app.inject({
      method: 'POST',
      url: '/api/parties',
      headers: { 'content-type': 'application/json' },
      payload: `{"id":"east","name":"East","role":"observer","aliases":${deep}}`,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.message).toMatch(/body: aliases(\.0)+: nested deeper than 32 levels/);
  });

  it('a client cannot date its stance: recordedAt is the server clock', async () => {
    const answer = await post('/api/positions', {
      ...stance,
      provision: '3',
      recordedAt: '9999-12-31T23:59:59.000Z',
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const recorded = answer.json().recordedAt as string;
    expect(recorded).not.toBe('9999-12-31T23:59:59.000Z');
    expect(Date.parse(recorded)).toBeLessThan(Date.parse('2026-01-01'));
  });

  it('names, notes and drafts have stated limits; past them is a 400 and nothing is written', async () => {
    const as = await addAccounts(h.services, [{ id: 'staff', role: 'secretariat' }]);
    const before = await exported(h.app, as('staff'));
    const send = (url: string, payload: object) =>
      h.app.inject({ method: 'POST', url, headers: as('staff'), payload });
    const refused = async (url: string, payload: object, says: RegExp) => {
      const answer = await send(url, payload);
      expect(answer.statusCode, answer.body).toBe(400);
      expect(answer.json().error.message).toMatch(says);
    };
    const long = (n: number) => 'x'.repeat(n);
    await refused(
      '/api/parties',
      { id: 'east', name: long(NAME_MAX + 1), role: 'observer' },
      /name: at most 200 characters/,
    );
    await refused(
      '/api/parties',
      { id: 'east', name: long(1_000_000), role: 'observer' },
      /name: at most 200/,
    );
    await refused(
      '/api/tracks',
      { id: 't', name: long(NAME_MAX + 1), parties: ['north'] },
      /name: at most 200/,
    );
    await refused('/api/people', { id: 'p', name: long(NAME_MAX + 1) }, /name: at most 200/);
    await refused(
      '/api/users',
      { id: 'u', name: long(NAME_MAX + 1), role: 'analyst', password: 'a long password' },
      /name: at most 200/,
    );
    await refused(
      '/api/positions',
      { ...stance, note: long(TEXT_MAX + 1) },
      /note: at most 20000 characters/,
    );
    await refused(
      '/api/positions',
      { ...stance, stance: 'amend', wording: long(1_900_000) },
      /wording: at most 20000/,
    );
    await refused(
      '/api/drafts',
      { text: `1. ${long(TEXT_MAX + 1)}`, label: 'Long point' },
      /provisions\.0\.text: at most 20000 characters/,
    );
    expect(await exported(h.app, as('staff'))).toBe(before);
    const atLimit = await send('/api/parties', { id: 'east', name: long(NAME_MAX), role: 'observer' });
    expect(atLimit.statusCode).toBe(201);
  });

  it('the OpenAPI document states the limits', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const body = (route: string) => doc.paths[route].post.requestBody.content['application/json'].schema;
    expect(body('/api/parties').properties.name.maxLength).toBe(NAME_MAX);
    expect(body('/api/positions').properties.note.maxLength).toBe(TEXT_MAX);
    expect(body('/api/positions').properties.wording.maxLength).toBe(TEXT_MAX);
    expect(body('/api/positions').properties.recordedAt).toBeUndefined();
    expect(body('/api/drafts').properties.text.maxLength).toBe(2_000_000);
  });
});

describe('the CLI gives the same errors', () => {
  let home: string;
  const file = (name: string) => path.join(home, name);
  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'parley-bad-'));
    writeFileSync(file('d.md'), '1. The parties meet.\n');
    for (const args of [
      ['init', '--title', 'Bad input'],
      ['party', 'add', 'north', '--name', 'Northland', '--role', 'principal'],
      ['draft', 'import', file('d.md'), '--label', 'D', '--id', 'd', '--date', '2025-01-01'],
    ]) {
      const r = await runCli(home, args);
      expect(r.code, r.err).toBe(0);
    }
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  const set = (extra: string[]) =>
    runCli(home, [
      'position',
      'set',
      '--party',
      'north',
      '--draft',
      'd',
      '--provision',
      '1',
      '--stance',
      'accept',
      ...extra,
    ]);

  it('NUL, lone surrogates and over-long values exit 3 with the same message, and change nothing', async () => {
    const nul = await set(['--note', 'a\u0000b']);
    expect(nul.code).toBe(3);
    expect(nul.err).toMatch(/--note: contains a NUL character \(U\+0000\) at offset 1/);
    const surrogate = await set(['--note', 'a\ud800']);
    expect(surrogate.code).toBe(3);
    expect(surrogate.err).toMatch(/--note: contains a lone surrogate/);
    const long = await set(['--note', 'x'.repeat(TEXT_MAX + 1)]);
    expect(long.code).toBe(3);
    expect(long.err).toMatch(/--note: at most 20000 characters/);
    const name = await runCli(home, [
      'party',
      'add',
      'east',
      '--name',
      'x'.repeat(NAME_MAX + 1),
      '--role',
      'observer',
    ]);
    expect(name.code).toBe(3);
    // The CLI names the flag at fault (issue #12), not the input's field path.
    expect(name.err).toMatch(/--name: at most 200 characters/);
    const list = await runCli(home, ['position', 'list', '--json']);
    expect(JSON.parse(list.out)).toEqual([]);
  });

  it('a deeply nested JSON draft file exits 3 naming where', async () => {
    writeFileSync(file('deep.json'), nestedDraft(3000));
    const r = await runCli(home, ['draft', 'import', file('deep.json'), '--label', 'Deep']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/nested deeper than 12 levels; flatten the outline/);
  });
});
