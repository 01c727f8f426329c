// Drafts: import one from its text, list them, read one as the reader may see it. The
// import takes the text itself — the route, the CLI and the scenario loader alike — and
// the parser's outline becomes the stored draft (ParsedDraftInput), dated today unless dated.
import { z } from 'zod';
import { Amendment } from '../core/amendments.ts';
import { DRAFT_PROVISIONS_MAX, DRAFT_TEXT_MAX, LongText, Name, Title } from '../core/limits.ts';
import { Draft, DraftState, IsoDate, Slug, Timestamp } from '../core/model.ts';
import type { ChangeEntity } from './changes.ts';
import { declareRead, declareWrite } from './declare.ts';
import { Download } from './download.ts';

export const DraftHeader = Draft.omit({ provisions: true }).extend({ createdAt: Timestamp });
export type DraftHeader = z.infer<typeof DraftHeader>;

/** A draft as the reader may see it. */
export const DraftView = Draft.extend({
  createdAt: Timestamp,
  /** Set when the reader holds only a summary: `provisions` is then empty. */
  summaryOnly: z.literal(true).optional(),
  summary: z.string().optional(),
  /** Provisions left out because they belong to tracks the reader may not read. */
  withheld: z.number().int().positive().optional(),
});
export type DraftView = z.infer<typeof DraftView>;

/** A draft to import: its text, and what the text does not say (label, date, parents…). */
export const DraftImport = z.object({
  text: z
    .string()
    .min(1, 'give the text of the draft')
    .max(DRAFT_TEXT_MAX, `at most ${DRAFT_TEXT_MAX} characters; split the draft`),
  fileName: Name.optional(),
  format: z.enum(['text', 'markdown', 'json']).optional(),
  label: Name.min(1, 'give the draft a label, e.g. "Geneva revision"'),
  /** Derived from the label when absent. */
  id: Slug.optional(),
  parents: z.array(Slug).optional(),
  author: z.string().trim().min(1).optional(),
  /** Today when absent. */
  date: IsoDate.optional(),
  state: DraftState.optional(),
});
export type DraftImport = z.input<typeof DraftImport>;

/** The most a Word or PDF document may weigh, in bytes (its base64 is a third more). */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** A draft to import from a Word (.docx) or PDF document, sent as base64. */
export const DocumentImport = DraftImport.omit({ text: true, format: true }).extend({
  document: z
    .base64('give the document as base64')
    .min(1, 'give the document')
    .max(Math.ceil(DOCUMENT_MAX_BYTES / 3) * 4, 'at most 20 MB; split the document'),
  format: z.enum(['docx', 'pdf']),
  /**
   * A party (id or name): each tracked change in the Word document becomes an amendment of
   * that party on the new draft, and the draft is the text as it was before the changes.
   */
  trackedAsAmendments: z.string().trim().min(1, 'name the party whose amendments the changes are').optional(),
});
export type DocumentImport = z.input<typeof DocumentImport>;

/** What a draft can be exported as: Word, Akoma Ntoso XML, Markdown, HTML. */
export const EXPORT_FORMATS = ['docx', 'akn', 'md', 'html'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS, { error: `use one of ${EXPORT_FORMATS.join(', ')}` });
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ImportedDraft = z.object({
  draft: Draft,
  /** What the parser found: counts per level and the numbering tree. */
  summary: z.string(),
  /** The amendments recorded from the document's tracked changes (`trackedAsAmendments`). */
  amendments: z.array(Amendment).optional(),
});
export type ImportedDraft = z.infer<typeof ImportedDraft>;

export const ParsedProvision = z.object({
  path: z.string().min(1),
  number: Name,
  parent: z.string().optional(),
  heading: Title.optional(),
  text: LongText,
});
/** A draft already parsed into provisions, as the store records it (app/drafts.ts). */
export const ParsedDraftInput = z.object({
  id: Slug.optional(),
  label: Name.min(1, 'give the draft a label, e.g. "Geneva revision"'),
  title: Title.optional(),
  date: IsoDate,
  author: z.string().trim().min(1).optional(),
  parents: z.array(Slug).default([]),
  state: DraftState.default('working'),
  preamble: LongText.default(''),
  provisions: z
    .array(ParsedProvision)
    .min(1, 'a draft needs at least one numbered provision')
    .max(DRAFT_PROVISIONS_MAX, `at most ${DRAFT_PROVISIONS_MAX} provisions; split the draft`),
  /** Per-path annotations: topics and the track a provision is negotiated on. */
  annotations: z
    .record(z.string(), z.object({ topics: z.array(z.string()).optional(), track: Slug.optional() }))
    .default({}),
  /** User pairings with the first parent, stated at import: path → the parent's paths. */
  derivedFrom: z.record(z.string(), z.array(z.string()).min(1)).default({}),
  createdAt: z.string().optional(),
});
export type ParsedDraftInput = z.input<typeof ParsedDraftInput>;

/** Other areas' routes still take `:id`; removed once the last of them is declared here. */

/** What a draft's visible text and header depend on. */
const DRAFT_READS: readonly ChangeEntity[] = ['draft', 'track', 'negotiation', 'bundle'];

export const drafts = {
  list: declareRead({
    name: 'drafts.list',
    summary: 'Draft headers, in the order recorded (a delegation: those circulated to its party)',
    resource: 'draft',
    action: 'read',
    input: z.object({}),
    output: DraftHeader.array(),
    staleAfter: DRAFT_READS,
    http: { method: 'GET', path: '/drafts' },
  }),
  show: declareRead({
    name: 'drafts.show',
    summary: 'One draft with the provisions the actor may read',
    description:
      'A party that received only a summary gets `summaryOnly` and `summary`, no provisions and no preamble; ' +
      'provisions of tracks its party is not on are left out and counted in `withheld`, and parents it may not see are not named. ' +
      'A draft never circulated to the party is 404, like one that does not exist.',
    resource: 'draft',
    action: 'read',
    input: z.object({ draft: Slug }),
    output: DraftView,
    staleAfter: DRAFT_READS,
    http: { method: 'GET', path: '/drafts/:draft' },
  }),
  import: declareWrite({
    name: 'drafts.import',
    summary: 'Import a draft from plain text, Markdown or JSON with numbered points',
    description: 'Parse errors are 400 `parse_error` with `details.line`. The date is today when not given.',
    resource: 'draft',
    action: 'create',
    input: DraftImport,
    output: ImportedDraft,
    emits: ['draft'],
    http: { method: 'POST', path: '/drafts', status: 201, sliced: true },
  }),
  export: declareRead({
    name: 'drafts.export',
    summary: 'Download a draft as Word (.docx), Akoma Ntoso 3.0 XML, Markdown or HTML',
    description:
      "Word with Word's own list numbering and heading styles; Akoma Ntoso as a `bill` with FRBR identification " +
      '(the Work is the first draft of the line of revisions) and eIds from lineage, so a provision keeps its eId ' +
      'across revisions. Only what the reader may read is exported (provisions of tracks it is not on are left out); ' +
      'a party holding only a summary is 403 `forbidden`.',
    resource: 'draft',
    action: 'read',
    input: z.object({ draft: Slug, format: ExportFormat.default('docx') }),
    output: Download,
    staleAfter: DRAFT_READS,
    http: { method: 'GET', path: '/drafts/:draft/export', download: 'attachment' },
  }),
  importDocument: declareWrite({
    name: 'drafts.importDocument',
    summary: 'Import a draft from a Word (.docx) or PDF document',
    description:
      "Word's automatic numbering (levels, formats, restarts, numbering tied to styles), typed numbers, headings " +
      'and tables of provisions (a number column, a text column) become the provisions. Tracked changes are read ' +
      'as accepted. A damaged or password-protected document is 400 `invalid_input`; one without numbered ' +
      'paragraphs is 400 `parse_error`. With `trackedAsAmendments` (staff only) the draft is the text before the tracked ' +
      'changes and each change is recorded as an amendment of that party, visible to its delegates once the draft is ' +
      'circulated to it. Over HTTP the JSON body limit (2 MB) bounds the document to about 1.5 MB.',
    resource: 'draft',
    action: 'create',
    input: DocumentImport,
    output: ImportedDraft,
    emits: ['draft', 'amendment'],
    http: { method: 'POST', path: '/drafts/document', status: 201, sliced: true },
  }),
};
