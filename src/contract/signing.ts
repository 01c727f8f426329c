// Signing a final draft: the plan, keys with proof of possession, browser-made signatures,
// the signed bundle and its certificate. Signatures and keys are `signing` changes under
// the draft's id; making a draft final is a `draft` change.
import { z } from 'zod';
import { Name, Title } from '../core/limits.ts';
import { Draft, Slug, Timestamp } from '../core/model.ts';
import { declareRead, declareWrite } from './declare.ts';
import { Download } from './download.ts';

const Hex = (bytes: number, what: string) =>
  z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`), `${what}: ${bytes * 2} lowercase hex digits`);
const PublicKey = Hex(32, 'publicKey (raw Ed25519)');
const SignatureHex = Hex(64, 'signature (Ed25519)');

export const CERTIFICATE_FORMATS = ['html', 'pdf'] as const;
export type CertificateFormat = (typeof CERTIFICATE_FORMATS)[number];
export const CertificateFormatInput = z.enum(CERTIFICATE_FORMATS, {
  error: (issue) => `unknown format '${String(issue.input)}': choose html or pdf`,
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
export type StoredPlan = z.infer<typeof StoredPlan>;
export const BundleVerdict = z.object({
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
  /** Signatories whose prerequisites have all signed and who have not. */
  canSignNow: z.array(z.string()),
  waitingForKeys: z.array(z.string()),
  verdict: BundleVerdict.optional(),
});
export type SigningStatus = z.infer<typeof SigningStatus>;
export const KeyChallenge = z.object({
  /** Send back as `challenge` when registering. */
  id: z.string(),
  /** Base64 of the exact bytes the private key must sign. */
  message: z.string(),
  expiresAt: z.string(),
});
export type KeyChallenge = z.infer<typeof KeyChallenge>;
export const RegisteredKey = z.object({
  signatory: z.string(),
  publicKey: z.string(),
  fingerprint: z.string(),
  /** The drafts whose plans now hold this key. */
  drafts: z.array(z.string()),
});
export const SigningPayload = z.object({
  /** Base64 of the exact bytes to sign with Ed25519. */
  message: z.string(),
  signedAt: z.string(),
  draftHash: z.string(),
  planHash: z.string(),
});
export type SigningPayload = z.infer<typeof SigningPayload>;
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

const OfDraft = { draft: Slug };
const OfKey = { ...OfDraft, signatory: z.string().trim().min(1, 'name the signatory') };
/** Whatever changes a draft's text or state, its plan, keys or signatures. */
const SIGNING_CHANGES = ['draft', 'signing', 'bundle', 'negotiation'] as const;

export const signing = {
  finalize: declareWrite({
    name: 'signing.finalize',
    summary: 'Mark a draft final (its text is unchanged): only a final text gets a signing plan',
    resource: 'draft',
    action: 'update',
    input: z.object(OfDraft),
    output: Draft,
    emits: ['draft'],
    http: { method: 'POST', path: '/drafts/:draft/finalize' },
  }),
  status: declareRead({
    name: 'signing.status',
    summary: 'Where signing stands: the plan, who signed, who may sign now, who still needs a key',
    resource: 'signature',
    action: 'read',
    input: z.object(OfDraft),
    output: SigningStatus,
    staleAfter: SIGNING_CHANGES,
    http: { method: 'GET', path: '/drafts/:draft/signing' },
  }),
  plan: declareWrite({
    name: 'signing.plan',
    summary: 'Set who must sign a final draft and in what order (staff)',
    description:
      '`order` reads like "ukraine and us before russia". 409 when the draft is not final, signing ' +
      'has begun or the order has a cycle; 422 when the order names someone who does not sign.',
    resource: 'draft',
    action: 'update',
    input: z.object({
      ...OfDraft,
      signatories: z.array(z.string().trim().min(1)).min(1, 'name at least one signatory'),
      /** e.g. "ukraine and us before russia". */
      order: Title.min(1).optional(),
      /** Names printed on the certificate, by signatory id. */
      names: z.record(z.string(), Name).optional(),
    }),
    output: StoredPlan,
    emits: ['signing'],
    http: { method: 'PUT', path: '/drafts/:draft/signing' },
  }),
  challenge: declareWrite({
    name: 'signing.challenge',
    summary: "Ask for a challenge to prove a signing key is held (the signatory's own delegates)",
    description:
      'Sign `message` (base64) with the private key and PUT the public key with the challenge id and ' +
      'the signature within 2 minutes. Single-use, and bound to this signatory, key, plan and caller. ' +
      '403 for anyone but a delegate of the signatory party (the secretariat sees keys but cannot set ' +
      'them); 409 once signing has begun.',
    resource: 'signature',
    action: 'registerKey',
    input: z.object({ ...OfKey, publicKey: PublicKey }),
    output: KeyChallenge,
    emits: ['signing'],
    http: { method: 'POST', path: '/drafts/:draft/signing/keys/:signatory/challenge', status: 201 },
  }),
  registerKey: declareWrite({
    name: 'signing.registerKey',
    summary: "Register a signatory's Ed25519 public key with proof of possession (its own delegates)",
    description:
      '`signature` is Ed25519 over the message of a challenge from `POST …/challenge` for this key. ' +
      '403 for a used, expired or foreign challenge, a signature the key did not make, or anyone but ' +
      "the signatory party's delegates.",
    resource: 'signature',
    action: 'registerKey',
    input: z.object({
      ...OfKey,
      publicKey: PublicKey,
      /** The id of a challenge issued for this signatory and key, unused and unexpired. */
      challenge: z.string().min(1, 'give the id of the challenge the key signed'),
      /** Ed25519 over the challenge's message with the private key, hex. */
      signature: SignatureHex,
    }),
    output: RegisteredKey,
    emits: ['signing'],
    http: { method: 'PUT', path: '/drafts/:draft/signing/keys/:signatory' },
  }),
  payload: declareRead({
    name: 'signing.payload',
    summary: 'The exact bytes `as` must sign now, for signing with a key held elsewhere (a browser)',
    description:
      'Sign `message` (base64) with Ed25519 and POST the signature with this `signedAt` within ' +
      '5 minutes. Refused now, with the reason, when `as` may not sign yet.',
    resource: 'signature',
    action: 'create',
    input: z.object({ ...OfDraft, as: z.string().trim().min(1, 'name the signatory who signs') }),
    output: SigningPayload,
    staleAfter: SIGNING_CHANGES,
    http: { method: 'GET', path: '/drafts/:draft/signing/payload' },
  }),
  sign: declareWrite({
    name: 'signing.sign',
    summary: "Record a signature made over the payload's message with the signatory's key",
    description:
      '409 `conflict` when out of order, the text changed, or `signedAt` is more than 5 minutes ' +
      'from the server clock; 409 `duplicate` when already signed; 403 when the signature does ' +
      'not verify with the registered key.',
    resource: 'signature',
    action: 'create',
    input: z.object({
      ...OfDraft,
      as: z.string().trim().min(1, 'name the signatory who signs'),
      /** Exactly as the payload gave it. */
      signedAt: Timestamp,
      signature: SignatureHex,
    }),
    output: SignatureRow,
    emits: ['signing'],
    http: { method: 'POST', path: '/drafts/:draft/signatures', status: 201 },
  }),
  registerKeyFile: declareWrite({
    name: 'signing.registerKeyFile',
    summary: "Register the key of a key file at hand by signing the challenge with it (the CLI's key files)",
    description:
      'Not served over HTTP: a private key never travels. Without `draft`, every plan waiting for ' +
      "the signatory's key takes it.",
    resource: 'signature',
    action: 'registerKey',
    input: z.object({
      signatory: OfKey.signatory,
      privateKey: z.string().min(1, 'give the private key'),
      draft: Slug.optional(),
    }),
    output: z.object({ drafts: z.array(z.string()), publicKey: z.string() }),
    emits: ['signing'],
  }),
  signWithKeyFile: declareWrite({
    name: 'signing.signWithKeyFile',
    summary: "Sign as `as` with the private key of a key file at hand (the CLI's key files)",
    description: 'Not served over HTTP: a private key never travels. Checked like any signature.',
    resource: 'signature',
    action: 'create',
    input: z.object({
      ...OfDraft,
      as: z.string().trim().min(1, 'name the signatory who signs'),
      privateKey: z.string().min(1, 'give the private key'),
    }),
    output: SignatureRow,
    emits: ['signing'],
  }),
  bundle: declareRead({
    name: 'signing.bundle',
    summary: 'The signed bundle (plan, signatures, text): what `parley verify` checks offline',
    resource: 'signature',
    action: 'read',
    input: z.object(OfDraft),
    output: SignedBundle,
    staleAfter: SIGNING_CHANGES,
    http: { method: 'GET', path: '/drafts/:draft/signed' },
  }),
  certificate: declareRead({
    name: 'signing.certificate',
    summary: 'The certificate of completion (HTML or PDF): signers, times and hashes',
    description: 'Its verdict is computed from the signed bundle, never stored, so it cannot claim more.',
    resource: 'signature',
    action: 'read',
    input: z.object({ ...OfDraft, format: CertificateFormatInput.default('html') }),
    output: Download,
    staleAfter: SIGNING_CHANGES,
    http: { method: 'GET', path: '/drafts/:draft/certificate', download: 'inline' },
  }),
};
