// Circulating drafts to parties and tracing leaked copies back to their recipient. A
// circulation is a change to its draft (`draft`, action `circulate`).
import { z } from 'zod';
import { DRAFT_TEXT_MAX, LongText } from '../core/limits.ts';
import { Slug } from '../core/model.ts';
import { declareRead, declareWrite } from './declare.ts';
import { Download } from './download.ts';

export const COPY_FORMATS = ['text', 'md', 'html', 'pdf'] as const;
export type CopyFormat = (typeof COPY_FORMATS)[number];
/** A copy format as typed by a user, with a message that lists the choices. */
export const CopyFormatInput = z.enum(COPY_FORMATS, {
  error: (issue) => `unknown format '${String(issue.input)}': choose text, md, html or pdf`,
});

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
export type CirculationRow = z.infer<typeof CirculationRow>;
export const Circulated = z.object({
  circulation: CirculationRow,
  /** Where the recipient's copy can be downloaded (GET, `?format=`). */
  copyUrl: z.string(),
});
export type Circulated = z.infer<typeof Circulated>;

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
export type TraceReport = z.infer<typeof TraceReport>;

/** Circulations, and what tracing compares with: every circulated copy. */
const CIRCULATION_CHANGES = ['draft', 'bundle', 'negotiation'] as const;

export const circulation = {
  circulate: declareWrite({
    name: 'circulation.circulate',
    summary: "Circulate a draft (or only a summary) to a party, making the party's fingerprinted copy",
    description: 'Staff only. 404 for an unknown draft or party.',
    resource: 'draft',
    action: 'circulate',
    input: z.object({
      draft: Slug,
      to: z.string().trim().min(1, 'name the receiving party (id, name or alias)'),
      summary: LongText.trim().min(1, 'a summary cannot be empty').optional(),
    }),
    output: Circulated,
    emits: ['draft'],
    http: { method: 'POST', path: '/drafts/:draft/circulations', status: 201 },
  }),
  list: declareRead({
    name: 'circulation.list',
    summary: 'Who has seen which version, oldest first (a delegate: only what its party received)',
    resource: 'circulation',
    action: 'read',
    input: z.object({ draft: Slug.optional() }),
    output: CirculationRow.array(),
    staleAfter: CIRCULATION_CHANGES,
    http: { method: 'GET', path: '/circulations' },
  }),
  copy: declareRead({
    name: 'circulation.copy',
    summary: "Download the recipient's fingerprinted copy, exactly as it was sent",
    description:
      "A delegate gets only its own party's copies; any other id is 404, like one that does not exist. " +
      '409 `conflict` when the copy can no longer be reproduced (the draft text or secret changed).',
    resource: 'circulation',
    action: 'read',
    input: z.object({
      circulation: z.string().min(1, 'name the circulation'),
      format: CopyFormatInput.default('md'),
    }),
    output: Download,
    staleAfter: CIRCULATION_CHANGES,
    http: { method: 'GET', path: '/circulations/:circulation/copy', download: 'attachment' },
  }),
  trace: declareRead({
    name: 'circulation.trace',
    summary: 'Name the most likely source of a leaked text, or say it cannot tell',
    description: 'Staff only. `inconclusive` rather than a guess when the evidence is too thin.',
    resource: 'circulation',
    action: 'trace',
    input: z.object({
      text: z
        .string()
        .min(1, 'paste the leaked text')
        .max(DRAFT_TEXT_MAX, `at most ${DRAFT_TEXT_MAX} characters`),
      draft: Slug.optional(),
    }),
    output: TraceReport,
    staleAfter: CIRCULATION_CHANGES,
    http: { method: 'POST', path: '/trace' },
  }),
};
