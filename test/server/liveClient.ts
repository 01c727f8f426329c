// A live-channel client for tests: connects (optionally with `since`), keeps every message,
// and waits for the ones a test expects. Cursors are opened with the tests' fingerprint
// secret (app/context.ts's default, and what spawned servers are given), so tests can check
// the seqs they stand for: nothing lost, nothing twice, in order.
import { createHash } from 'node:crypto';
import WebSocket from 'ws';
import { cursorSeal } from '../../src/server/liveCursor.ts';

/** The fingerprint secret of services made without one (context.ts), as hex. */
export const TEST_FINGERPRINT_SECRET = createHash('sha256')
  .update('parley-test-only:fingerprint')
  .digest('hex');
/** Seals and opens cursors as a server with the test secret does. */
export const testCursors = cursorSeal(TEST_FINGERPRINT_SECRET);

export interface LiveMessage {
  type: string;
  cursor?: string;
  /** The seq the cursor stands for (opened here; the server never sends it). */
  seq?: number;
  entity?: string;
  id?: string;
  action?: string;
}

export interface LiveClient {
  socket: WebSocket;
  messages: LiveMessage[];
  /** The changes received, as `entity:id`, in order. */
  changes(): string[];
  /** The last cursor seen (a change's or hello's): what to send as `since` on reconnecting. */
  lastCursor(): string | undefined;
  /** The seq that cursor stands for. */
  lastSeq(): number | undefined;
  /** Resolves once `count` changes have arrived; rejects after `timeoutMs`. */
  waitForChanges(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when the socket closes, with its close code. */
  closed: Promise<number>;
}

/** Opens `/api/live` on `base` and resolves after `hello` (anything missed comes before it). */
export async function connectLive(
  base: string,
  options: { since?: string; headers?: Record<string, string> } = {},
): Promise<LiveClient> {
  const url = new URL('/api/live', base.replace(/^http/, 'ws'));
  if (options.since !== undefined) url.searchParams.set('since', options.since);
  const socket = new WebSocket(url, { headers: options.headers ?? {} });
  const messages: LiveMessage[] = [];
  let wake = () => {};
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as LiveMessage;
    const seq = message.cursor === undefined ? undefined : testCursors.open(message.cursor);
    messages.push(seq === undefined ? message : { ...message, seq });
    wake();
  });
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  const waitFor = (test: () => boolean, what: string, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${what}: got ${JSON.stringify(messages)}`)),
        timeoutMs,
      );
      wake = () => {
        if (!test()) return;
        clearTimeout(timer);
        resolve();
      };
      wake();
    });
  const changes = () => messages.filter((m) => m.type === 'change').map((m) => `${m.entity}:${m.id}`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  await waitFor(() => messages.some((m) => m.type === 'hello'), 'no hello', 10_000);
  return {
    socket,
    messages,
    changes,
    lastCursor: () => messages.findLast((m) => m.cursor !== undefined)?.cursor,
    lastSeq: () => messages.findLast((m) => m.cursor !== undefined)?.seq,
    waitForChanges: (count, timeoutMs = 10_000) =>
      waitFor(() => changes().length >= count, `fewer than ${count} changes`, timeoutMs),
    closed,
  };
}
