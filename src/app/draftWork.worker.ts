// The draft worker: runs one draft task (draftTasks.ts) on its own thread and posts back
// the result (long lists as JSON slices, see packResult), or the ParleyError it threw as
// plain data for the main thread to rethrow.
import { parentPort, workerData } from 'node:worker_threads';
import { isParleyError } from '../core/errors.ts';
import { type PackedTask, packResult, runDraftTask, unpackTask } from './draftTasks.ts';

try {
  parentPort?.postMessage({
    ok: true,
    value: packResult(runDraftTask(unpackTask(workerData as PackedTask))),
  });
} catch (error) {
  parentPort?.postMessage(
    isParleyError(error)
      ? { ok: false, error: { code: error.code, message: error.message, details: error.details } }
      : {
          ok: false,
          error: { message: error instanceof Error ? (error.stack ?? error.message) : String(error) },
        },
  );
}
