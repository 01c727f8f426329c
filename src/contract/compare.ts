// The response of GET /api/compare: the compare engine's CompareResult, declared in zod
// so the reply is checked and the web client gets it typed through the OpenAPI document;
// and the pairing a user confirms or overrides (POST /api/drafts/:id/pairings).
// The alignment nests (sub-items align under their pair), so it is a named, recursive schema.
import { z } from 'zod';
import { PairingInput } from '../app/lineage.ts';

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

export const PairingBody = PairingInput.omit({ draft: true });

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
