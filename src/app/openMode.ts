// Open mode: a home with no accounts at all (fresh, the demo, tests) lets every request
// from this machine act as the local owner. The first account added ends it for good
// (accounts are never removed), so "are we open?" is asked of the database only until then.
import { anyAccount } from '../store/repo/accounts.ts';
import type { ReadContext, Services } from './context.ts';

/** True once any account exists. Asks no policy: the answer is the same for everyone. */
export async function accountsExist(ctx: ReadContext): Promise<boolean> {
  ctx.policy.asked = true;
  return anyAccount(ctx.q);
}

export interface OpenModeWatch {
  /** True while no account exists. */
  isOpen(): Promise<boolean>;
  /** Stops listening to the change bus. */
  close(): void;
}

/**
 * Whether the home is still in open mode, known as cheaply as it can be known correctly
 * (the same reasoning as recordVersion.ts): on the embedded database only this process
 * writes, so the answer is kept until the bus reports an added user; on PostgreSQL other
 * servers and CLIs may add the first account, so each request asks (one row at most)
 * until an account is seen. Closed stays closed in both. Throws only on a database failure.
 */
export function watchOpenMode(services: Services): OpenModeWatch {
  let closed = false;
  let known: boolean | undefined; // the embedded database's cached answer
  let generation = 0; // bumped by each added user, so an answer asked before it is not kept
  const ask = async () => {
    closed = await anyAccount(services.store.db);
    return !closed;
  };
  if (services.store.kind === 'postgres') {
    return { isOpen: async () => !closed && ask(), close() {} };
  }
  const unsubscribe = services.bus.subscribe((change) => {
    if (change.entity !== 'user') return;
    generation++;
    known = undefined;
  });
  return {
    async isOpen() {
      if (closed) return false;
      if (known !== undefined) return known;
      const asked = generation;
      const open = await ask();
      if (asked === generation) known = open;
      return open;
    },
    close: unsubscribe,
  };
}
