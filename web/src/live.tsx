// Live updates: one WebSocket to `/api/live` per tab. The server sends only ids and kinds
// of committed changes; views subscribed to an entity refetch through the API.
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import type { LiveChange } from './api/types.ts';

type Listener = (change: LiveChange) => void;
export type LiveState = 'connecting' | 'live' | 'offline';

interface Live {
  state: LiveState;
  subscribe(listener: Listener): () => void;
}

const LiveContext = createContext<Live>({ state: 'offline', subscribe: () => () => {} });

const RECONNECTED: LiveChange = { type: 'change', entity: '*', id: '', action: 'reconnect', at: '' };

function isChange(value: unknown): value is LiveChange {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'change';
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
    let opened = false;
    const connect = () => {
      const url = new URL('api/live', window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.hash = '';
      setState('connecting');
      socket = new WebSocket(url);
      socket.onopen = () => {
        delay = 500;
        setState('live');
        // Whatever changed while we were away: refetch everything once.
        if (opened) for (const listener of listeners) listener(RECONNECTED);
        opened = true;
      };
      socket.onmessage = (message) => {
        let data: unknown;
        try {
          data = JSON.parse(String(message.data));
        } catch {
          return;
        }
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
