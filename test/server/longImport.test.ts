import { performance } from 'node:perf_hooks';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/app/audit.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { selectAuditRows } from '../../src/store/repo/audit.ts';
import { provision } from '../../src/store/schema.ts';
import { pglite } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

/** A draft of `n` short numbered points: 60,000 of them stay under the 2 MB body limit. */
function longDraft(n: number, last = n): string {
  const lines = ['Schedule of commitments', ''];
  for (let i = 1; i < n; i++) lines.push(`${i}. Item ${i} is settled.`);
  lines.push(`${last}. Item ${last} is settled.`);
  return lines.join('\n');
}

// The old import held the event loop for the whole request (23–60 s on this machine). The
// 100 ms target is shown by bench/import.bench.ts on a quiet machine; this bound only has
// to hold on a loaded 2-core one, where every slice of work takes several times longer.
const WORST_HEALTH_GAP_MS = 1_000;
const N = 60_000;

interface Imported {
  draft: { id: string; provisions: { path: string; text: string }[] };
  summary: string;
  error?: { code: string; details: Record<string, unknown> };
}

describe('a 60,000-provision import over HTTP', () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await openHarness(pglite);
    base = await h.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => h.close());

  /** Polls /api/health every ~20 ms while `work` runs; the longest wait between two answers. */
  async function worstHealthGap<T>(work: Promise<T>): Promise<{ result: T; worst: number; answers: number }> {
    let done = false;
    let worst = 0;
    let answers = 0;
    const poller = (async () => {
      let last = performance.now();
      while (!done) {
        const response = await fetch(`${base}/api/health`);
        expect(response.status).toBe(200);
        await response.text();
        const now = performance.now();
        worst = Math.max(worst, now - last);
        answers += 1;
        last = now;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    try {
      return { result: await work, worst, answers };
    } finally {
      done = true;
      await poller;
    }
  }

  // The answer as text: parsing 6 MB of JSON here would block the loop the poller measures.
  const post = (body: unknown) =>
    fetch(`${base}/api/drafts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, text: await r.text() }));
  const json = (text: string) => JSON.parse(text) as Imported;
  const provisionsOf = async (draft: string) =>
    (await h.store.db.select({ n: count() }).from(provision).where(eq(provision.draftId, draft)))[0]!.n;

  it('keeps answering health while the draft lands whole, audited', async () => {
    const auditBefore = (await selectAuditRows(h.store.db)).length;
    const { result, worst, answers } = await worstHealthGap(
      post({ text: longDraft(N), label: 'Long schedule' }),
    );
    expect(result.status, result.text.slice(0, 300)).toBe(201);
    const body = json(result.text);
    expect(body.draft.id).toBe('long-schedule');
    expect(body.draft.provisions).toHaveLength(N);
    expect(body.draft.provisions[N - 1]).toMatchObject({
      path: String(N),
      text: `Item ${N} is settled.`,
    });
    expect(body.summary).toContain(`Provisions: ${N}`);
    expect(await provisionsOf('long-schedule')).toBe(N);
    expect(answers).toBeGreaterThan(5);
    expect(worst).toBeLessThan(WORST_HEALTH_GAP_MS);
    const verdict = await runUseCase(h.services, owner, verifyAudit, {});
    expect(verdict).toMatchObject({ ok: true, size: auditBefore + 1 });
  }, 300_000);

  it('a long text with a parse error (found in the worker) is refused and nothing lands', async () => {
    const auditBefore = (await selectAuditRows(h.store.db)).length;
    // The last point repeats number 7: the parser names the line.
    const { status, text } = await post({ text: longDraft(20_000, 7), label: 'Broken schedule' });
    expect(status).toBe(400);
    expect(json(text).error).toMatchObject({ code: 'parse_error', details: { line: 20_002 } });
    expect(await provisionsOf('broken-schedule')).toBe(0);
    expect((await selectAuditRows(h.store.db)).length).toBe(auditBefore);
  }, 300_000);
});
