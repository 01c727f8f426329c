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

/** Half-open character range `[start, end)` into a source's clean text. */
const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

/** Who said a quote: a roster person or party when resolved, else the name the text gives. */
export const ClaimSpeaker = z.object({
  name: z.string(),
  personId: z.string().optional(),
  partyId: z.string().optional(),
  /** How the speaker was found: named beside the quote, a pronoun, a title, "according to". */
  via: z.enum(['name', 'pronoun', 'title', 'description']),
  /** The speaker as the document names them ("MS. DORN"). */
  said: z.string().optional(),
});

// What the evidence engine read beyond the text, per kind (src/evidence/types.ts produces
// these shapes; app/ingest.ts stores them), plus what a reviewer may correct on accepting.

export const QuoteData = z.object({
  words: z.string(),
  speakerSpan: Span.optional(),
  /** How the quotation is marked: quote marks (absent), a transcript turn, a post, a bullet. */
  form: z.enum(['turn', 'post', 'bullet']).optional(),
  /** Opened and never closed: the quotation runs to its paragraph's end. */
  unclosed: z.boolean().optional(),
  speaker: ClaimSpeaker.optional(),
});

export const EventData = z.object({
  eventKind: EventKind,
  /** `YYYY-MM-DD`, resolved against the publication date, or given by the reviewer. */
  date: z.string().optional(),
  /** The words the date was read from ("on Tuesday"). */
  dateText: z.string().optional(),
  /** First and last day of a period the event is dated by ("mid-April", "from 18 to 20 March"). */
  period: z.tuple([z.string(), z.string()]).optional(),
  place: z.string().optional(),
  /** Party and person ids named in the sentence. */
  participants: z.array(z.string()),
  tense: z.enum(['past', 'future']),
  /** The event's title, when the reviewer gave one. */
  title: z.string().optional(),
});

export const MentionData = z.object({
  entity: z.enum(['party', 'person', 'provision']),
  /** Party or person id; for provisions, the topic. */
  id: z.string(),
  /** Paths of draft provisions on this topic (provision mentions only). */
  provisions: z.array(z.string()).optional(),
});

/** A stance as reported: the record's stances, and `authored` ("drafted by"), which records none. */
export const ReportedStance = z.enum([...Stance.options, 'authored']);

export const PositionData = z.object({
  party: z.string(),
  stance: ReportedStance,
  topic: z.string().optional(),
  /** Paths of the draft's provisions on the topic. */
  provisions: z.array(z.string()).optional(),
  /** "may not accept" rather than "rejects". */
  hedged: z.boolean(),
  /** The draft and provision the stance is about, when the reviewer named them. */
  draft: z.string().optional(),
  provision: z.string().optional(),
});

const ClaimFields = {
  id: z.string().min(1),
  source: Slug,
  status: ClaimStatus,
  text: z.string(),
  /** The evidence span in the source's clean text. */
  span: Span,
  speaker: z.string().optional(),
  speakerId: z.string().optional(),
  reviewedAt: Timestamp.optional(),
  note: LongText.optional(),
  /** What accepting put on the record: `event:<id>` or `position:<id>`. */
  recordRef: z.string().optional(),
};

const claimOf = <E extends z.core.$ZodLooseShape>(extra: E) =>
  z.discriminatedUnion('kind', [
    z.object({ ...ClaimFields, ...extra, kind: z.literal('quote'), data: QuoteData }),
    z.object({ ...ClaimFields, ...extra, kind: z.literal('event'), data: EventData }),
    z.object({ ...ClaimFields, ...extra, kind: z.literal('mention'), data: MentionData }),
    z.object({ ...ClaimFields, ...extra, kind: z.literal('position'), data: PositionData }),
  ]);

/** An assertion extracted from a source, with its evidence span and what it says, by kind. */
export const Claim = claimOf({});

/**
 * A claim as listed for review, with how many sources report the same thing and how
 * many of those are independent (copies of one another count once).
 */
export const ListedClaim = claimOf({
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
/** The claim of one kind: `ClaimOf<'event'>`. */
export type ClaimOf<K extends ClaimKind> = Extract<Claim, { kind: K }>;
export type ListedClaim = z.infer<typeof ListedClaim>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type ClaimSpeaker = z.infer<typeof ClaimSpeaker>;
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
