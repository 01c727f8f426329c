// Which tables hold the record's state, and so are proved against the audit log by
// `parley audit verify` (app/stateProof.ts), and which are deliberately outside. A trigger
// on each state table (migration 0004, `parley_track_state`) lists every row an audited
// write changes; a new table goes in one list or the other — test/store/stateTables.test.ts
// fails until it does — and, when it holds state, gets its trigger in a migration.

export interface StateTable {
  /** Table name in the database. */
  name: string;
  /** Primary key columns; their values joined by '/' name the row in a verdict. */
  key: readonly string[];
  /** Columns that are bookkeeping, not record: left out of the row's digest. */
  ignored?: readonly string[];
}

/** In dependency order, so a verdict lists the negotiation before its drafts before their provisions. */
export const STATE_TABLES: readonly StateTable[] = [
  { name: 'negotiation', key: ['id'] },
  { name: 'party', key: ['id'] },
  { name: 'person', key: ['id'] },
  { name: 'track', key: ['id'] },
  { name: 'draft', key: ['id'] },
  { name: 'provision', key: ['draft_id', 'path'] },
  { name: 'alignment_pair', key: ['seq'] },
  { name: 'source', key: ['id'] },
  { name: 'source_link', key: ['a', 'b'] },
  // match_key is an index derived from the row (the claims that say the same), not record.
  { name: 'claim', key: ['id'], ignored: ['match_key'] },
  { name: 'position', key: ['id'] },
  { name: 'amendment', key: ['id'] },
  { name: 'amendment_share', key: ['amendment_id', 'party_id'] },
  { name: 'event', key: ['id'] },
  { name: 'circulation', key: ['id'] },
  { name: 'signing_plan', key: ['draft_id'] },
  { name: 'signature', key: ['id'] },
  { name: 'deal_profile', key: ['draft_id', 'party_id'] },
  { name: 'deal_share', key: ['id'] },
  // A composition in progress is the secretariat's work on the record: its saves are audited.
  { name: 'composition', key: ['draft_id'] },
  // Who may do what: name, role, party, password. (Failed sign-ins are counted elsewhere,
  // in sign_in_throttle.)
  { name: 'account', key: ['id'] },
  // Sessions and API tokens count: a credential row planted directly would let its planter
  // act through the server as that account. Every credential write is audited (login,
  // logout, token add); a sweep of expired sessions would have to be too.
  { name: 'credential', key: ['hash'] },
];

/** Tables outside the state proof, and why. */
export const OUTSIDE_STATE: Readonly<Record<string, string>> = {
  audit: 'the log itself: its hash chain and signed checkpoints prove it',
  audit_checkpoint: 'signed with the audit key, which lives outside the database; checked against it',
  audit_tree:
    "a cache of the log's right edge, checked against the newest entry and checkpoint on every write",
  audit_state:
    'part of the log: the row digests of each write, whose hash its entry carries (a changed list is a changed entry)',
  key_challenge:
    'single-use, two-minute challenges: a planted one proves nothing, since registering a key also needs the private key to sign it, and the registration itself is audited',
  request_budget: "the write limit's token buckets: operational state shared by the servers, not record",
  sign_in_throttle:
    'failed sign-in counters: written on every wrong password, deliberately without an audit entry so junk names never enter the log',
};
