// Composing a revision: the secretariat's plan for the next draft over a base (saved while
// it works, versioned so two editors cannot overwrite each other), and issuing it as a child
// draft whose lineage is how it was made. Only staff compose; to anyone else a composition
// does not exist.
import { z } from 'zod';
import { CompositionPlan, Insertion, ProvisionChoice } from '../core/compositionPlan.ts';
import { Name } from '../core/limits.ts';
import { Draft, IsoDate, Slug, Timestamp } from '../core/model.ts';
import { AmendmentKind, AmendmentState } from './amendments.ts';
import { declareRead, declareWrite } from './declare.ts';

export { CompositionPlan, Insertion, ProvisionChoice };

/** The plan saved over a base; version 0 means none saved yet. */
export const Composition = CompositionPlan.extend({
  base: Slug,
  version: z.number().int().nonnegative(),
  updatedAt: Timestamp.optional(),
  updatedBy: z.string().optional(),
});
export type Composition = z.infer<typeof Composition>;

export const ComposeInput = z.object({
  /** The base draft. */
  draft: Slug,
  label: Name.min(1, 'give the revision a label, e.g. "Geneva revision 2"'),
  /** Derived from the label when absent. */
  id: Slug.optional(),
  /** Today when absent. */
  date: IsoDate.optional(),
  author: z.string().trim().min(1).optional(),
  /** The plan to issue; the saved composition when absent. */
  plan: CompositionPlan.optional(),
  /** With the saved composition: the version read, so a plan changed meanwhile is not issued unseen. */
  version: z.coerce.number().int().nonnegative().optional(),
});
export type ComposeInput = z.input<typeof ComposeInput>;

export const ComposedDraft = z.object({
  draft: Draft,
  /** Amendments taken, with the state they now have. */
  taken: z.array(z.object({ id: z.string(), state: z.enum(['taken', 'taken_in_part']) })),
});
export type ComposedDraft = z.infer<typeof ComposedDraft>;

/** The details of a `conflict` on a stale save: the version now stored. */
export const CompositionConflict = z.object({ field: z.literal('version'), current: z.number().int() });
export type CompositionConflict = z.infer<typeof CompositionConflict>;

/** A word-level redline run (compare/redline.ts): equal, inserted, deleted or moved words. */
export const RedlineRun = z.object({
  kind: z.enum(['equal', 'insert', 'delete', 'move-from', 'move-to']),
  text: z.string(),
});

/** One party's amendment in its column, redlined against the base provision. */
export const ColumnAmendment = z.object({
  id: z.string(),
  party: Slug,
  kind: AmendmentKind,
  state: AmendmentState,
  text: z.string().optional(),
  note: z.string().optional(),
  redline: z.array(RedlineRun),
});

/** The secretariat's column: what the composition makes of the provision, redlined against it. */
export const CompromiseCell = z.object({
  choice: ProvisionChoice,
  /** The provision's text in the revision; null when it is dropped. */
  text: z.string().nullable(),
  redline: z.array(RedlineRun),
  /** Provisions the composition places after this one (new provisions taken). */
  added: z.array(z.object({ amendment: z.string(), number: z.string(), text: z.string() })),
});

export const ColumnRow = z.object({
  path: z.string(),
  number: z.string(),
  heading: z.string().optional(),
  /** 0 for a top-level provision. */
  depth: z.number().int().nonnegative(),
  track: Slug.optional(),
  topics: z.array(z.string()),
  text: z.string(),
  /** Party id → its amendments on this provision, oldest first. */
  amendments: z.record(z.string(), z.array(ColumnAmendment)),
  compromise: CompromiseCell.optional(),
});

export const ColumnsTable = z.object({
  draft: z.object({ id: Slug, label: z.string(), date: IsoDate, state: z.string() }),
  /** The party columns, in the roster's order: parties with an amendment the reader may see. */
  parties: z.array(z.object({ id: Slug, name: z.string() })),
  /** Staff only: the composition the compromise column shows (version 0: nothing saved yet). */
  composition: z.object({ version: z.number().int().nonnegative() }).optional(),
  rows: z.array(ColumnRow),
});
export type ColumnsTable = z.infer<typeof ColumnsTable>;
export type ColumnRow = z.infer<typeof ColumnRow>;

export const ColumnsQuery = z.object({
  draft: Slug,
  track: z.string().trim().min(1).optional(),
  topic: z.string().trim().min(1).optional(),
  party: z.string().trim().min(1).optional(),
});

export const compose = {
  columns: declareRead({
    name: 'compose.columns',
    summary:
      "The n-column table: per provision the base text, each party's amendments redlined, the compromise",
    description:
      'A delegation sees the provisions it may read and the amendments the amendment policies show it ' +
      '(its own, and those shared on text it holds); the compromise column is for staff only. ' +
      'Filters: a track, a topic, a party (its column only).',
    resource: 'draft',
    action: 'read',
    input: ColumnsQuery,
    output: ColumnsTable,
    staleAfter: ['draft', 'amendment', 'composition', 'track', 'party', 'bundle'],
    http: { method: 'GET', path: '/drafts/:draft/columns' },
  }),
  show: declareRead({
    name: 'compose.show',
    summary: "The secretariat's composition in progress over a draft (version 0 when none is saved)",
    description: 'Only staff compose: to anyone else the composition is 404, like an unknown draft.',
    resource: 'draft',
    action: 'create',
    input: z.object({ draft: Slug }),
    output: Composition,
    staleAfter: ['composition', 'draft'],
    http: { method: 'GET', path: '/drafts/:draft/composition' },
  }),
  save: declareWrite({
    name: 'compose.save',
    summary:
      'Save the composition over a draft: per provision keep, take, take in part, text, brackets or drop',
    description:
      '`version` is the version read (0 for a new one); a composition saved since answers 409 `conflict` ' +
      'with `details.current`. Amendments and provisions are checked as issuing would check them.',
    resource: 'draft',
    action: 'create',
    input: CompositionPlan.extend({ draft: Slug, version: z.coerce.number().int().nonnegative() }),
    output: Composition,
    emits: ['composition'],
    http: { method: 'PUT', path: '/drafts/:draft/composition' },
  }),
  issue: declareWrite({
    name: 'compose.issue',
    summary: 'Issue the next draft from a base: the plan given, or the saved composition',
    description:
      'The child draft names the base as its parent; its provisions descend from the base as composed ' +
      '(kept, rewritten, added; dropped ones end), with no alignment. Amendments taken become taken or ' +
      'taken in part. A final base, an amendment of another draft or not proposed, an unknown provision: ' +
      '400/404, nothing written.',
    resource: 'draft',
    action: 'create',
    input: ComposeInput,
    output: ComposedDraft,
    emits: ['draft', 'composition', 'amendment'],
    http: { method: 'POST', path: '/drafts/:draft/compose', status: 201 },
  }),
};
