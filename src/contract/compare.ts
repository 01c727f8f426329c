// Comparing two drafts (the compare engine's answer: alignment, redlines, bracket counts),
// a provision's lineage back through the drafts, and the user pairing that confirms or
// overrides where provisions of a draft come from in its parent's.
// The alignment nests (sub-items align under their pair), so it is a named, recursive schema.
import { z } from 'zod';
import { Slug } from '../core/model.ts';
import type { ChangeEntity } from './changes.ts';
import { declareRead, declareWrite } from './declare.ts';

const PairKind = z.enum(['kept', 'reworded', 'rewritten', 'moved', 'merged', 'split']);

export const Alignment = z.object({
  get pairs() {
    return z.array(AlignedPair);
  },
  added: z.array(z.string()),
  deleted: z.array(z.string()),
  placeholders: z.object({ from: z.array(z.string()), to: z.array(z.string()) }),
});

const AlignedPair = z.object({
  kind: PairKind,
  from: z.array(z.string()),
  to: z.array(z.string()),
  score: z.number(),
  confidence: z.number(),
  moved: z.boolean(),
  user: z.enum(['confirmed', 'overridden']).optional().describe('set when a user stated this pairing'),
  evidence: z
    .object({
      meaning: z.number(),
      words: z.array(z.string()),
      meanings: z.array(z.string()),
      structure: z.array(z.string()),
    })
    .optional()
    .describe('why a pair sharing few words was made: meaning, shared words, place and structure'),
  get children() {
    return Alignment.optional();
  },
});

z.globalRegistry.add(Alignment, { id: 'Alignment' });

const RedlineSegment = z.object({
  kind: z.enum(['equal', 'insert', 'delete', 'move-from', 'move-to']),
  text: z.string(),
  oldText: z.string().optional(),
  moveId: z.number().int().optional(),
});

const BracketCount = z.object({ brackets: z.number().int(), options: z.number().int() });
const DraftBracketCount = BracketCount.extend({ byProvision: z.record(z.string(), BracketCount) });

const ProvisionView = z.object({
  number: z.string(),
  label: z.string(),
  heading: z.string().optional(),
  text: z.string(),
  depth: z.number().int(),
  index: z.number().int(),
});

const DraftRef = z.object({ id: z.string(), label: z.string(), date: z.string() });

export const Comparison = z.object({
  drafts: z.object({ from: DraftRef, to: DraftRef }),
  alignment: Alignment,
  redlines: z.array(
    z.object({ from: z.array(z.string()), to: z.array(z.string()), segments: z.array(RedlineSegment) }),
  ),
  brackets: z.object({ from: DraftBracketCount, to: DraftBracketCount }),
  provisions: z.object({
    from: z.record(z.string(), ProvisionView),
    to: z.record(z.string(), ProvisionView),
  }),
  summary: z.record(
    z.enum(['kept', 'reworded', 'rewritten', 'moved', 'merged', 'split', 'added', 'deleted']),
    z.number().int(),
  ),
});

export const CompareQuery = z.object({
  from: z.string().min(1).describe('the older draft id'),
  to: z.string().min(1).describe('the newer draft id'),
});

/** A user pairing: provisions of `draft` come from `from` in its parent (none: they are new). */
export const PairingInput = z.object({
  draft: Slug,
  /** Provisions of `draft` (numbers or paths); several: a split. */
  provisions: z.array(z.string().min(1)).min(1, 'name at least one provision of the draft'),
  /** Provisions of the parent they come from (numbers or paths); several: a merge; none: they are new. */
  from: z.array(z.string().min(1)),
});
export type PairingInput = z.input<typeof PairingInput>;

/** A stored pairing between a draft's provisions and its parent's (paths). */
export const StoredPairing = z.object({
  fromDraft: z.string(),
  toDraft: z.string(),
  fromPaths: z.array(z.string()),
  toPaths: z.array(z.string()),
  kind: z.string(),
  score: z.number(),
  confidence: z.number(),
  origin: z.enum(['engine', 'user']),
  createdAt: z.string(),
});
export type StoredPairing = z.infer<typeof StoredPairing>;
export type Comparison = z.infer<typeof Comparison>;

/** One step of a provision's history: where it stood in a draft, and how it came from the step before. */
export const LineageStep = z.object({
  draft: z.string(),
  paths: z.array(z.string()),
  /** How this step came from the one before it (absent for the first). */
  kind: z.string().optional(),
  origin: z.enum(['engine', 'user']).optional(),
  score: z.number().optional(),
});
export type LineageStep = z.infer<typeof LineageStep>;

/** What a comparison of drafts depends on: their text and pairings, and what the reader may read. */
const COMPARE_READS: readonly ChangeEntity[] = ['draft', 'track', 'negotiation', 'bundle'];

export const compare = {
  drafts: declareRead({
    name: 'compare.drafts',
    summary: 'Align two drafts and redline the matched provisions',
    description: 'Pairings a user confirmed or overrode between the two drafts win; such pairs carry `user`.',
    resource: 'draft',
    action: 'read',
    input: CompareQuery,
    output: Comparison,
    staleAfter: COMPARE_READS,
    http: { method: 'GET', path: '/compare' },
  }),
  lineage: declareRead({
    name: 'compare.lineage',
    summary: "A provision's history back through the drafts, oldest first",
    resource: 'draft',
    action: 'read',
    input: z.object({
      draft: z.string().min(1),
      /** A provision number or path. */
      provision: z.string().min(1),
    }),
    output: LineageStep.array(),
    staleAfter: COMPARE_READS,
  }),
  pair: declareWrite({
    name: 'compare.pair',
    summary: "Confirm or override where provisions of a draft come from in its parent's",
    description:
      '`provisions` of the draft (several: a split) come from `from` in its parent (several: a merge; ' +
      'none: they are new). Lineage is re-derived for this draft and every later one.',
    resource: 'draft',
    action: 'update',
    input: PairingInput,
    output: StoredPairing,
    emits: ['draft'],
    http: { method: 'POST', path: '/drafts/:draft/pairings', status: 201 },
  }),
};
