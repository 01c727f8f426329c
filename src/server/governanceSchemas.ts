// The governance API's shapes: accounts and tokens, circulations and leak tracing,
// signing plans, browser-made signatures and bundles, and the audit log. Inputs reuse the
// app's schemas where it has them, so the API, the CLI and the web forms agree.
import { z } from 'zod';
import { Role, UserInput } from '../app/accounts.ts';
import { CertificateFormatInput } from '../app/certificate.ts';
import { CopyFormatInput } from '../app/masterText.ts';
import { DRAFT_TEXT_MAX, LongText, Name, Title } from '../core/limits.ts';
import { Slug, Timestamp } from '../core/model.ts';

const Hex = (bytes: number, what: string) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${what}: ${bytes * 2} lowercase hex digits`);

export const User = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  party: z.string().optional(),
  createdAt: z.string(),
});
export const UserBody = UserInput;
export const TokenBody = z.object({ label: Name.optional() });
export const Token = z.object({
  /** Shown once: only its SHA-256 is kept. */
  token: z.string(),
  user: z.string(),
  label: z.string().optional(),
  /** Set when minted for someone else: acts with this token are recorded as "MINTER for user:ID". */
  mintedBy: z.string().optional(),
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

export const SignatoryParams = z.object({ id: Slug, signatory: z.string().min(1) });
export const PlanBody = z.object({
  signatories: z.array(z.string().trim().min(1)).min(1, 'name at least one signatory'),
  /** e.g. "ukraine and us before russia". */
  order: Title.min(1).optional(),
  /** Names printed on the certificate, by signatory id. */
  names: z.record(z.string(), Name).optional(),
});
const StoredSignatory = z.object({
  id: z.string(),
  name: z.string(),
  publicKey: z.string().optional(),
  /** In status answers: the key's fingerprint, for comparing with the party out of band. */
  fingerprint: z.string().optional(),
});
export const StoredPlan = z.object({
  draft: z.string(),
  draftHash: z.string(),
  signatories: z.array(StoredSignatory),
  before: z.array(z.tuple([z.string(), z.string()])),
  createdAt: z.string(),
});
const BundleVerdict = z.object({
  valid: z.boolean(),
  complete: z.boolean(),
  signed: z.array(z.string()),
  missing: z.array(z.string()),
  problems: z.array(z.string()),
});
export const SigningStatus = z.object({
  draft: z.string(),
  plan: StoredPlan,
  signed: z.array(z.object({ signatory: z.string(), signedAt: z.string() })),
  canSignNow: z.array(z.string()),
  waitingForKeys: z.array(z.string()),
  verdict: BundleVerdict.optional(),
});
export const ChallengeBody = z.object({ publicKey: Hex(32, 'publicKey (raw Ed25519)') });
export const KeyChallenge = z.object({
  /** Send back as `challenge` when registering. */
  id: z.string(),
  /** Base64 of the exact bytes the private key must sign. */
  message: z.string(),
  expiresAt: z.string(),
});
export const KeyBody = z.object({
  publicKey: Hex(32, 'publicKey (raw Ed25519)'),
  /** The id of a challenge issued for this signatory and key, unused and unexpired. */
  challenge: z.string().min(1),
  /** Ed25519 over the challenge's message with the private key, hex. */
  signature: Hex(64, 'signature (Ed25519)'),
});
export const RegisteredKey = z.object({
  signatory: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  /** The drafts whose plans now hold this key. */
  drafts: z.array(z.string()),
});
export const PayloadQuery = z.object({ as: z.string().trim().min(1, 'name the signatory: ?as=ID') });
export const SigningPayload = z.object({
  /** Base64 of the exact bytes to sign with Ed25519. */
  message: z.string(),
  signedAt: z.string(),
  draftHash: z.string(),
  planHash: z.string(),
});
export const SignatureBody = z.object({
  as: z.string().trim().min(1),
  /** Exactly as the payload gave it. */
  signedAt: Timestamp,
  signature: Hex(64, 'signature (Ed25519)'),
});
export const SignatureRow = z.object({
  id: z.string(),
  draft: z.string(),
  signatory: z.string(),
  signedAt: z.string(),
  draftHash: z.string(),
  publicKey: z.string(),
  value: z.string(),
});
const Signatory = z.object({ id: z.string(), name: z.string(), publicKey: z.string() });
/** The engine's bundle; its arrays are readonly there, so they are here. */
export const SignedBundle = z.object({
  title: z.string(),
  plan: z.object({
    draftHash: z.string(),
    signatories: z.array(Signatory).readonly(),
    before: z.array(z.tuple([z.string(), z.string()]).readonly()).readonly(),
  }),
  signatures: z
    .array(
      z.object({
        signatory: z.string(),
        draftHash: z.string(),
        planHash: z.string(),
        signedAt: z.string(),
        signature: z.string(),
      }),
    )
    .readonly(),
  draft: z
    .object({
      title: z.string().optional(),
      preamble: z.string(),
      provisions: z
        .array(
          z.object({
            path: z.string(),
            number: z.string(),
            heading: z.string().optional(),
            text: z.string(),
          }),
        )
        .readonly(),
    })
    .optional(),
});
export const CertificateQuery = z.object({ format: CertificateFormatInput.default('html') });

export const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(10_000).optional() });
export const AuditLine = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  hash: z.string().nullable(),
});
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
