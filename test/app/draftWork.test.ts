import { describe, expect, it } from 'vitest';
import { type DraftTask, runDraftTask } from '../../src/app/draftTasks.ts';
import { offThread, pairWithParentDraft, parseDraftText } from '../../src/app/draftWork.ts';
import type { Provision } from '../../src/core/model.ts';

const text = (n: number, word = 'settled') =>
  ['Schedule', '', ...Array.from({ length: n }, (_, i) => `${i + 1}. Item ${i + 1} is ${word}.`)].join('\n');

// The worker must be invisible: the same result as in this thread, the same errors.
describe('the draft worker', () => {
  it('parses a draft exactly as this thread does, summary included', async () => {
    const task = { kind: 'parse', text: `${text(2_500)}\n   (a) A sub-point.`, options: {} } as const;
    expect(await offThread(task)).toEqual(runDraftTask(task));
  }, 120_000);

  it('aligns with the parent exactly as this thread does', async () => {
    const parent: Provision[] = runDraftTask({
      kind: 'parse',
      text: text(300),
      options: {},
    }).parsed.provisions.map((p) => ({
      path: p.path,
      number: p.number,
      text: p.text,
      topics: [],
      lineage: `base:${p.path}`,
    }));
    const provisions = runDraftTask({ kind: 'parse', text: text(320, 'agreed'), options: {} }).parsed
      .provisions;
    const task: DraftTask = { kind: 'pair', parent, provisions, derivedFrom: { '1': ['2'] } };
    const pairs = await offThread(task);
    expect(pairs).toEqual(runDraftTask(task));
    expect(pairs.length).toBeGreaterThan(300);
  }, 120_000);

  it('rethrows the parser’s error with its code and line', async () => {
    const broken = `${text(5_000)}\n7. Item seven again.`;
    await expect(offThread({ kind: 'parse', text: broken, options: {} })).rejects.toMatchObject({
      name: 'ParleyError',
      code: 'parse_error',
      details: { line: 5_003 },
    });
  }, 120_000);

  it('short work stays in this thread and gives the same answer', async () => {
    const small = text(10);
    expect(await parseDraftText(small)).toEqual(runDraftTask({ kind: 'parse', text: small, options: {} }));
    expect(await pairWithParentDraft([], [], {})).toEqual([]);
  });
});
