// The database schema, declared once for PGlite and PostgreSQL alike. Dates are kept as
// ISO text so that an export reads back byte for byte; lists that are validated by the
// app layer (aliases, topics, participants) are jsonb.
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

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
  (t) => [primaryKey({ columns: [t.draftId, t.path] }), index('provision_lineage').on(t.lineage)],
);

export const source = pgTable('source', {
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
});

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

/** Append-only record of every write: who, what, when. */
export const audit = pgTable('audit', {
  seq: bigserial('seq', { mode: 'number' }).primaryKey(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  data: jsonb('data').$type<unknown>().notNull(),
});
