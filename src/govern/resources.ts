// The resources the policies guard, the actions each one has, and the facts a rule
// needs to decide (plain data the store loads; the policies never query anything).
import type { Role } from './actor.ts';

/** Every action per resource. The audit log has no update or delete: it is append-only for everyone. */
export const ACTIONS = {
  negotiation: ['read', 'create', 'update', 'delete', 'export'],
  party: ['read', 'create', 'update', 'delete'],
  person: ['read', 'create', 'update', 'delete'],
  track: ['read', 'create', 'update', 'delete'],
  draft: ['read', 'readSummary', 'create', 'update', 'delete', 'circulate'],
  provision: ['read', 'create', 'update', 'delete'],
  position: ['read', 'create', 'update', 'delete'],
  profile: ['read', 'create', 'update', 'delete'],
  event: ['read', 'create', 'update', 'delete'],
  source: ['read', 'create', 'update', 'delete'],
  claim: ['read', 'create', 'update', 'delete', 'review'],
  circulation: ['read', 'create', 'trace'],
  signature: ['read', 'create', 'verify', 'registerKey'],
  audit: ['read', 'verify', 'checkpoint'],
  user: ['read', 'create', 'update', 'delete'],
} as const;

export type ResourceKind = keyof typeof ACTIONS;
export type ActionOf<K extends ResourceKind> = (typeof ACTIONS)[K][number];

/** The actions that only look: an actor allowed none of them may not learn the resource exists. */
export const SEEING_ACTIONS: ReadonlySet<string> = new Set(['read', 'readSummary']);

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
/** A party's private weights and red lines: never shared, never public. */
export interface ProfileFacts {
  kind: 'profile';
  id: string;
  party: string;
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

export interface FactsOf {
  negotiation: NegotiationFacts;
  party: PartyFacts;
  person: PersonFacts;
  track: TrackFacts;
  draft: DraftFacts;
  provision: ProvisionFacts;
  position: PositionFacts;
  profile: ProfileFacts;
  event: EventFacts;
  source: SourceFacts;
  claim: ClaimFacts;
  circulation: CirculationFacts;
  signature: SignatureFacts;
  audit: AuditFacts;
  user: UserFacts;
}

export type Resource = FactsOf[ResourceKind];
