// Evidence over the API: ingesting a document (its copies of other sources linked in the
// same write), one source in full, claims and their review, and the contradictions between
// sources. Record shapes (Claim by kind, Source, SourceLink) come from core.
import { z } from 'zod';
import { LongText, Name, Title } from '../core/limits.ts';
import {
  Claim,
  ClaimKind,
  ClaimStatus,
  EventKind,
  IsoDate,
  ListedClaim,
  Slug,
  Source,
  SourceLink,
  Stance,
} from '../core/model.ts';
import { declareRead, declareWrite } from './declare.ts';

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export const IngestInput = z
  .object({
    fileName: z.string().trim().min(1, 'name the document, e.g. "readout.txt"'),
    content: z.string(),
    /** base64 carries bytes as they are (mojibake, other encodings, binary files). */
    encoding: z.enum(['utf8', 'base64']).default('utf8'),
  })
  .refine((b) => b.encoding !== 'base64' || BASE64.test(b.content), {
    path: ['content'],
    message: 'not valid base64',
  });

const ClaimCounts = z.record(ClaimKind, z.number().int());

/** How the engine read a document: its genre, and where its date came from. */
export const IngestReading = z.object({
  genre: z.string(),
  dateFrom: z.string().optional(),
  dateConfidence: z.number().optional(),
});

export const IngestOutcome = z.discriminatedUnion('status', [
  z.object({
    fileName: z.string(),
    status: z.literal('added'),
    source: z.string(),
    claims: ClaimCounts,
    reading: IngestReading,
  }),
  z.object({ fileName: z.string(), status: z.literal('duplicate'), source: z.string() }),
]);
export type IngestOutcome = z.infer<typeof IngestOutcome>;

export const Ingested = z.object({
  outcome: IngestOutcome,
  /** Sources newly found to copy one another (this document or earlier ones). */
  copies: z.array(SourceLink),
});
export type Ingested = z.infer<typeof Ingested>;

export const ClaimsQuery = z.object({
  status: ClaimStatus.optional(),
  kind: ClaimKind.optional(),
  source: z.string().min(1).optional(),
});

const Count = z.coerce
  .number({ error: 'expected a whole number' })
  .int('expected a whole number')
  .min(0, 'expected 0 or more');

/** The review queue's filters and page: groups `offset` to `offset + limit` of those matching. */
export const ClaimQueueQuery = z.object({
  status: ClaimStatus.optional(),
  kind: ClaimKind.optional(),
  source: z.string().min(1).optional(),
  /** A speaker's person id or the name the text gives. */
  speaker: z.string().min(1).optional(),
  offset: Count.default(0),
  limit: Count.min(1, 'expected 1 or more').max(200, 'at most 200 groups a page').default(50),
});

/**
 * One row of the queue: a source's mentions of one entity together (reviewed as one), or
 * one quote, event or stance on its own.
 */
export const ClaimGroup = z.object({
  /** `mention:<source>:<entity>:<id>` for mentions, else the claim's id: stable across pages. */
  key: z.string(),
  kind: ClaimKind,
  source: z.string(),
  /** The party, person or topic a group of mentions names. */
  entity: z.string().optional(),
  claims: ListedClaim.array(),
});
export type ClaimGroup = z.infer<typeof ClaimGroup>;

export const ClaimQueue = z.object({
  groups: ClaimGroup.array(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** Groups and claims matching the filters, on every page. */
  totalGroups: z.number().int(),
  totalClaims: z.number().int(),
  /** Speakers of the claims matching the other filters, for a picker. */
  speakers: z.array(z.object({ id: z.string(), name: z.string(), claims: z.number().int() })),
});
export type ClaimQueue = z.infer<typeof ClaimQueue>;

/** Several suggested claims reviewed the same way in one write: all of them, or none. */
export const ClaimsReview = z.object({
  claims: z
    .array(z.string().min(1))
    .min(1, 'name at least one claim')
    .max(1000, 'at most 1000 claims at once'),
  decision: z.enum(['accept', 'reject']),
  note: LongText.optional(),
});

/** What a reviewer may correct before accepting; which fields fit which kind: `EDITABLE`. */
export const ClaimEdit = z.object({
  text: LongText.min(1).optional(),
  speaker: Name.optional(),
  speakerId: z.string().min(1).optional(),
  title: Title.min(1).optional(),
  eventKind: EventKind.optional(),
  date: IsoDate.optional(),
  place: Name.optional(),
  participants: z.array(z.string()).optional(),
  party: z.string().optional(),
  stance: Stance.optional(),
  draft: z.string().optional(),
  provision: z.string().optional(),
});
export type ClaimEdit = z.infer<typeof ClaimEdit>;
export type ClaimEditField = keyof ClaimEdit;

/** The fields of `ClaimEdit` each kind of claim takes (a quote has no date, an event no speaker). */
export const EDITABLE = {
  quote: ['text', 'speaker', 'speakerId'],
  event: ['text', 'title', 'eventKind', 'date', 'place', 'participants'],
  position: ['text', 'party', 'stance', 'draft', 'provision'],
  mention: ['text'],
} as const satisfies Record<ClaimKind, readonly ClaimEditField[]>;

/** One side: the passage in its source, and the claim (quote or event) it belongs to, if any. */
export const ContradictionSide = z.object({
  source: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
  text: z.string(),
  speaker: z
    .object({ name: z.string(), personId: z.string().optional(), partyId: z.string().optional() })
    .optional(),
  /** The stored claim the passage belongs to, when it belongs to one. */
  claim: z.string().optional(),
});
export type ContradictionSide = z.infer<typeof ContradictionSide>;

export const ContradictionKind = z.enum([
  'number',
  'date',
  'status',
  'authorship',
  'participants',
  'quote',
  'attribution',
  'stance',
]);

export const Contradiction = z.object({
  kind: ContradictionKind,
  reason: z.string(),
  a: ContradictionSide,
  b: ContradictionSide,
  /** Other passages that say what `a` says, and what `b` says: one flag stands for one disagreement. */
  alsoA: ContradictionSide.array().optional(),
  alsoB: ContradictionSide.array().optional(),
});
export type Contradiction = z.infer<typeof Contradiction>;

/** What a claim listing shows depends on the claims, their sources, and the stances accepted ones recorded. */
/** Documents one write ingests at most: a directory is sent a batch at a time. */
export const BATCH_FILES = 100;

/** Several documents in one write (a directory from the CLI). */
export const IngestBatchInput = z.object({
  files: z
    .array(IngestInput)
    .min(1, 'name at least one document')
    .max(BATCH_FILES, `at most ${BATCH_FILES} documents a write; send more in several`),
});

/** A document the engine refused (binary, empty, undecodable): nothing of it was written. */
export const IngestSkipped = z.object({
  fileName: z.string(),
  status: z.literal('skipped'),
  reason: z.string(),
});

export const IngestedBatch = z.object({
  /** One outcome a document, in the order sent. */
  files: z.array(z.union([IngestOutcome, IngestSkipped])),
  /** Sources newly found to copy one another. */
  copies: z.array(SourceLink),
});
export type IngestedBatch = z.infer<typeof IngestedBatch>;

const CLAIMS_STALE = ['claim', 'source', 'position', 'draft', 'negotiation', 'bundle'] as const;

export const evidence = {
  ingest: declareWrite({
    name: 'sources.ingest',
    summary: 'Ingest a news article, readout or statement as a source with suggested claims',
    description:
      'Answers 201 when added, 200 when the same clean text was already ingested; either way the ' +
      'sources found to copy one another are linked in the same write. Refused documents (binary, ' +
      'empty, undecodable) are 400 `invalid_input` or 415 `unsupported`; nothing is written.',
    resource: 'source',
    action: 'create',
    input: IngestInput,
    output: Ingested,
    emits: ['source'],
    http: {
      method: 'POST',
      path: '/sources/ingest',
      created: (ingested) => ingested.outcome.status === 'added',
    },
  }),
  ingestBatch: declareWrite({
    name: 'sources.ingestBatch',
    summary: 'Ingest several documents in one write, each as `sources.ingest` would',
    description:
      'One write for the batch: each document is added, recognised as already ingested, or ' +
      'skipped with the reason when the engine refuses it (binary, empty, undecodable), and ' +
      'then nothing of that document is written; the sources found to copy one another are linked.',
    resource: 'source',
    action: 'create',
    input: IngestBatchInput,
    output: IngestedBatch,
    emits: ['source'],
    http: { method: 'POST', path: '/sources/ingest-batch' },
  }),
  source: declareRead({
    name: 'sources.show',
    summary: 'One source, with its raw and clean text when it was ingested',
    resource: 'source',
    action: 'read',
    input: z.object({ source: Slug }),
    output: Source,
    staleAfter: ['source', 'negotiation', 'bundle'],
    http: { method: 'GET', path: '/sources/:source' },
  }),
  claims: declareRead({
    name: 'claims.list',
    summary: 'Claims extracted from sources, for review',
    resource: 'claim',
    action: 'read',
    input: ClaimsQuery,
    output: ListedClaim.array(),
    staleAfter: CLAIMS_STALE,
    http: { method: 'GET', path: '/claims' },
  }),
  queue: declareRead({
    name: 'claims.queue',
    summary:
      "The review queue: claims grouped (a source's mentions of one entity together), filtered, a page at a time",
    description:
      'Filters by status, kind, source and speaker (person id or name as said); `offset` and `limit` ' +
      '(at most 200) page through the groups; totals count every page.',
    resource: 'claim',
    action: 'read',
    input: ClaimQueueQuery,
    output: ClaimQueue,
    staleAfter: CLAIMS_STALE,
    // A review refetches the page twice (the write's own invalidation, then the live change): one computation.
    cached: true,
    http: { method: 'GET', path: '/claims/queue' },
  }),
  review: declareWrite({
    name: 'claims.review',
    summary: 'Accept or reject several suggested claims at once (a group of mentions), all or none',
    description:
      'One write: if any claim cannot be reviewed (unknown, already reviewed, an event without a date, ' +
      'a stance without a provision) nothing is, and the error names that claim.',
    resource: 'claim',
    action: 'review',
    input: ClaimsReview,
    output: z.object({ decision: z.enum(['accept', 'reject']), claims: z.array(z.string()) }),
    emits: ['claim', 'event', 'position'],
    http: { method: 'POST', path: '/claims/review' },
  }),
  accept: declareWrite({
    name: 'claims.accept',
    summary: 'Accept a suggested claim, optionally corrected first',
    description:
      'An event claim becomes an event and a position claim a stance, both citing the source. ' +
      '409 `conflict` once reviewed; 400 when an event has no date or a stance no provision ' +
      '(`details.field` names the edit field to give), or an edit field does not fit the kind.',
    resource: 'claim',
    action: 'review',
    input: z.object({ claim: z.string().min(1), edit: ClaimEdit.optional(), note: LongText.optional() }),
    output: Claim,
    emits: ['claim', 'event', 'position'],
    http: { method: 'POST', path: '/claims/:claim/accept' },
  }),
  reject: declareWrite({
    name: 'claims.reject',
    summary: 'Reject a suggested claim',
    resource: 'claim',
    action: 'review',
    input: z.object({ claim: z.string().min(1), note: LongText.optional() }),
    output: Claim,
    emits: ['claim'],
    http: { method: 'POST', path: '/claims/:claim/reject' },
  }),
  contradictions: declareRead({
    name: 'contradictions.list',
    summary: 'Passages of different sources that cannot both be true, side by side',
    resource: 'claim',
    action: 'read',
    input: z.object({}),
    output: Contradiction.array(),
    staleAfter: [...CLAIMS_STALE, 'party', 'person'],
    http: { method: 'GET', path: '/contradictions' },
  }),
};
