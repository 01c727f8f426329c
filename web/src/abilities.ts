// What the signed-in user may do, read from the session's role and party as the server's
// policies (src/govern/policies.ts) decide it, so screens offer only actions that can
// succeed. The API still decides every request; a refusal it gives is shown as it comes.
import { useWho, type Who } from './session.tsx';

export interface Abilities {
  /** Secretariat, admins and the owner of a home in open mode: the whole record. */
  staff: boolean;
  /** Import drafts, add events, ingest and review evidence, circulate, trace, plan signing. */
  manage: boolean;
  /** Record a stance for `party`: staff for anyone, a delegate for its own party. */
  setPositionFor(party: string): boolean;
  /**
   * Register a key for and sign as `signatory` (a party): only that party's delegates (and
   * the owner of a home in open mode). The secretariat sees keys but sets none.
   */
  signAs(signatory: string): boolean;
}

/** The signed-in user's abilities; for views shown after sign-in. */
export const useAbilities = (): Abilities => abilitiesOf(useWho());

export function abilitiesOf(who: Pick<Who, 'role' | 'party'>): Abilities {
  const staff = who.role === 'owner' || who.role === 'secretariat' || who.role === 'admin';
  const own = (party: string) => who.role === 'delegate' && who.party === party;
  return {
    staff,
    manage: staff,
    setPositionFor: (party) => staff || own(party),
    signAs: (signatory) => who.role === 'owner' || own(signatory),
  };
}
