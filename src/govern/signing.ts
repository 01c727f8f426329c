// Signing a final text under a plan, and checking a signed bundle offline: every
// signature is Ed25519 over (signatory, draft hash, plan hash, time), so a bundle proves
// who signed exactly which words, in which order, without trusting the server.
import { ParleyError } from '../core/errors.ts';
import { canonicalJson } from './canonicalJson.ts';
import { draftHash as hashDraft, type SignableDraft } from './draftHash.ts';
import { parseHex } from './hash.ts';
import { keyPairFromSeed, signBytes, verifyBytes } from './keys.ts';
import { makePlan, planHash, prerequisites, type SigningPlan } from './signingPlan.ts';

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

/**
 * Adds `signatory`'s signature over `draftHash` at `signedAt`, returning the new state.
 * Throws `not_found` for someone not in the plan, `duplicate` when they already signed,
 * `conflict` when the text changed (hash differs from the plan's) or others must sign
 * first, `forbidden` when the private key is not the signatory's, `invalid_input` for a
 * malformed key or time.
 */
export function sign(
  plan: SigningPlan,
  state: SigningState,
  signatory: string,
  privateKey: string,
  draftHash: string,
  signedAt: string,
): SigningState {
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
  const signedSoFar = new Set(state.signatures.map((s) => s.signatory));
  const waitingFor = prerequisites(plan, signatory).filter((id) => !signedSoFar.has(id));
  if (waitingFor.length > 0)
    throw new ParleyError(
      'conflict',
      `'${signatory}' must wait until ${waitingFor.join(' and ')} ${waitingFor.length > 1 ? 'have' : 'has'} signed`,
      { waitingFor },
    );
  if (Number.isNaN(Date.parse(signedAt)))
    throw new ParleyError('invalid_input', `'${signedAt}' is not an ISO 8601 time`);
  const seed = parseHex(privateKey, 32);
  if (!seed)
    throw new ParleyError(
      'invalid_input',
      'a private key is 64 lowercase hex digits (a 32-byte Ed25519 seed)',
    );
  if (keyPairFromSeed(seed).publicKey !== who.publicKey)
    throw new ParleyError('forbidden', `this private key does not belong to '${signatory}'`, { signatory });
  const unsigned = { signatory, draftHash, planHash: planHash(plan), signedAt };
  return {
    signatures: [
      ...state.signatures,
      { ...unsigned, signature: signBytes(privateKey, signatureBytes(unsigned)) },
    ],
  };
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
