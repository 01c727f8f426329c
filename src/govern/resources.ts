// The resources the policies guard, the actions each one has, and the facts a rule
// needs to decide (plain data the store loads; the policies never query anything).
import type { ResourceKind } from '../contract/resources.ts';
import type { Role } from './actor.ts';

export { ACTIONS, type ActionOf, type ResourceKind, SEEING_ACTIONS } from '../contract/resources.ts';

export interface NegotiationFacts {
  kind: 'negotiation';
  id: string;
  parties: readonly string[];
  public: boolean;
}
/** Parties and people are known to everyone at the same table. */
export interface PartyFacts {
  kind: 'party';
  id: string;
  negotiation: NegotiationFacts;
}
export interface PersonFacts {
  kind: 'person';
  id: string;
  party?: string;
  negotiation: NegotiationFacts;
  public: boolean;
}
export interface TrackFacts {
  kind: 'track';
  id: string;
  parties: readonly string[];
  public: boolean;
}
export interface DraftFacts {
  kind: 'draft';
  id: string;
  circulatedTo: readonly { party: string; summaryOnly: boolean }[];
  public: boolean;
}
export interface ProvisionFacts {
  kind: 'provision';
  id: string;
  draft: DraftFacts;
  track: TrackFacts | null;
}
/** A stance is scoped by the provision it was taken on as well as by its party and source. */
export interface PositionFacts {
  kind: 'position';
  id: string;
  party: string;
  shared: boolean;
  public: boolean;
  provision: ProvisionFacts;
}
/** An amendment is scoped by its provision, its party, and whether its party shared it. */
export interface AmendmentFacts {
  kind: 'amendment';
  id: string;
  party: string;
  /** Shared with every party that holds the provision. */
  shared: boolean;
  /** Shared with these parties by name (none when absent). */
  sharedWith?: readonly string[];
  provision: ProvisionFacts;
}
export interface EventFacts {
  kind: 'event';
  id: string;
  participants: readonly string[];
  public: boolean;
}
export interface SourceFacts {
  kind: 'source';
  id: string;
  public: boolean;
}
export interface ClaimFacts {
  kind: 'claim';
  id: string;
  source: SourceFacts;
  /** The stance an accepted claim put on the record: the claim names its draft and provision. */
  cites?: PositionFacts;
}
export interface CirculationFacts {
  kind: 'circulation';
  id: string;
  party: string;
  draft: string;
}
export interface SignatureFacts {
  kind: 'signature';
  id: string;
  party: string;
  draft: DraftFacts;
  /** Every track the draft's provisions are on: a signed text is read, and signed, whole. */
  tracks: readonly TrackFacts[];
}
export interface AuditFacts {
  kind: 'audit';
  id: string;
}
export interface UserFacts {
  kind: 'user';
  id: string;
  /** The role the account has, or is being given: nobody grants one above their own. */
  role?: Role;
}

/** A party's preferences on one draft: scoped by its party and by the draft's text. */
export interface ProfileFacts {
  kind: 'profile';
  id: string;
  party: string;
  draft: DraftFacts;
}
/** A deal result the secretariat shared: read by the parties it was shared with who hold the text. */
export interface DealFacts {
  kind: 'deal';
  id: string;
  draft: DraftFacts;
  sharedWith: readonly string[];
}

export interface FactsOf {
  negotiation: NegotiationFacts;
  party: PartyFacts;
  person: PersonFacts;
  track: TrackFacts;
  draft: DraftFacts;
  provision: ProvisionFacts;
  position: PositionFacts;
  amendment: AmendmentFacts;
  event: EventFacts;
  source: SourceFacts;
  claim: ClaimFacts;
  circulation: CirculationFacts;
  signature: SignatureFacts;
  audit: AuditFacts;
  user: UserFacts;
  profile: ProfileFacts;
  deal: DealFacts;
}

export type Resource = FactsOf[ResourceKind];
