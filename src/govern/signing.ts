// Signing a final text under a plan, and checking a signed bundle offline: every
// signature is Ed25519 over (signatory, draft hash, plan hash, time), so a bundle proves
// who signed exactly which words, in which order, without trusting the server.
import { ParleyError } from '../core/errors.ts';
import { canonicalJson } from './canonicalJson.ts';
import { draftHash as hashDraft, type SignableDraft } from './draftHash.ts';
import { parseHex } from './hash.ts';
import { keyPairFromSeed, signBytes, verifyBytes } from './keys.ts';
import { makePlan, planHash, prerequisites, type Signatory, type SigningPlan } from './signingPlan.ts';

export interface SignatureRecord {
  signatory: string;
  draftHash: string;
  planHash: string;
  /** ISO 8601 instant from the caller's clock. */
  signedAt: string;
  /** Ed25519 over signatureBytes(record), hex. */
  signature: string;
}

/** Signatures so far, in the order they were made. */
export interface SigningState {
  signatures: readonly SignatureRecord[];
}

/** What travels to a verifier: the plan, the signatures and, ideally, the text itself. */
export interface SignedBundle extends SigningState {
  plan: SigningPlan;
  draft?: SignableDraft;
}

export interface BundleVerdict {
  /** No signature is forged, misplaced or over another text. */
  valid: boolean;
  /** Valid and every required signatory has signed. */
  complete: boolean;
  signed: string[];
  missing: string[];
  problems: string[];
}

/** The exact bytes a signature covers. Throws nothing. */
export function signatureBytes(record: Omit<SignatureRecord, 'signature'>): Buffer {
  const { signatory, draftHash, planHash, signedAt } = record;
  return Buffer.from(
    canonicalJson({ type: 'parley-signature/v1', signatory, draftHash, planHash, signedAt }),
    'utf8',
  );
}

/** A signature about to be made: who signs, and the record their signature must cover. */
export interface SignatureTurn {
  signatory: Signatory;
  unsigned: Omit<SignatureRecord, 'signature'>;
}

/**
 * The one check every signature passes, however it is made: `signatory` may sign
 * `draftHash` at `signedAt` under `plan` now. Returns the record to sign. Throws
 * `not_found` for someone not in the plan, `duplicate` when they already signed,
 * `conflict` when the text changed (hash differs from the plan's), others must sign
 * first, or `signedAt` is earlier than a signature it must follow; `invalid_input` for a
 * malformed time.
 */
export function signatureTurn(
  plan: SigningPlan,
  state: SigningState,
  signatory: string,
  draftHash: string,
  signedAt: string,
): SignatureTurn {
  const who = plan.signatories.find((s) => s.id === signatory);
  if (!who)
    throw new ParleyError(
      'not_found',
      `'${signatory}' is not a signatory of this plan; signatories: ${plan.signatories.map((s) => s.id).join(', ')}`,
      { signatory },
    );
  if (state.signatures.some((s) => s.signatory === signatory))
    throw new ParleyError('duplicate', `'${signatory}' has already signed`, { signatory });
  if (draftHash !== plan.draftHash) {
    throw new ParleyError(
      'conflict',
      `the text changed: '${signatory}' is signing text ${draftHash.slice(0, 12)}… but the plan is for ${plan.draftHash.slice(0, 12)}…; re-read the final text`,
      { expected: plan.draftHash, actual: draftHash },
    );
  }
  const first = prerequisites(plan, signatory);
  const signedSoFar = new Set(state.signatures.map((s) => s.signatory));
  const waitingFor = first.filter((id) => !signedSoFar.has(id));
  if (waitingFor.length > 0)
    throw new ParleyError(
      'conflict',
      `'${signatory}' must wait until ${waitingFor.join(' and ')} ${waitingFor.length > 1 ? 'have' : 'has'} signed`,
      { waitingFor },
    );
  const at = Date.parse(signedAt);
  if (Number.isNaN(at)) throw new ParleyError('invalid_input', `'${signedAt}' is not an ISO 8601 time`);
  // A signature dated before (or at the same instant as) one it must follow would not
  // come after it in the bundle, which would then fail verification.
  const later = state.signatures.find((s) => first.includes(s.signatory) && Date.parse(s.signedAt) >= at);
  if (later)
    throw new ParleyError(
      'conflict',
      `'${signatory}' signs at ${signedAt}, not after ${later.signatory} signed at ${later.signedAt}: sign again with a current time`,
      { signedAt, after: later.signatory },
    );
  return { signatory: who, unsigned: { signatory, draftHash, planHash: planHash(plan), signedAt } };
}

const withSignature = (state: SigningState, turn: SignatureTurn, signature: string): SigningState => ({
  signatures: [...state.signatures, { ...turn.unsigned, signature }],
});

/**
 * Adds `signatory`'s signature over `draftHash` at `signedAt`, made here with their
 * private key, returning the new state. Throws what `signatureTurn` throws, `forbidden`
 * when the private key is not the signatory's, `invalid_input` for a malformed key.
 */
export function sign(
  plan: SigningPlan,
  state: SigningState,
  signatory: string,
  privateKey: string,
  draftHash: string,
  signedAt: string,
): SigningState {
  const turn = signatureTurn(plan, state, signatory, draftHash, signedAt);
  const seed = parseHex(privateKey, 32);
  if (!seed)
    throw new ParleyError(
      'invalid_input',
      'a private key is 64 lowercase hex digits (a 32-byte Ed25519 seed)',
    );
  if (keyPairFromSeed(seed).publicKey !== turn.signatory.publicKey)
    throw new ParleyError('forbidden', `this private key does not belong to '${signatory}'`, { signatory });
  return withSignature(state, turn, signBytes(privateKey, signatureBytes(turn.unsigned)));
}

/**
 * Adds a signature made elsewhere (a browser's WebCrypto) over `signatureBytes` of the
 * turn's record, returning the new state. Throws what `signatureTurn` throws, and
 * `forbidden` when the signature does not verify with the signatory's registered key.
 */
export function acceptSignature(
  plan: SigningPlan,
  state: SigningState,
  signatory: string,
  draftHash: string,
  signedAt: string,
  signature: string,
): SigningState {
  const turn = signatureTurn(plan, state, signatory, draftHash, signedAt);
  if (!verifyBytes(turn.signatory.publicKey, signatureBytes(turn.unsigned), signature))
    throw new ParleyError(
      'forbidden',
      `the signature does not verify with the public key registered for '${signatory}': sign the payload's message with that key`,
      { signatory },
    );
  return withSignature(state, turn, signature);
}

/** Checks a signed bundle with nothing but the bundle. Throws nothing: every problem is listed. */
export function verifyBundle(bundle: SignedBundle): BundleVerdict {
  const { plan, signatures } = bundle;
  const problems: string[] = [];
  try {
    makePlan(plan.draftHash, plan.signatories, plan.before);
  } catch (error) {
    problems.push(`the plan is malformed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bundle.draft && hashDraft(bundle.draft) !== plan.draftHash)
    problems.push('the enclosed text does not match the hash that was signed');
  const expectedPlanHash = planHash(plan);
  const seen = new Map<string, SignatureRecord>();
  for (const [i, record] of signatures.entries()) {
    const who = plan.signatories.find((s) => s.id === record.signatory);
    const label = `signature ${i + 1} (${record.signatory})`;
    if (!who) problems.push(`${label}: not a signatory of the plan`);
    else if (!verifyBytes(who.publicKey, signatureBytes(record), record.signature))
      problems.push(`${label}: the signature does not verify`);
    if (seen.has(record.signatory)) problems.push(`${label}: signed twice`);
    if (record.draftHash !== plan.draftHash) problems.push(`${label}: signs another text`);
    if (record.planHash !== expectedPlanHash) problems.push(`${label}: made under another plan`);
    for (const first of prerequisites(plan, record.signatory)) {
      const earlier = seen.get(first);
      if (!earlier) problems.push(`${label}: signed before ${first}, against the plan's order`);
      else if (Date.parse(earlier.signedAt) > Date.parse(record.signedAt))
        problems.push(`${label}: dated before ${first}'s signature`);
    }
    seen.set(record.signatory, record);
  }
  const signed = [...seen.keys()];
  const missing = plan.signatories.map((s) => s.id).filter((id) => !seen.has(id));
  const valid = problems.length === 0;
  return { valid, complete: valid && missing.length === 0, signed, missing, problems };
}
