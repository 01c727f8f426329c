// Positions over the API: a party's stance on a provision, recorded (optionally on the
// condition that the stance the client saw is still the latest, so that concurrent edits
// are never silently lost), listed, read one by one, and followed along a lineage.
import { z } from 'zod';
import { LongText } from '../core/limits.ts';
import { IsoDate, Position, Slug, Stance } from '../core/model.ts';
import { declareRead, declareWrite } from './declare.ts';

export { Position };

/** A stance's id: the server's own, or one the client chose (for retries). */
const PositionId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'use letters, digits, ".", "_", ":" or "-" (at most 64)');

export const PositionInput = z.object({
  party: z.string().trim().min(1),
  draft: z.string().trim().min(1),
  provision: z.string().trim().min(1),
  stance: Stance,
  wording: LongText.optional(),
  note: LongText.optional(),
  /** The day the stance was taken; the day it is recorded (the server's clock) when absent. */
  asOf: IsoDate.optional(),
  source: z.string().trim().min(1).optional(),
  /**
   * Optimistic concurrency: the id of the latest stance of this party on this lineage
   * that the writer saw (null: it saw none). Omitted, the write is unconditional.
   */
  basedOn: z.string().min(1).nullable().optional(),
  /** A client-chosen id (for retries); the server's own otherwise. Reusing one is `duplicate`. */
  id: PositionId.optional(),
});
export type PositionInput = z.input<typeof PositionInput>;

/**
 * The details of the `conflict` a stale `basedOn` gets: the latest stance the writer may
 * read now (null: none), for a form to show beside the one it meant to save.
 */
export const PositionConflict = z.object({ field: z.literal('basedOn'), current: Position.nullable() });
export type PositionConflict = z.infer<typeof PositionConflict>;

/** What makes a reader's copy of stances stale: a stance, a circulation, a track, a whole import. */
const STANCES_STALE = ['position', 'draft', 'party', 'track', 'bundle'] as const;

export const positions = {
  list: declareRead({
    name: 'positions.list',
    summary: 'Recorded positions, superseded ones included, oldest first',
    description:
      '`provision` narrows to one lineage and needs `draft`. Only stances on provisions the actor may read: ' +
      'of drafts it holds the text of, on no track or on a track of its party.',
    resource: 'position',
    action: 'read',
    input: z.object({
      party: z.string().min(1).optional(),
      draft: Slug.optional(),
      provision: z.string().min(1).optional(),
    }),
    output: Position.array(),
    staleAfter: STANCES_STALE,
    http: { method: 'GET', path: '/positions' },
  }),
  history: declareRead({
    name: 'positions.history',
    summary: "The history of stances on one provision's lineage, across drafts",
    description:
      "A provision of a track the actor's party is not on is 404, exactly like one that does not exist; " +
      'stances taken on drafts or tracks the actor may not read are left out.',
    resource: 'position',
    action: 'read',
    input: z.object({
      draft: Slug,
      provision: z.string().min(1),
      party: z.string().min(1).optional(),
    }),
    output: Position.array(),
    staleAfter: STANCES_STALE,
    http: { method: 'GET', path: '/positions/history' },
  }),
  show: declareRead({
    name: 'positions.show',
    summary: 'One recorded stance',
    description: '404 alike for a stance that does not exist and one the actor may not read.',
    resource: 'position',
    action: 'read',
    input: z.object({ position: PositionId }),
    output: Position,
    staleAfter: STANCES_STALE,
    http: { method: 'GET', path: '/positions/:position' },
  }),
  set: declareWrite({
    name: 'positions.set',
    summary: "Record a party's stance on a provision",
    description:
      '`basedOn` is the id of the latest stance of this party on this lineage the client saw (null: none). ' +
      'If another was recorded since, the answer is 409 `conflict` whose `details.current` is the stance ' +
      'recorded now (null: none).',
    resource: 'position',
    action: 'create',
    input: PositionInput,
    output: Position,
    emits: ['position'],
    http: { method: 'POST', path: '/positions', status: 201 },
  }),
};
