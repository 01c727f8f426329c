// Committed changes, published after the transaction commits. Subscribers (the live
// channel of the server, tests) get ids and kinds and refetch through the API.

export interface Change {
  entity: string;
  id: string;
  action: string;
  at: string;
}

export interface ChangeBus {
  publish(change: Change): void;
  subscribe(listener: (change: Change) => void): () => void;
}

/** The in-process bus: enough for one process on the embedded database. */
export function createMemoryBus(): ChangeBus {
  const listeners = new Set<(change: Change) => void>();
  return {
    publish(change) {
      for (const listener of listeners) listener(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
