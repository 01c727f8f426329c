// The HTTP API's request and response shapes, declared once with zod: the same schema
// validates at the edge, serializes the reply and becomes the OpenAPI document.
// Record shapes come from core; only what is HTTP-specific is declared here.
import { z } from 'zod';
import { PositionInput } from '../app/positions.ts';
import { PersonInput } from '../app/roster.ts';
import { Bundle } from '../core/bundle.ts';
import { DRAFT_TEXT_MAX, Name } from '../core/limits.ts';
import {
  Draft,
  DraftState,
  Event,
  IsoDate,
  Party,
  Position,
  Slug,
  Source,
  Timestamp,
  Track,
} from '../core/model.ts';

/** Every error the API returns, whatever the status. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** Error responses every route may give, for the OpenAPI document and the serializer. */
export const errorResponses = { '4xx': ApiError, 500: ApiError } as const;

export const Health = z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']) });

export const Negotiation = z.object({
  title: z.string(),
  description: z.string().optional(),
  createdAt: z.string(),
});

/** `addPerson` resolves the party from a name or alias, so the body takes any name. */
export const PersonBody = PersonInput;

export const DraftHeader = Draft.omit({ provisions: true }).extend({ createdAt: Timestamp });
export const StoredDraft = Draft.extend({
  createdAt: Timestamp,
  summaryOnly: z.literal(true).optional(),
  summary: z.string().optional(),
  withheld: z.number().int().positive().optional(),
});

export const DraftBody = z.object({
  text: z
    .string()
    .min(1, 'give the text of the draft')
    .max(DRAFT_TEXT_MAX, `at most ${DRAFT_TEXT_MAX} characters; split the draft`),
  fileName: Name.optional(),
  format: z.enum(['text', 'markdown', 'json']).optional(),
  label: Name.min(1, 'give the draft a label, e.g. "Geneva revision"'),
  id: Slug.optional(),
  parents: z.array(Slug).optional(),
  author: z.string().trim().min(1).optional(),
  date: IsoDate.optional(),
  state: DraftState.optional(),
});

export const ImportedDraft = z.object({
  draft: Draft,
  /** What the parser found: counts per level and the numbering tree. */
  summary: z.string(),
});

export const PositionBody = PositionInput;

const StanceMap = z.record(z.string(), Position.shape.stance);
const ConsensusState = z.enum(['agreed', 'contested', 'blocked', 'open']);

export const Progress = z.object({
  total: z.number().int(),
  agreed: z.number().int(),
  contested: z.number().int(),
  blocked: z.number().int(),
  open: z.number().int(),
  ratio: z.number(),
});

export const Status = z.object({
  negotiation: z.string().optional(),
  draft: z.object({ id: z.string(), label: z.string(), date: z.string() }),
  asOf: z.string().optional(),
  parties: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  rows: z.array(
    z.object({
      path: z.string(),
      number: z.string(),
      parent: z.string().optional(),
      title: z.string(),
      track: z.string().optional(),
      topics: z.array(z.string()),
      state: ConsensusState,
      required: z.array(z.string()),
      stances: StanceMap,
      blockers: z.array(z.string()),
      carriedOver: z.array(z.string()),
    }),
  ),
  progress: Progress,
});

export const ProgressPoint = Progress.omit({ ratio: true }).extend({ date: IsoDate });

export const StatusQuery = z.object({ draft: Slug.optional(), asOf: IsoDate.optional() });
export const ProgressQuery = z.object({ draft: Slug.optional() });
export const PositionsQuery = z.object({
  party: z.string().min(1).optional(),
  draft: Slug.optional(),
  provision: z.string().min(1).optional(),
});
export const HistoryQuery = z.object({
  draft: Slug,
  provision: z.string().min(1),
  party: z.string().min(1).optional(),
});
export const IdParams = z.object({ id: Slug });

export { Bundle, Event, Party, Position, Source, Track };
