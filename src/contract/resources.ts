// The vocabulary of authorization: every resource the policies guard and the actions each
// one has. Declared here, in the contract, because every use case names the resource and
// action it asks (declare.ts) and the web shows abilities by the same names.

/** Every action per resource. The audit log has no update or delete: it is append-only for everyone. */
export const ACTIONS = {
  negotiation: ['read', 'create', 'update', 'delete', 'export'],
  party: ['read', 'create', 'update', 'delete'],
  person: ['read', 'create', 'update', 'delete'],
  track: ['read', 'create', 'update', 'delete'],
  draft: ['read', 'readSummary', 'create', 'update', 'delete', 'circulate'],
  provision: ['read', 'create', 'update', 'delete'],
  position: ['read', 'create', 'update', 'delete'],
  /** Withdrawn by its own party; decided (taken, taken in part, rejected) by the secretariat. */
  amendment: ['read', 'create', 'withdraw', 'decide', 'share'],
  event: ['read', 'create', 'update', 'delete'],
  source: ['read', 'create', 'update', 'delete'],
  claim: ['read', 'create', 'update', 'delete', 'review'],
  circulation: ['read', 'create', 'trace'],
  signature: ['read', 'create', 'verify', 'registerKey'],
  audit: ['read', 'verify', 'checkpoint'],
  user: ['read', 'create', 'update', 'delete'],
  /** A party's preference profile on a draft: private to the party and the secretariat. */
  profile: ['read', 'update'],
  /** Package-deal analysis of a draft: run over every profile (staff), shared per party as a result. */
  deal: ['read', 'run', 'share'],
} as const;

export type ResourceKind = keyof typeof ACTIONS;
export type ActionOf<K extends ResourceKind> = (typeof ACTIONS)[K][number];
/** Any action of any resource. */
export type AnyAction = ActionOf<ResourceKind>;

/** The actions that only look: an actor allowed none of them may not learn the resource exists. */
export const SEEING_ACTIONS: ReadonlySet<string> = new Set(['read', 'readSummary']);
