// Drafts over the API: import, list, read one (as the reader may see it).
import { z } from 'zod';
import { DRAFT_TEXT_MAX, Name } from '../core/limits.ts';
import { Draft, DraftState, IsoDate, Slug, Timestamp } from '../core/model.ts';

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

export const IdParams = z.object({ id: Slug });
