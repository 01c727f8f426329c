// The screens' questions about what the user may do, answered from what the server's
// policies granted the session (`abilities` in the session answer). Pure, so that a test
// can hold it against the policies (test/web/abilities.test.ts).
import type { Abilities as Granted } from '../../src/contract/session.ts';

export interface Abilities {
  /** The staff's sections (circulation, tracing): the same as `manage`. */
  staff: boolean;
  /** Import drafts, add events, ingest and review evidence, circulate, trace, plan signing. */
  manage: boolean;
  /** Record a stance for `party` (on the provisions that party holds). */
  setPositionFor(party: string): boolean;
  /** Propose an amendment for `party` (on the provisions that party holds). */
  proposeFor(party: string): boolean;
  /** Withdraw `party`'s proposed amendment: its own delegates (and the owner) only. */
  withdrawFor(party: string): boolean;
  /** Share `party`'s amendment with more parties after proposing it: its delegates and the staff. */
  shareFor(party: string): boolean;
  /** Register a key for and sign as `signatory` (a party), on a draft it holds in full. */
  signAs(signatory: string): boolean;
}

/** The screens' questions, answered from what the server granted. Throws nothing. */
export function abilitiesFrom(granted: Granted): Abilities {
  const stances = new Set(granted.stancesFor);
  const signs = new Set(granted.signFor);
  return {
    staff: granted.manage,
    manage: granted.manage,
    setPositionFor: (party) => stances.has(party),
    signAs: (signatory) => signs.has(signatory),
    proposeFor: (party) => granted.amendFor.includes(party),
    withdrawFor: (party) => granted.withdrawFor.includes(party),
    shareFor: (party) => granted.shareFor.includes(party),
  };
}
