// Long drafts are parsed and aligned off the event loop, in a worker thread, so the server
// keeps answering while it imports one; short ones stay in this thread, where they take less
// than a worker takes to start (see OFF_THREAD_CHARS and OFF_THREAD_PROVISIONS).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ErrorCode, ParleyError } from '../core/errors.ts';
import type { Provision } from '../core/model.ts';
import type { ParseDraftOptions } from '../core/outline/index.ts';
import {
  type DraftTask,
  type DraftTaskResult,
  type PackedResult,
  type ParsedWithSummary,
  packTask,
  runDraftTask,
  unpackResult,
} from './draftTasks.ts';
import type { IncomingProvision, NewPair } from './parentPairs.ts';

/**
 * Text longer than this is parsed in the worker. Measured 2026-12-03 at load 16 on 2 cores:
 * 3,000 short points (82,000 characters) parse in 34–115 ms on the loop, 30,000 (880,000
 * characters) in 1.0–1.3 s; a worker from the compiled bundle took 2.2–4.4 s to start and
 * answer (an empty worker 0.3–0.6 s). A worker never makes an import faster: it keeps the
 * loop free at the price of a slower import, worth paying once parsing alone would stall the
 * loop well past the 100 ms the server should answer within.
 */
export const OFF_THREAD_CHARS = 100_000;

/**
 * Alignments where the two drafts together have more provisions than this run in the worker:
 * bench:compare aligns 100 against 100 in 13 ms and 1,000 against 1,000 in 123 ms (quiet
 * machine), so 500 against 500 stays near 60 ms on the loop.
 */
export const OFF_THREAD_PROVISIONS = 1_000;

/**
 * Parses a draft's text and summarises it, in the worker when the text is long. Throws
 * `parse_error` (details `{ line }`) as the outline parser does.
 */
export function parseDraftText(text: string, options: ParseDraftOptions = {}): Promise<ParsedWithSummary> {
  const task: DraftTask = { kind: 'parse', text, options };
  return text.length > OFF_THREAD_CHARS ? offThread(task) : Promise.resolve(runDraftTask(task));
}

/** Pairs a new draft with its parent (parentPairs.ts), in the worker when the drafts are long. Throws nothing of its own. */
export function pairWithParentDraft(
  parent: Provision[],
  provisions: IncomingProvision[],
  derivedFrom: Record<string, string[]>,
): Promise<NewPair[]> {
  const task: DraftTask = { kind: 'pair', parent, provisions, derivedFrom };
  return parent.length + provisions.length > OFF_THREAD_PROVISIONS
    ? offThread(task)
    : Promise.resolve(runDraftTask(task));
}

type Reply =
  | { ok: true; value: PackedResult }
  | { ok: false; error: { code?: ErrorCode; message: string; details?: Record<string, unknown> } };

/** Runs one task in a fresh worker; rethrows its ParleyError here. */
export async function offThread<T extends DraftTask>(task: T): Promise<DraftTaskResult[T['kind']]> {
  const worker = new Worker(workerEntry(), { workerData: await packTask(task) });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve(unpackResult(reply.value) as Promise<DraftTaskResult[T['kind']]>);
      else if (reply.error.code)
        reject(new ParleyError(reply.error.code, reply.error.message, reply.error.details));
      else reject(new Error(`the draft worker failed: ${reply.error.message}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the draft worker exited with code ${code} before answering`));
    });
  });
}

// The worker sits beside this module: .js when built, .ts when run from source (tsx,
// vitest). Node 20 cannot load TypeScript, and gives a worker no loader from `--import`
// in its execArgv (nodejs/node#47747), so from source a one-line ES module bootstrap loads
// the worker through tsx's API instead.
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const workerUrl = new URL(`./draftWork.worker${ext}`, import.meta.url);

function workerEntry(): URL {
  if (ext === '.js') return workerUrl;
  const tsx = tsxApi();
  const code = `import { tsImport } from ${JSON.stringify(tsx)}; await tsImport(${JSON.stringify(workerUrl.href)}, ${JSON.stringify(import.meta.url)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

// tsx's ES module API. `import.meta.resolve` picks its `import` export; where that is not
// offered (vitest's module runner), the same file is found from tsx's package.json.
function tsxApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const pkg = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'));
  return new URL('dist/esm/api/index.mjs', pkg).href;
}
