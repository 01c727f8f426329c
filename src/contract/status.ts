// Positions, consensus status and progress over the API.
import { z } from 'zod';
import { PositionInput } from '../app/positions.ts';
import { Bundle } from '../core/bundle.ts';
import { IsoDate, Position, Slug } from '../core/model.ts';

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

export { Bundle, Position };
