// What the caller may do, for the session's answer: asked of the same policies every use
// case asks (govern/policies.ts through access.ts), so a screen offers exactly what the
// API would allow — the web never reasons from a role. Per-record rules (which provisions
// a party holds, which draft it received in full) are asked with the most a party can
// hold; the use case then asks again about the real record.
import type { Abilities } from '../contract/session.ts';
import type {
  CirculationFacts,
  ClaimFacts,
  DraftFacts,
  EventFacts,
  ProvisionFacts,
  SourceFacts,
} from '../govern/resources.ts';
import { selectParties } from '../store/repo/parties.ts';
import { type Asking, can } from './access.ts';
import type { ReadContext } from './context.ts';

const ANY = '*';

/** A draft nobody received and nobody outside staff may see. */
const unseenDraft: DraftFacts = { kind: 'draft', id: ANY, circulatedTo: [], public: false };
const unseenSource: SourceFacts = { kind: 'source', id: ANY, public: false };

/** A draft `party` received in full, and one of its provisions on no track. */
const heldBy = (party: string): { draft: DraftFacts; provision: ProvisionFacts } => {
  const draft: DraftFacts = {
    kind: 'draft',
    id: ANY,
    circulatedTo: [{ party, summaryOnly: false }],
    public: false,
  };
  return { draft, provision: { kind: 'provision', id: ANY, draft, track: null } };
};

/** Import, events, evidence, circulation, tracing and signing plans: the staff's work. */
function manages(ctx: Asking): boolean {
  const event: EventFacts = { kind: 'event', id: ANY, participants: [], public: false };
  const claim: ClaimFacts = { kind: 'claim', id: ANY, source: unseenSource };
  const circulation: CirculationFacts = { kind: 'circulation', id: ANY, party: '', draft: ANY };
  return (
    can(ctx, 'create', unseenDraft) &&
    can(ctx, 'circulate', unseenDraft) &&
    can(ctx, 'update', unseenDraft) &&
    can(ctx, 'create', event) &&
    can(ctx, 'create', unseenSource) &&
    can(ctx, 'review', claim) &&
    can(ctx, 'create', circulation) &&
    can(ctx, 'trace', circulation)
  );
}

/** Whether the caller may record a stance for `party` on a provision that party holds. */
function recordsStanceFor(ctx: Asking, party: string): boolean {
  const { provision } = heldBy(party);
  return can(ctx, 'create', { kind: 'position', id: ANY, party, shared: false, public: false, provision });
}

/** Whether the caller may register `party`'s key and sign as it, on a draft it holds in full. */
function signsFor(ctx: Asking, party: string): boolean {
  const signature = { kind: 'signature', id: party, party, draft: heldBy(party).draft, tracks: [] } as const;
  return can(ctx, 'registerKey', signature) && can(ctx, 'create', signature);
}

/** Whether the caller may do `action` to `party`'s amendment on a provision that party holds. */
function amendsFor(ctx: Asking, action: 'create' | 'withdraw' | 'share', party: string): boolean {
  const { provision } = heldBy(party);
  return can(ctx, action, { kind: 'amendment', id: ANY, party, shared: false, sharedWith: [], provision });
}

/** The caller's abilities over the negotiation's parties. Throws nothing. */
export async function abilitiesOf(ctx: ReadContext): Promise<Abilities> {
  const parties = (await selectParties(ctx.q)).map((p) => p.id);
  return {
    manage: manages(ctx),
    stancesFor: parties.filter((party) => recordsStanceFor(ctx, party)),
    signFor: parties.filter((party) => signsFor(ctx, party)),
    amendFor: parties.filter((party) => amendsFor(ctx, 'create', party)),
    withdrawFor: parties.filter((party) => amendsFor(ctx, 'withdraw', party)),
    shareFor: parties.filter((party) => amendsFor(ctx, 'share', party)),
  };
}
