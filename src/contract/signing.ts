// Signing a final draft: the plan, keys with proof of possession, browser-made signatures,
// the signed bundle and its certificate.
import { z } from 'zod';
import { CertificateFormatInput } from '../app/certificate.ts';
import { Name, Title } from '../core/limits.ts';
import { Slug, Timestamp } from '../core/model.ts';

const Hex = (bytes: number, what: string) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${what}: ${bytes * 2} lowercase hex digits`);

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
