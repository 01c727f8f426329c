// Lets at most a few writes of this process into the database at once. Every write takes the
// audit lock first (auditTrail.ts), so writes commit one at a time across all servers; more
// than a couple in flight per process only hold pool connections while they wait for the
// lock, and the reads queued behind them (sign-ins, the live channel's) wait too.

export interface WriteGate {
  /** Runs `fn` once fewer than the limit are running; waiters go in arrival order. */
  through<T>(fn: () => Promise<T>): Promise<T>;
}

export function createWriteGate(limit: number): WriteGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    async through(fn) {
      if (running < limit) running++;
      else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
      try {
        return await fn();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running--;
      }
    },
  };
}
