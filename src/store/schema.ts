// The database schema, declared once for PGlite and PostgreSQL alike. Dates are kept as
// ISO text so that an export reads back byte for byte; lists that are validated by the
// app layer (aliases, topics, participants) are jsonb.
// Why one file of ~500 lines: it is the one declaration of the database that drizzle.config.ts
// hands drizzle-kit to generate migrations from, and its tables reference each other's keys
// (26 foreign keys); split by table, the whole schema would no longer read in one place.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const negotiation = pgTable('negotiation', {
  id: integer('id').primaryKey().default(1),
  title: text('title').notNull(),
  description: text('description'),
  createdAt: text('created_at').notNull(),
});

export const party = pgTable('party', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  aliases: jsonb('aliases').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
});

export const person = pgTable('person', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  office: text('office'),
  partyId: text('party_id').references(() => party.id),
  aliases: jsonb('aliases').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
});

export const track = pgTable('track', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  parties: jsonb('parties').$type<string[]>().notNull(),
});

export const draft = pgTable('draft', {
  id: text('id').primaryKey(),
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  label: text('label').notNull(),
  title: text('title'),
  date: text('date').notNull(),
  authorId: text('author_id').references(() => party.id),
  parents: jsonb('parents').$type<string[]>().notNull(),
  state: text('state').notNull(),
  preamble: text('preamble').notNull(),
  createdAt: text('created_at').notNull(),
});

export const provision = pgTable(
  'provision',
  {
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    path: text('path').notNull(),
    ordinal: integer('ordinal').notNull(),
    number: text('number').notNull(),
    parentPath: text('parent_path'),
    heading: text('heading'),
    text: text('text').notNull(),
    topics: jsonb('topics').$type<string[]>().notNull(),
    trackId: text('track_id').references(() => track.id),
    lineage: text('lineage').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.draftId, t.path] }),
    index('provision_lineage').on(t.lineage),
    // A long draft is read back in pages, in document order.
    index('provision_order').on(t.draftId, t.ordinal),
  ],
);

export const source = pgTable(
  'source',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    outlet: text('outlet').notNull(),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    url: text('url'),
    author: text('author'),
    reliability: text('reliability').notNull(),
    rawText: text('raw_text'),
    cleanText: text('clean_text'),
    /** sha256 of the clean text: ingesting the same document twice finds it here. */
    contentHash: text('content_hash'),
    fileName: text('file_name'),
  },
  (t) => [uniqueIndex('source_content_hash').on(t.contentHash)],
);

/** A structured assertion extracted from a source, pending review or reviewed. */
export const claim = pgTable(
  'claim',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => source.id),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    text: text('text').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    speaker: text('speaker'),
    speakerId: text('speaker_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    reviewedAt: text('reviewed_at'),
    note: text('note'),
    /** What accepting the claim put on the record, e.g. "event:geneva-talks". */
    recordRef: text('record_ref'),
    /**
     * Where to look for the claims that say the same (core/corroboration.ts `claimKey`, '' for
     * none), so the queue finds a page's corroborating claims without reading every claim.
     * Derived from the row, so outside its state digest; null on rows written before it.
     */
    matchKey: text('match_key'),
  },
  (t) => [
    index('claim_source').on(t.sourceId),
    index('claim_status').on(t.status),
    index('claim_match_key').on(t.matchKey),
  ],
);

/** Two sources that are copies of one another (republished or spun). */
export const sourceLink = pgTable(
  'source_link',
  {
    a: text('a')
      .notNull()
      .references(() => source.id),
    b: text('b')
      .notNull()
      .references(() => source.id),
    kind: text('kind').notNull(),
    similarity: doublePrecision('similarity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.a, t.b] })],
);

export const position = pgTable(
  'position',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    partyId: text('party_id')
      .notNull()
      .references(() => party.id),
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    provisionPath: text('provision_path').notNull(),
    lineage: text('lineage').notNull(),
    stance: text('stance').notNull(),
    wording: text('wording'),
    note: text('note'),
    asOf: text('as_of').notNull(),
    sourceId: text('source_id').references(() => source.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('position_lineage_party').on(t.lineage, t.partyId)],
);

/**
 * A party's proposed wording on a provision. Its words never change; only its state
 * does (withdrawn by its party, settled by the secretariat), with who and when.
 */
export const amendment = pgTable(
  'amendment',
  {
    id: text('id').primaryKey(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    partyId: text('party_id')
      .notNull()
      .references(() => party.id),
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    provisionPath: text('provision_path').notNull(),
    provisionNumber: text('provision_number').notNull(),
    lineage: text('lineage').notNull(),
    kind: text('kind').notNull(),
    text: text('text'),
    note: text('note'),
    shared: integer('shared').notNull().default(0),
    state: text('state').notNull(),
    author: text('author').notNull(),
    proposedAt: text('proposed_at').notNull(),
    stateAt: text('state_at'),
    stateBy: text('state_by'),
    stateNote: text('state_note'),
  },
  (t) => [index('amendment_draft').on(t.draftId), index('amendment_lineage').on(t.lineage)],
);

/**
 * The parties an amendment was shared with by name after it was proposed (`amendment.shared`
 * is every holder). A table of its own, so the amendment's row — and its digest in the
 * state proof — stays as it was proposed.
 */
export const amendmentShare = pgTable(
  'amendment_share',
  {
    amendmentId: text('amendment_id')
      .notNull()
      .references(() => amendment.id),
    partyId: text('party_id')
      .notNull()
      .references(() => party.id),
  },
  (t) => [primaryKey({ columns: [t.amendmentId, t.partyId] })],
);

export const event = pgTable('event', {
  id: text('id').primaryKey(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  date: text('date').notNull(),
  endDate: text('end_date'),
  place: text('place'),
  status: text('status').notNull(),
  participants: jsonb('participants').$type<string[]>().notNull(),
  sources: jsonb('sources').$type<string[]>().notNull(),
  replaces: text('replaces'),
  note: text('note'),
});

/** Append-only record of every write: who, what, when, chained by hash (see govern/auditChain). */
export const audit = pgTable('audit', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  data: jsonb('data').$type<unknown>().notNull(),
  prevHash: text('prev_hash'),
  hash: text('hash'),
  /** Hash of the rows listed under this entry (audit_state); null when there are none. */
  state: text('state'),
});

/**
 * The rows each audited write changed, listed by the state tables' triggers under the seq
 * of the entry that records them, whose `state` is the hash of the list (govern/stateDigest):
 * replayed, the lists say what every live row must be. Part of the log, not of the record.
 */
export const auditState = pgTable(
  'audit_state',
  {
    /** Order of change within a write. */
    ord: bigserial('ord', { mode: 'number' }).notNull(),
    seq: integer('seq').notNull(),
    tbl: text('tbl').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of the row after the write; null when the write deleted it. */
    digest: text('digest'),
  },
  (t) => [index('audit_state_seq').on(t.seq, t.ord), index('audit_state_row').on(t.tbl, t.key)],
);

/**
 * Pairings between the provisions of a draft and its first parent: the compare engine's
 * (origin `engine`) and a user's confirmations or overrides (origin `user`), which win.
 * Lineage is derived from these.
 */
export const alignmentPair = pgTable(
  'alignment_pair',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    fromDraft: text('from_draft')
      .notNull()
      .references(() => draft.id),
    toDraft: text('to_draft')
      .notNull()
      .references(() => draft.id),
    fromPaths: jsonb('from_paths').$type<string[]>().notNull(),
    toPaths: jsonb('to_paths').$type<string[]>().notNull(),
    kind: text('kind').notNull(),
    score: doublePrecision('score').notNull(),
    confidence: doublePrecision('confidence').notNull(),
    origin: text('origin').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('alignment_pair_drafts').on(t.toDraft, t.fromDraft)],
);

/** People who sign in: secretariat staff, party delegates, analysts, admins. */
export const account = pgTable('account', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  partyId: text('party_id').references(() => party.id),
  passwordHash: text('password_hash').notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * Failed sign-ins, per submitted user name (`user:…`, known or not) and per address
 * (`address:…`), with the time before which that key is not heard again. Kept in the
 * database so that every server on one PostgreSQL throttles alike, and across restarts.
 * Operational state, not part of the record: never audited, exported or replayed.
 */
export const signInThrottle = pgTable(
  'sign_in_throttle',
  {
    key: text('key').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: text('last_failure_at').notNull(),
    waitUntil: text('wait_until'),
  },
  (t) => [index('sign_in_throttle_last_failure').on(t.lastFailureAt)],
);

/** Web sessions and API tokens; only hashes of the secrets are stored. */
export const credential = pgTable(
  'credential',
  {
    hash: text('hash').primaryKey(),
    kind: text('kind').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => account.id),
    label: text('label'),
    csrf: text('csrf'),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at'),
    /** Who minted a token for someone else ("admin:sam", "owner"); null when the account minted it. */
    mintedBy: text('minted_by'),
  },
  (t) => [index('credential_account').on(t.accountId)],
);

/**
 * Open challenges for registering a signing key: a delegate proves it holds the private
 * key by signing one. Single-use (deleted when answered) and short-lived.
 */
export const keyChallenge = pgTable('key_challenge', {
  id: text('id').primaryKey(),
  signatory: text('signatory').notNull(),
  publicKey: text('public_key').notNull(),
  /** The one plan the key is for; null for every plan waiting for this signatory's key. */
  draftId: text('draft_id'),
  /** The actor it was issued to (describeActor): only that actor may answer it. */
  issuedTo: text('issued_to').notNull(),
  expiresAt: text('expires_at').notNull(),
});

/** Who received which draft (or only its summary), when, and the fingerprint of their copy. */
export const circulation = pgTable(
  'circulation',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    partyId: text('party_id')
      .notNull()
      .references(() => party.id),
    summaryOnly: integer('summary_only').notNull().default(0),
    summary: text('summary'),
    at: text('at').notNull(),
    by: text('by').notNull(),
    fingerprint: text('fingerprint').notNull(),
  },
  (t) => [index('circulation_draft').on(t.draftId)],
);

/** Who must sign a final draft, in what order, over which exact text. */
export const signingPlan = pgTable('signing_plan', {
  draftId: text('draft_id')
    .primaryKey()
    .references(() => draft.id),
  draftHash: text('draft_hash').notNull(),
  plan: jsonb('plan').$type<Record<string, unknown>>().notNull(),
  createdAt: text('created_at').notNull(),
});

/** The secretariat's plan for the next draft over a base, saved while it composes (one per base). */
export const composition = pgTable('composition', {
  draftId: text('draft_id')
    .primaryKey()
    .references(() => draft.id),
  plan: jsonb('plan').$type<Record<string, unknown>>().notNull(),
  version: integer('version').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

export const signature = pgTable(
  'signature',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    signatory: text('signatory').notNull(),
    signedAt: text('signed_at').notNull(),
    draftHash: text('draft_hash').notNull(),
    publicKey: text('public_key').notNull(),
    value: text('value').notNull(),
  },
  (t) => [uniqueIndex('signature_once').on(t.draftId, t.signatory)],
);

/**
 * The right edge of the audit Merkle tree at the log's head (govern/compactRange): one
 * row, read and rewritten under the audit lock, so a write never rereads the whole log.
 * A cache of what the rows imply, checked against the newest row and checkpoint each write.
 */
export const auditTree = pgTable('audit_tree', {
  id: integer('id').primaryKey(),
  size: integer('size').notNull(),
  lastHash: text('last_hash').notNull(),
  /** Subtree hashes, hex, left to right. */
  range: jsonb('range').$type<string[]>().notNull(),
});

/** Signed Merkle checkpoints of the audit log, one per committed write. */
export const auditCheckpoint = pgTable('audit_checkpoint', {
  size: integer('size').primaryKey(),
  root: text('root').notNull(),
  time: text('time').notNull(),
  signature: text('signature').notNull(),
  publicKey: text('public_key').notNull(),
});

/**
 * Request budgets (token buckets) shared by every server on one database, so a client
 * spreading its requests over several servers gets no more than from one. A row per key
 * (an actor); refilled by the database's clock, so servers need not agree on the time.
 */
export const requestBudget = pgTable('request_budget', {
  key: text('key').primaryKey(),
  tokens: doublePrecision('tokens').notNull(),
  /** Milliseconds since the epoch, by the database's clock. */
  atMs: doublePrecision('at_ms').notNull(),
  /** Whether the last request taken from it was allowed. */
  granted: boolean('granted').notNull(),
});

/**
 * A party's preferences over one draft's provisions (package deals): private to its party
 * and the secretariat. Keyed by draft, not lineage: the options it scores are that draft's.
 */
export const dealProfile = pgTable(
  'deal_profile',
  {
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    partyId: text('party_id')
      .notNull()
      .references(() => party.id),
    weights: jsonb('weights').$type<Record<string, number>>().notNull(),
    scores: jsonb('scores').$type<Record<string, Record<string, number>>>().notNull(),
    reservation: doublePrecision('reservation').notNull(),
    redLines: jsonb('red_lines').$type<Record<string, string[]>>().notNull(),
    updatedAt: text('updated_at').notNull(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.draftId, t.partyId] })],
);

/** A deal result the secretariat published to some parties (each sees only its own utility). */
export const dealShare = pgTable(
  'deal_share',
  {
    id: text('id').primaryKey(),
    draftId: text('draft_id')
      .notNull()
      .references(() => draft.id),
    rule: text('rule').notNull(),
    parties: jsonb('parties').$type<string[]>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    note: text('note'),
    at: text('at').notNull(),
    by: text('by').notNull(),
  },
  (t) => [index('deal_share_draft').on(t.draftId)],
);
