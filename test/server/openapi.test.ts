import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declarations } from '../../src/contract/index.ts';
import { pglite } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

describe('the OpenAPI document', () => {
  let h: Harness;
  let document: Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };
  beforeAll(async () => {
    h = await openHarness(pglite, { seed: false });
    const r = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(r.statusCode).toBe(200);
    document = r.json();
  });
  afterAll(() => h.close());

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    // validate() dereferences in place; give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('describes every API route with its schemas', () => {
    const routes = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const route of [
      'GET /api/health',
      'GET /api/negotiation',
      'GET /api/parties',
      'POST /api/parties',
      'POST /api/people',
      'POST /api/tracks',
      'POST /api/sources',
      'POST /api/events',
      'GET /api/drafts',
      'GET /api/drafts/{draft}',
      'POST /api/drafts',
      'GET /api/status',
      'GET /api/progress',
      'GET /api/positions',
      'GET /api/positions/history',
      'POST /api/positions',
      'GET /api/export',
      'GET /api/compare',
      'POST /api/drafts/{draft}/pairings',
      'POST /api/sources/ingest',
      'GET /api/sources/{source}',
      'GET /api/claims',
      'POST /api/claims/{claim}/accept',
      'POST /api/claims/{claim}/reject',
      'GET /api/contradictions',
      'GET /api/users',
      'POST /api/users',
      'POST /api/users/{user}/tokens',
      'GET /api/session',
      'POST /api/session',
      'DELETE /api/session',
      'POST /api/drafts/{draft}/circulations',
      'GET /api/circulations',
      'GET /api/circulations/{circulation}/copy',
      'POST /api/trace',
      'POST /api/drafts/{draft}/finalize',
      'GET /api/drafts/{draft}/signing',
      'PUT /api/drafts/{draft}/signing',
      'POST /api/drafts/{draft}/signing/keys/{signatory}/challenge',
      'PUT /api/drafts/{draft}/signing/keys/{signatory}',
      'GET /api/drafts/{draft}/signing/payload',
      'POST /api/drafts/{draft}/signatures',
      'GET /api/drafts/{draft}/signed',
      'GET /api/drafts/{draft}/certificate',
      'GET /api/audit',
      'GET /api/audit/verify',
    ]) {
      expect(routes).toContain(route);
    }
    const post = document.paths['/api/positions']?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
      responses: Record<string, unknown>;
    };
    expect(Object.keys(post.requestBody.content['application/json']!.schema.properties)).toContain('basedOn');
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '4XX', '500']));
  });

  it('lists every declared use case under its name, hand-written routes included', () => {
    const operations = Object.values(document.paths).flatMap((ops) =>
      Object.values(ops).map((op) => (op as { operationId?: string }).operationId),
    );
    for (const d of declarations()) if (d.http) expect(operations, d.name).toContain(d.name);
  });
});
