// What a scenario records beyond the negotiation itself (reports to ingest and review,
// circulations, a signing under way): the schema, apart from the steps that load it
// (scenarioRecord.ts), so reading a scenario does not load the evidence engine.
import { z } from 'zod';
import { ClaimEdit } from '../contract/evidence.ts';
import { Slug } from '../core/model.ts';
import type { KeyPair } from '../govern/keys.ts';

const Review = z.object({
  kind: z.enum(['quote', 'event', 'mention', 'position']),
  /** Words the claim's text contains: claim ids are minted at ingest, so they are found by content. */
  text: z.string().min(1),
  action: z.enum(['accept', 'reject']),
  edit: ClaimEdit.optional(),
  note: z.string().optional(),
});

export const ScenarioRecord = z.object({
  /** Documents to ingest, with the claims a reviewer accepted or rejected; the rest stay suggested. */
  reports: z.array(z.object({ file: z.string().min(1), review: z.array(Review).default([]) })).default([]),
  circulations: z
    .array(z.object({ draft: Slug, to: z.string().min(1), summary: z.string().optional() }))
    .default([]),
  /** A final text, its signatories in order, and who has signed so far (with a key made at load time). */
  signing: z
    .object({
      draft: Slug,
      signatories: z.array(z.string().min(1)).min(1),
      order: z.string().optional(),
      names: z.record(z.string(), z.string()).optional(),
      signed: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});
export type ScenarioRecord = z.infer<typeof ScenarioRecord>;

export interface RecordOptions {
  /** 32 random bytes per signatory's key (default: node:crypto). */
  newSeed?: () => Uint8Array;
  /**
   * Receives the key pair of each signatory that has not signed yet, to hand over (the
   * demo writes it as a key file); keys of those who signed are never kept.
   */
  keep?: (signatory: string, keys: KeyPair) => void;
}
