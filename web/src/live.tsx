// Live updates: one WebSocket to `/api/live` per tab. The server sends only ids and kinds
// of committed changes; views subscribed to an entity refetch through the API. On
// reconnecting (to this server or another behind the same address) the tab sends the last
// cursor it saw and is sent what it missed; told to resync, it refetches everything.
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { ChangeNote } from '../../src/contract/changes.ts';

/** A committed change, or `everything` when the tab missed too much to know what changed. */
export type Heard = ChangeNote | 'everything';
type Listener = (heard: Heard) => void;
export type LiveState = 'connecting' | 'live' | 'offline';

interface Live {
  state: LiveState;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<Live>({ state: 'offline', subscribe: () => () => {} });

function isChange(value: unknown): value is ChangeNote & { type: 'change' } {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'change';
}

/** The cursor a change or hello carries, if any (opaque: the server sealed it). */
function cursorOf(value: unknown): string | undefined {
  const cursor =
    typeof value === 'object' && value !== null ? (value as { cursor?: unknown }).cursor : undefined;
  return typeof cursor === 'string' ? cursor : undefined;
}

function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
}

/** Keeps one socket open (reconnecting with backoff) and fans its changes out. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LiveState>('connecting');
  const listeners = useMemo(() => new Set<Listener>(), []);

  useEffect(() => {
    let socket: WebSocket | undefined;
    let retry: number | undefined;
    let delay = 500;
    let closed = false;
    /** The last cursor heard: sent as `since` so the server replays what we missed. */
    let last: string | undefined;
    let greeted = false;
    const connect = () => {
      const since = last;
      const url = new URL('api/live', window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.hash = '';
      url.search = last === undefined ? '' : `?since=${encodeURIComponent(last)}`;
      setState('connecting');
      socket = new WebSocket(url);
      socket.onopen = () => {
        delay = 500;
        setState('live');
      };
      socket.onmessage = (message) => {
        let data: unknown;
        try {
          data = JSON.parse(String(message.data));
        } catch {
          return;
        }
        last = cursorOf(data) ?? last;
        // Too much missed, another database, or back without a seq to replay from: refetch everything once.
        const blind = typeOf(data) === 'hello' && greeted && since === undefined;
        if (typeOf(data) === 'resync' || blind) for (const listener of listeners) listener('everything');
        if (typeOf(data) === 'hello') greeted = true;
        if (isChange(data)) for (const listener of listeners) listener(data);
      };
      socket.onclose = () => {
        setState('offline');
        if (closed) return;
        retry = window.setTimeout(connect, delay);
        delay = Math.min(delay * 2, 10_000);
      };
    };
    connect();
    return () => {
      closed = true;
      window.clearTimeout(retry);
      socket?.close();
    };
  }, [listeners]);

  const value = useMemo<Live>(
    () => ({
      state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
    [state, listeners],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export const useLive = () => useContext(LiveContext);
