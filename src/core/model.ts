// The domain of DESIGN.md's glossary, declared once as zod schemas: the TypeScript
// types, the validation of CLI and API input, and the export bundle all derive from here.
import { z } from 'zod';
import { LongText, Name, Title, URL_MAX } from './limits.ts';

/** Human-chosen identifiers (`ukraine`, `geneva-draft`): short, lowercase, stable. */
export const Slug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{0,63}$/,
    'use lowercase letters, digits, ".", "_" or "-" (at most 64, starting with a letter or digit)',
  );

/** A calendar date, `YYYY-MM-DD`, checked to exist. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date like 2025-11-23')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'no such calendar date',
    },
  );

/** An instant, ISO 8601 with a zone. */
export const Timestamp = z.iso.datetime({ offset: true });

export const PartyRole = z.enum(['mediator', 'principal', 'guarantor', 'observer']);
export const Party = z.object({
  id: Slug,
  name: Name,
  role: PartyRole,
  aliases: z.array(Name).default([]),
});

export const Person = z.object({
  id: Slug,
  name: Name,
  office: Name.optional(),
  party: Slug.optional(),
  aliases: z.array(Name).default([]),
});

export const Track = z.object({
  id: Slug,
  name: Name,
  description: LongText.optional(),
  parties: z.array(Slug).min(1, 'a track needs at least one member party'),
});

export const DraftState = z.enum(['working', 'circulated', 'final']);

/** One numbered point, flattened: `path` is its stable address in the draft ("7", "7.a"). */
export const Provision = z.object({
  path: z.string().min(1),
  number: z.string().min(1),
  parent: z.string().min(1).optional(),
  heading: Title.optional(),
  text: LongText,
  topics: z.array(Name).default([]),
  track: Slug.optional(),
  lineage: z.string().min(1),
});

export const Draft = z.object({
  id: Slug,
  label: Name,
  title: Title.optional(),
  date: IsoDate,
  author: Slug.optional(),
  parents: z.array(Slug).default([]),
  state: DraftState.default('working'),
  preamble: LongText.default(''),
  provisions: z.array(Provision),
});

export const Stance = z.enum(['accept', 'reservations', 'amend', 'reject', 'red_line', 'unknown']);

/** A party's stance on a provision lineage; a new stance supersedes, never overwrites. */
export const Position = z.object({
  id: z.string().min(1),
  party: Slug,
  /** The draft and provision whose wording the stance was about. */
  draft: Slug,
  provision: z.string().min(1),
  /** The lineage that provision belongs to, so the stance carries into later drafts. */
  lineage: z.string().min(1),
  stance: Stance,
  wording: LongText.optional(),
  note: LongText.optional(),
  asOf: IsoDate,
  source: Slug.optional(),
  recordedAt: Timestamp,
});

export const EventKind = z.enum([
  'meeting',
  'call',
  'talks',
  'summit',
  'visit',
  'statement',
  'readout',
  'deadline',
  'leak',
  'signature',
  'other',
]);
export const EventStatus = z.enum(['held', 'planned', 'moved', 'cancelled']);

export const Event = z.object({
  id: Slug,
  kind: EventKind,
  title: Title.min(1),
  date: IsoDate,
  endDate: IsoDate.optional(),
  place: Name.optional(),
  status: EventStatus.default('held'),
  participants: z.array(Slug).default([]),
  sources: z.array(Slug).default([]),
  replaces: Slug.optional(),
  note: LongText.optional(),
});

export const SourceKind = z.enum(['article', 'readout', 'transcript', 'statement', 'post', 'document']);
export const Reliability = z.enum(['high', 'medium', 'low', 'unknown']);

export const Source = z.object({
  id: Slug,
  title: Title.min(1),
  outlet: Name,
  date: IsoDate,
  kind: SourceKind.default('article'),
  url: z.string().max(URL_MAX, `at most ${URL_MAX} characters`).optional(),
  author: Name.optional(),
  reliability: Reliability.default('unknown'),
  rawText: z.string().optional(),
  cleanText: z.string().optional(),
  /** sha256 of the clean text, for ingested documents. */
  contentHash: z.string().optional(),
  fileName: z.string().optional(),
});

export const ClaimKind = z.enum(['quote', 'event', 'mention', 'position']);
export const ClaimStatus = z.enum(['suggested', 'accepted', 'rejected']);

/** An assertion extracted from a source, with its evidence span in the clean text. */
export const Claim = z.object({
  id: z.string().min(1),
  source: Slug,
  kind: ClaimKind,
  status: ClaimStatus,
  text: z.string(),
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  speaker: z.string().optional(),
  speakerId: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
  reviewedAt: Timestamp.optional(),
  note: LongText.optional(),
  recordRef: z.string().optional(),
});

/**
 * A claim as listed for review, with how many sources report the same thing and how
 * many of those are independent (copies of one another count once).
 */
export const ListedClaim = Claim.extend({
  corroboration: z.object({ sources: z.number().int(), independent: z.number().int() }),
});

/** Two sources that copy one another, so they do not confirm each other independently. */
export const SourceLink = z.object({
  a: Slug,
  b: Slug,
  kind: z.enum(['copy', 'spun']),
  similarity: z.number().min(0).max(1),
});

export type Party = z.infer<typeof Party>;
export type Claim = z.infer<typeof Claim>;
export type ListedClaim = z.infer<typeof ListedClaim>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type SourceLink = z.infer<typeof SourceLink>;
export type PartyRole = z.infer<typeof PartyRole>;
export type Person = z.infer<typeof Person>;
export type Track = z.infer<typeof Track>;
export type DraftState = z.infer<typeof DraftState>;
export type Provision = z.infer<typeof Provision>;
export type Draft = z.infer<typeof Draft>;
export type Stance = z.infer<typeof Stance>;
export type Position = z.infer<typeof Position>;
export type EventKind = z.infer<typeof EventKind>;
export type Event = z.infer<typeof Event>;
export type Source = z.infer<typeof Source>;
