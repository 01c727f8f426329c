// The saved shape of a composition plan (what the secretariat keeps while it composes a
// revision): declared here, in core, because both the API and the export bundle check it.
import { z } from 'zod';
import { LongText } from './limits.ts';

const AmendmentId = z.string().trim().min(1).max(200);

export const ProvisionChoice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keep') }),
  /** An amendment's wording; with `text`, taken in part (edited). */
  z.object({ kind: z.literal('take'), amendment: AmendmentId, text: LongText.optional() }),
  /** A compromise the secretariat writes. */
  z.object({ kind: z.literal('text'), text: LongText.min(1, 'give the compromise text') }),
  /** Alternatives left open, each in square brackets. */
  z.object({
    kind: z.literal('brackets'),
    alternatives: z.array(LongText.min(1)).min(2, 'give at least two alternatives to bracket'),
  }),
  z.object({ kind: z.literal('drop') }),
]);
export type ProvisionChoice = z.infer<typeof ProvisionChoice>;

/** The provision a `new` amendment adds, placed after a base provision. */
export const Insertion = z.object({
  amendment: AmendmentId,
  /** The base provision it follows; the amendment's own when absent (the end for a new one without). */
  after: z.string().min(1).optional(),
  /** Edited wording: the amendment is then taken in part. */
  text: LongText.optional(),
});
export type Insertion = z.infer<typeof Insertion>;

export const CompositionPlan = z.object({
  /** Base provision (path, or number as written) → choice; a provision not named is kept. */
  choices: z.record(z.string().min(1), ProvisionChoice).default({}),
  insertions: z.array(Insertion).default([]),
});
export type CompositionPlan = z.infer<typeof CompositionPlan>;
