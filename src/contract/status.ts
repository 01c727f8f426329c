// Where the negotiation stands: the status table of a draft (each provision, each party's
// latest stance, the consensus and the progress), as of any date, and progress over time
// for the dashboard's chart. Both are kept per version of the record (`cached`): the
// dashboard and the stance matrix ask them on every change.
import { z } from 'zod';
import { ConsensusState } from '../core/consensus.ts';
import { IsoDate, Slug, Stance } from '../core/model.ts';
import type { ChangeEntity } from './changes.ts';
import { declareRead } from './declare.ts';

export { ConsensusState };

/** The consensus count of a draft's top-level provisions. */
export const Progress = z.object({
  total: z.number().int(),
  agreed: z.number().int(),
  contested: z.number().int(),
  blocked: z.number().int(),
  open: z.number().int(),
  /** Share of provisions agreed, 0..1. */
  ratio: z.number(),
});
export type Progress = z.infer<typeof Progress>;

export const StatusRow = z.object({
  path: z.string(),
  number: z.string(),
  parent: z.string().optional(),
  /** The heading, or the start of the text. */
  title: z.string(),
  track: z.string().optional(),
  topics: z.array(z.string()),
  state: ConsensusState,
  /** The parties that must agree: the track's, or the mediator and the principals. */
  required: z.array(z.string()),
  /** Latest stance of each party that has one (required or not). */
  stances: z.record(z.string(), Stance),
  /** Required parties holding a red line or rejecting. */
  blockers: z.array(z.string()),
  /** Parties whose latest stance was given on an earlier draft's wording. */
  carriedOver: z.array(z.string()),
});
export type StatusRow = z.infer<typeof StatusRow>;

export const Status = z.object({
  negotiation: z.string().optional(),
  draft: z.object({ id: z.string(), label: z.string(), date: z.string() }),
  asOf: z.string().optional(),
  parties: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  rows: z.array(StatusRow),
  progress: Progress,
});
export type Status = z.infer<typeof Status>;

/** The consensus count of a draft on one date. */
export const ProgressPoint = Progress.omit({ ratio: true }).extend({ date: IsoDate });
export type ProgressPoint = z.infer<typeof ProgressPoint>;

/** A stance, a draft or its circulation, the roster, or a whole import can move a provision's consensus. */
const CONSENSUS_STALE: readonly ChangeEntity[] = ['position', 'draft', 'party', 'track', 'bundle'];

export const status = {
  table: declareRead({
    name: 'status.table',
    summary: "Each provision, each party's latest stance, consensus and progress",
    description:
      'Defaults to the latest draft the actor may read; 404 when there is none yet. `asOf` counts only the ' +
      'stances taken on or before that date.',
    resource: 'position',
    action: 'read',
    input: z.object({ draft: Slug.optional(), asOf: IsoDate.optional() }),
    output: Status,
    // The negotiation's title heads the table.
    staleAfter: [...CONSENSUS_STALE, 'negotiation'],
    cached: true,
    http: { method: 'GET', path: '/status' },
  }),
  progress: declareRead({
    name: 'status.progress',
    summary: 'Consensus counts of a draft on every date a stance changed',
    description: 'Defaults to the latest draft the actor may read; empty when there is none yet.',
    resource: 'position',
    action: 'read',
    input: z.object({ draft: Slug.optional() }),
    output: ProgressPoint.array(),
    staleAfter: CONSENSUS_STALE,
    cached: true,
    http: { method: 'GET', path: '/progress' },
  }),
};
