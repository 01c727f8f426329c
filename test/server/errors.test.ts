import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/server/app.ts';
import { backends } from '../support/stores.ts';
import { exported, type Harness, openHarness } from './harness.ts';

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  payload?: string | object;
  headers?: Record<string, string>;
  status: number;
  code: string;
  /** A fragment the message must contain, so the client knows what to fix. */
  says: string;
}

const json = { 'content-type': 'application/json' };

const cases: Case[] = [
  {
    name: 'malformed JSON',
    method: 'POST',
    url: '/api/parties',
    headers: json,
    payload: '{"id": "isle",',
    status: 400,
    code: 'parse_error',
    says: 'JSON',
  },
  {
    name: 'an empty JSON body',
    method: 'POST',
    url: '/api/parties',
    headers: json,
    payload: '',
    status: 400,
    code: 'invalid_input',
    says: 'JSON body',
  },
  {
    name: 'a wrong type',
    method: 'POST',
    url: '/api/parties',
    payload: { id: 7, name: 'Isles', role: 'guarantor' },
    status: 400,
    code: 'invalid_input',
    says: 'id: Invalid input: expected string',
  },
  {
    name: 'an unknown enum value',
    method: 'POST',
    url: '/api/parties',
    payload: { id: 'isle', name: 'Isles', role: 'king' },
    status: 400,
    code: 'invalid_input',
    says: 'role',
  },
  {
    name: 'a duplicate id',
    method: 'POST',
    url: '/api/parties',
    payload: { id: 'north', name: 'Other', role: 'observer' },
    status: 409,
    code: 'duplicate',
    says: "'north' already exists",
  },
  {
    name: 'a duplicate alias',
    method: 'POST',
    url: '/api/parties',
    payload: { id: 'nord', name: 'Nordstadt', role: 'observer' },
    status: 409,
    code: 'duplicate',
    says: 'Nordstadt',
  },
  {
    name: 'an unknown party on a person',
    method: 'POST',
    url: '/api/people',
    payload: { id: 'ana', name: 'Ana', party: 'Atlantis' },
    status: 404,
    code: 'not_found',
    says: 'Atlantis',
  },
  {
    name: 'an unknown track member',
    method: 'POST',
    url: '/api/tracks',
    payload: { id: 'air', name: 'Air', parties: ['mars'] },
    status: 404,
    code: 'not_found',
    says: 'mars',
  },
  {
    name: 'an impossible date',
    method: 'POST',
    url: '/api/sources',
    payload: { id: 's2', title: 'T', outlet: 'O', date: '2025-02-30' },
    status: 400,
    code: 'invalid_input',
    says: 'date',
  },
  {
    name: 'an unknown event participant',
    method: 'POST',
    url: '/api/events',
    payload: { id: 'e1', kind: 'call', title: 'Call', date: '2025-03-03', participants: ['ghost'] },
    status: 404,
    code: 'not_found',
    says: 'ghost',
  },
  {
    name: 'an unknown draft',
    method: 'GET',
    url: '/api/drafts/v9',
    status: 404,
    code: 'not_found',
    says: "'v9'",
  },
  {
    name: 'a draft id that is no slug',
    method: 'GET',
    url: '/api/drafts/V%20one',
    status: 400,
    code: 'invalid_input',
    says: 'draft: use lowercase letters',
  },
  {
    name: 'a draft without numbered points',
    method: 'POST',
    url: '/api/drafts',
    payload: { text: 'Just prose, no points.', label: 'Prose' },
    status: 400,
    code: 'parse_error',
    says: 'numbered',
  },
  {
    name: 'a draft without a label',
    method: 'POST',
    url: '/api/drafts',
    payload: { text: '1. One.' },
    status: 400,
    code: 'invalid_input',
    says: 'label',
  },
  {
    name: 'a draft label already used',
    method: 'POST',
    url: '/api/drafts',
    payload: { text: '1. One.', label: 'First text', id: 'v3' },
    status: 409,
    code: 'duplicate',
    says: 'First text',
  },
  {
    name: 'a draft with a missing parent',
    method: 'POST',
    url: '/api/drafts',
    payload: { text: '1. One.', label: 'Orphan', parents: ['v0'] },
    status: 422,
    code: 'broken_reference',
    says: "'v0'",
  },
  {
    name: 'a position on an unknown provision',
    method: 'POST',
    url: '/api/positions',
    payload: { party: 'north', draft: 'v2', provision: '9', stance: 'accept', asOf: '2025-03-11' },
    status: 404,
    code: 'not_found',
    says: 'v2:9',
  },
  {
    name: 'a position with an unknown stance',
    method: 'POST',
    url: '/api/positions',
    payload: { party: 'north', draft: 'v2', provision: '1', stance: 'maybe', asOf: '2025-03-11' },
    status: 400,
    code: 'invalid_input',
    says: 'stance',
  },
  {
    name: 'a status on a bad date',
    method: 'GET',
    url: '/api/status?asOf=yesterday',
    status: 400,
    code: 'invalid_input',
    says: 'asOf: use a date like 2025-11-23',
  },
  {
    name: 'a history without a provision',
    method: 'GET',
    url: '/api/positions/history?draft=v2',
    status: 400,
    code: 'invalid_input',
    says: 'provision',
  },
  {
    name: 'positions by provision without a draft',
    method: 'GET',
    url: '/api/positions?provision=1',
    status: 400,
    code: 'invalid_input',
    says: 'provision: name the draft it belongs to',
  },
  {
    name: 'a comparison with an unknown draft',
    method: 'GET',
    url: '/api/compare?from=v1&to=v7',
    status: 404,
    code: 'not_found',
    says: "'v7'",
  },
  {
    name: 'an unknown route',
    method: 'GET',
    url: '/api/treaties',
    status: 404,
    code: 'not_found',
    says: '/api/treaties',
  },
  {
    name: 'an unknown method on a known path',
    method: 'DELETE',
    url: '/api/parties',
    status: 404,
    code: 'not_found',
    says: 'DELETE /api/parties',
  },
  {
    name: 'a body that is not JSON',
    method: 'POST',
    url: '/api/parties',
    headers: { 'content-type': 'application/xml' },
    payload: '<party/>',
    status: 415,
    code: 'unsupported',
    says: 'application/json',
  },
];

describe.each(backends)('bad requests on $name', (backend) => {
  let h: Harness;
  let before: string;
  // Failed requests write nothing, so one seeded server serves every case, and the
  // export after all of them must equal the export before.
  beforeAll(async () => {
    h = await openHarness(backend);
    before = await exported(h.app);
  });
  afterAll(() => h.close());

  it.each(cases)('$name gets $status $code and changes nothing', async (c) => {
    const r = await h.app.inject({
      method: c.method,
      url: c.url,
      ...(c.headers ? { headers: c.headers } : {}),
      ...(c.payload !== undefined ? { payload: c.payload } : {}),
    });
    expect(r.statusCode, r.body).toBe(c.status);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    const body = r.json();
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error).toMatchObject({ code: c.code, details: expect.any(Object) });
    expect(body.error.message).toContain(c.says);
    expect(await exported(h.app)).toBe(before);
  });

  it('refuses a body over 2 MB with 413 and changes nothing', async () => {
    const text = `1. ${'x'.repeat(BODY_LIMIT)}`;
    const r = await h.app.inject({ method: 'POST', url: '/api/drafts', payload: { text, label: 'Huge' } });
    expect(r.statusCode).toBe(413);
    expect(r.json().error.code).toBe('too_large');
    expect(await exported(h.app)).toBe(before);
  });

  it('accepts a draft close to the limit', async () => {
    const points = Array.from(
      { length: 1500 },
      (_, i) => `${i + 1}. ${'Each party shall keep the shore clean. '.repeat(30)}`,
    );
    const payload = { text: points.join('\n'), label: 'Long text', id: 'long', date: '2025-04-01' };
    expect(JSON.stringify(payload).length).toBeGreaterThan(1.5 * 1024 * 1024);
    const r = await h.app.inject({ method: 'POST', url: '/api/drafts', payload });
    expect(r.statusCode, r.body.slice(0, 300)).toBe(201);
    expect(r.json().draft.provisions).toHaveLength(1500);
  });

  it('answers an unexpected failure with 500, no stack trace', async () => {
    const store = h.services.store;
    const db = store.db;
    // A store that breaks mid-request, as a lost database connection would.
    Object.defineProperty(store, 'db', {
      configurable: true,
      get: () => {
        throw new Error('connection lost at /secret/path');
      },
    });
    try {
      const r = await h.app.inject({ method: 'GET', url: '/api/parties' });
      expect(r.statusCode).toBe(500);
      expect(r.json()).toEqual({ error: { code: 'internal', message: expect.any(String), details: {} } });
      expect(r.body).not.toContain('/secret/path');
      expect(r.body).not.toContain('at ');
    } finally {
      Object.defineProperty(store, 'db', { configurable: true, value: db });
    }
  });
});
