// What the signed-in user may do, as the server's policies computed it for the session
// (`GET /api/session`, src/app/abilities.ts), so screens offer only actions that can
// succeed. Nothing here reasons from the role; the API still decides every request, and a
// refusal it gives is shown as it comes. The answer is asked again when the roster changes.
import { session } from '../../src/contract/session.ts';
import { useRead } from './api/queries.ts';
import { type Abilities, abilitiesFrom } from './grants.ts';
import { useWho } from './session.tsx';

export type { Abilities };

/** The signed-in user's abilities; for views shown after sign-in. */
export function useAbilities(): Abilities {
  const who = useWho();
  const fresh = useRead(session.show, {}).data;
  return abilitiesFrom((fresh ?? who).abilities);
}
