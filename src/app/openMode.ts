// Open mode: a home with no accounts at all (fresh, the demo, tests) lets every request
// act as the local owner. The first account added ends it for good.
import { selectAccounts } from '../store/repo/accounts.ts';
import type { ReadContext } from './context.ts';

/** True once any account exists. Asks no policy: the answer is the same for everyone. */
export async function accountsExist(ctx: ReadContext): Promise<boolean> {
  ctx.policy.asked = true;
  return (await selectAccounts(ctx.q)).length > 0;
}
