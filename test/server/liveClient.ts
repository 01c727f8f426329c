// A live-channel client for tests: connects (optionally with `since`), keeps every message,
// and waits for the ones a test expects.
import WebSocket from 'ws';

export interface LiveMessage {
  type: string;
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
  /** The last seq seen (a change's or hello's): what to send as `since` on reconnecting. */
  lastSeq(): number | undefined;
  /** Resolves once `count` changes have arrived; rejects after `timeoutMs`. */
  waitForChanges(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when the socket closes, with its close code. */
  closed: Promise<number>;
}

/** Opens `/api/live` on `base` and resolves after `hello` (anything missed comes before it). */
export async function connectLive(
  base: string,
  options: { since?: number; headers?: Record<string, string> } = {},
): Promise<LiveClient> {
  const url = new URL('/api/live', base.replace(/^http/, 'ws'));
  if (options.since !== undefined) url.searchParams.set('since', String(options.since));
  const socket = new WebSocket(url, { headers: options.headers ?? {} });
  const messages: LiveMessage[] = [];
  let wake = () => {};
  socket.on('message', (raw) => {
    messages.push(JSON.parse(String(raw)) as LiveMessage);
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
    lastSeq: () => messages.findLast((m) => m.seq !== undefined)?.seq,
    waitForChanges: (count, timeoutMs = 10_000) =>
      waitFor(() => changes().length >= count, `fewer than ${count} changes`, timeoutMs),
    closed,
  };
}
