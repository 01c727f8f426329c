// Circulating drafts to parties and tracing leaked copies back to their recipient.
import { z } from 'zod';
import { CopyFormatInput } from '../app/masterText.ts';
import { DRAFT_TEXT_MAX, LongText } from '../core/limits.ts';
import { Slug } from '../core/model.ts';

export const CirculationRow = z.object({
  id: z.string(),
  draft: z.string(),
  party: z.string(),
  summaryOnly: z.boolean(),
  summary: z.string().optional(),
  at: z.string(),
  by: z.string(),
  /** SHA-256 of the recipient's fingerprinted copy as it was sent. */
  fingerprint: z.string(),
});
export const CirculateBody = z.object({
  to: z.string().trim().min(1, 'name the receiving party (id, name or alias)'),
  summary: LongText.trim().min(1, 'a summary cannot be empty').optional(),
});
export const Circulated = z.object({
  circulation: CirculationRow,
  /** Where the recipient's copy can be downloaded (GET, `?format=`). */
  copyUrl: z.string(),
});
export const CirculationsQuery = z.object({ draft: Slug.optional() });
export const CopyQuery = z.object({ format: CopyFormatInput.default('md') });
/** A downloaded document: text (text, md, html) or bytes (pdf). */
export const DocumentFile = z
  .union([z.string(), z.instanceof(Buffer)])
  .describe('the document, as an attachment: text, or PDF bytes');
export const CirculationParams = z.object({ id: z.string().min(1) });

export const TraceBody = z.object({
  text: z
    .string()
    .min(1, 'paste the leaked text')
    .max(DRAFT_TEXT_MAX, `at most ${DRAFT_TEXT_MAX} characters`),
  draft: Slug.optional(),
});
const Candidate = z.object({
  recipient: z.string(),
  agree: z.number().int(),
  observed: z.number().int(),
  posterior: z.number(),
});
const TraceWhere = { draft: z.string().optional(), summaryOnly: z.boolean().optional() };
export const TraceReport = z.discriminatedUnion('verdict', [
  z.object({
    verdict: z.literal('match'),
    recipient: z.string(),
    confidence: z.number(),
    observed: z.number().int(),
    candidates: z.array(Candidate),
    ...TraceWhere,
  }),
  z.object({
    verdict: z.literal('inconclusive'),
    reason: z.string(),
    candidates: z.array(Candidate),
    ...TraceWhere,
  }),
]);
