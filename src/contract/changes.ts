// What a committed write tells the world: the kind of entity it changed and its id. Use
// cases record changes of these kinds only (app/context.ts), the live channel decides who
// may hear of each by its kind (app/visibility.ts), and the web refetches the reads that
// declare the kind stale (declare.ts) — one list, so no side waits for a kind never sent.

export const CHANGE_ENTITIES = [
  'negotiation',
  'party',
  'person',
  'track',
  /** A draft's text, state or pairings; a circulation is a change to its draft (action `circulate`). */
  'draft',
  /** A draft's signing: plan, keys, signatures (the id is the draft's). */
  'signing',
  'position',
  /** A proposed amendment, or a change of its state. */
  'amendment',
  /** The secretariat's composition over a draft (the id is the base draft's); staff only. */
  'composition',
  'event',
  /** A source, or a link between two copies of one (id `a~b`). */
  'source',
  'claim',
  'user',
  'token',
  /** A party's preference profile on a draft (id `draft~party`). */
  'profile',
  /** A deal result the secretariat shared with parties. */
  'deal',
  /** A whole negotiation imported at once: everything is new. */
  'bundle',
] as const;

export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];

/** For reads that any change may make stale (the audit log, a whole export). */
export const ANY_CHANGE: readonly ChangeEntity[] = CHANGE_ENTITIES;

/** Committed changes as the live channel sends them (ids and kinds only; clients refetch). */
export interface ChangeNote {
  entity: ChangeEntity;
  id: string;
  action: string;
  at: string;
}
