// The audit log's use cases: the latest entries, and the verdict of checking the whole
// hash chain, the signed checkpoint and the live tables against the log (staff only).
import { z } from 'zod';
import { ANY_CHANGE } from './changes.ts';
import { declareRead } from './declare.ts';

export const AuditLine = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  hash: z.string().nullable(),
});
export type AuditLine = z.infer<typeof AuditLine>;

const AuditEntryRef = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  subject: z.string(),
});

export const StateVerdict = z.object({
  ok: z.boolean(),
  tracked: z.boolean(),
  tables: z.number().int(),
  rows: z.number().int(),
  differences: z
    .object({
      table: z.string(),
      key: z.string(),
      change: z.enum(['changed', 'deleted', 'inserted']),
      entry: AuditEntryRef.optional(),
    })
    .array(),
  more: z.number().int(),
  lists: z
    .object({
      seq: z.number().int(),
      problem: z.enum(['altered', 'planted']),
      entry: AuditEntryRef.optional(),
    })
    .array(),
  untracked: z.string().array(),
  message: z.string(),
});

export const AuditVerdict = z.object({
  ok: z.boolean(),
  size: z.number().int(),
  checkpointed: z.number().int(),
  problem: z.string().optional(),
  entry: AuditEntryRef.optional(),
  state: StateVerdict.optional(),
  message: z.string(),
});
export type AuditVerdict = z.infer<typeof AuditVerdict>;

export const audit = {
  log: declareRead({
    name: 'audit.log',
    summary: 'The latest audit entries (default 50), oldest first (staff)',
    resource: 'audit',
    action: 'read',
    input: z.object({
      limit: z.coerce
        .number({ error: 'expected a positive whole number' })
        .int('expected a positive whole number')
        .min(1, 'expected a positive whole number')
        .max(10_000, 'at most 10000')
        .default(50),
    }),
    output: AuditLine.array(),
    staleAfter: ANY_CHANGE,
    http: { method: 'GET', path: '/audit' },
  }),
  verify: declareRead({
    name: 'audit.verify',
    summary:
      'Check every entry against the hash chain and the latest signed checkpoint, and the live tables against the log (staff)',
    description:
      'Always 200 for staff: `ok` false names the problem (modified, deleted, inserted, reordered, ' +
      'truncated) and the first bad entry, or `state` when the chain holds but rows of the record ' +
      'differ from what it records (`state.differences` names each table and row).',
    resource: 'audit',
    action: 'verify',
    input: z.object({}),
    output: AuditVerdict,
    staleAfter: [],
    http: { method: 'GET', path: '/audit/verify' },
  }),
};
