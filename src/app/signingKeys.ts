// A party's signing key is its own: a delegate of that party (or the local owner) asks
// for a challenge naming the party and the key, signs it with the private key, and only
// then is the public key registered with the plans waiting for it. The secretariat sees
// the keys but cannot set them, so it cannot sign in a party's name.
import { randomBytes } from 'node:crypto';
import { signing } from '../contract/signing.ts';
import { describeActor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { parseHex } from '../govern/hash.ts';
import { type KeyChallengeFacts, keyProofBytes } from '../govern/keyProof.ts';
import { keyFingerprint, keyPairFromSeed, signBytes, verifyBytes } from '../govern/keys.ts';
import {
  insertKeyChallenge,
  type StoredPlan,
  selectPlans,
  selectSignatures,
  takeKeyChallenge,
  upsertPlan,
} from '../store/repo/signing.ts';
import { can } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { signatureFacts } from './facts.ts';
import { implement } from './useCase.ts';
import { requireDraftText } from './visibleDrafts.ts';

/** How long a challenge may be answered: long enough to sign, too short to hoard. */
export const KEY_CHALLENGE_MS = 2 * 60_000;

interface KeyRequest {
  signatory: string;
  publicKey: string;
  /** The one draft whose plan takes the key; else every plan waiting for the signatory's key. */
  draft?: string;
}

function requirePublicKey(publicKey: string): void {
  if (!parseHex(publicKey, 32))
    throw new ParleyError('invalid_input', 'a public key is 64 lowercase hex digits (Ed25519)', {
      publicKey,
      field: 'publicKey',
    });
}

/**
 * The plans that would take the key, each one's draft checked first: a hidden draft is
 * `not_found` like an unknown one, and only the signatory's own delegates may set its key.
 */
async function plansTakingKey(ctx: ReadContext, request: KeyRequest): Promise<StoredPlan[]> {
  if (request.draft) await requireDraftText(ctx, request.draft);
  const plans = (await selectPlans(ctx.q, request.draft)).filter((p) =>
    p.signatories.some((s) => s.id === request.signatory && (request.draft || !s.publicKey)),
  );
  if (plans.length === 0) {
    ctx.policy.asked = true;
    throw new ParleyError('not_found', `no signing plan waits for a key from '${request.signatory}'`, {
      signatory: request.signatory,
    });
  }
  for (const plan of plans) {
    const { draft, facts } = await requireDraftText(ctx, plan.draft);
    const key = await signatureFacts(ctx.q, draft, facts, request.signatory);
    // The draft is visible by now, so a refusal hides nothing: say who may.
    if (!can(ctx, 'registerKey', key)) {
      throw new ParleyError(
        'forbidden',
        `only a delegate of '${request.signatory}' registers its signing key; the secretariat sees keys but cannot set them`,
        { signatory: request.signatory, draft: plan.draft },
      );
    }
    if ((await selectSignatures(ctx.q, plan.draft)).length > 0) {
      throw new ParleyError('conflict', `signing of '${plan.draft}' has begun: keys can no longer change`, {
        draft: plan.draft,
      });
    }
  }
  return plans;
}

/**
 * Issues a single-use challenge for registering `publicKey` as `signatory`'s key, valid for
 * two minutes and answerable only by the actor it was issued to. Throws `invalid_input`,
 * `not_found` (no plan waits, or a hidden draft), `forbidden` (not the party's delegate),
 * `conflict` (signing has begun).
 */
async function issue(ctx: WriteContext, input: KeyRequest) {
  requirePublicKey(input.publicKey);
  await plansTakingKey(ctx, input);
  const challenge: KeyChallengeFacts = {
    id: randomBytes(24).toString('base64url'),
    signatory: input.signatory,
    publicKey: input.publicKey,
    draft: input.draft ?? null,
    expiresAt: new Date(Date.parse(ctx.now) + KEY_CHALLENGE_MS).toISOString(),
  };
  await insertKeyChallenge(
    ctx.q,
    {
      id: challenge.id,
      signatory: challenge.signatory,
      publicKey: challenge.publicKey,
      draftId: challenge.draft,
      issuedTo: describeActor(ctx.actor),
      expiresAt: challenge.expiresAt,
    },
    ctx.now,
  );
  await ctx.record('key_challenge', 'signing', input.draft ?? input.signatory, challenge);
  return {
    id: challenge.id,
    message: keyProofBytes(challenge).toString('base64'),
    expiresAt: challenge.expiresAt,
  };
}

/**
 * Registers `signatory`'s public key with the plans waiting for it, once `signature`
 * (Ed25519 over the challenge's message, hex) proves the key is held. The challenge is
 * used up. Throws what `issue` throws, and `forbidden` for an unknown, used,
 * expired or mismatched challenge or a signature the key did not make.
 */
async function register(
  ctx: WriteContext,
  input: KeyRequest & { challenge: string; signature: string },
): Promise<string[]> {
  requirePublicKey(input.publicKey);
  const plans = await plansTakingKey(ctx, input);
  const row = await takeKeyChallenge(ctx.q, input.challenge);
  const refuse = (why: string): never => {
    throw new ParleyError('forbidden', `the key was not registered: ${why}`, { signatory: input.signatory });
  };
  if (!row) return refuse('unknown or already used challenge; ask for a new one');
  if (row.issuedTo !== describeActor(ctx.actor)) refuse('the challenge was issued to someone else');
  if (row.signatory !== input.signatory || row.publicKey !== input.publicKey)
    refuse('the challenge names another signatory or key');
  if ((row.draftId ?? undefined) !== input.draft) refuse('the challenge is for another plan');
  if (Date.parse(row.expiresAt) <= Date.parse(ctx.now))
    refuse(`the challenge expired at ${row.expiresAt}; ask for a new one`);
  const challenge: KeyChallengeFacts = { ...row, draft: row.draftId };
  if (!verifyBytes(input.publicKey, keyProofBytes(challenge), input.signature))
    refuse(`the signature does not verify with that key: sign the challenge's message with its private key`);
  for (const plan of plans) {
    const signatories = plan.signatories.map((s) =>
      s.id === input.signatory ? { ...s, publicKey: input.publicKey } : s,
    );
    await upsertPlan(ctx.q, { ...plan, signatories });
    await ctx.record('register_key', 'signing', plan.draft, {
      signatory: input.signatory,
      publicKey: input.publicKey,
      challenge: input.challenge,
    });
  }
  return plans.map((p) => p.draft);
}

/** `issue` for one draft's plan, as the API serves it. Throws what `issue` throws. */
export const issueKeyChallenge = implement(signing.challenge, (ctx, input) => issue(ctx, input));

/** `register` for one draft's plan, answering with the key's fingerprint. Throws what `register` throws. */
export const registerKey = implement(signing.registerKey, async (ctx, input) => {
  const drafts = await register(ctx, input);
  const { signatory, publicKey } = input;
  return { signatory, publicKey, fingerprint: keyFingerprint(publicKey), drafts };
});

/**
 * Registers the key whose private half is at hand (the CLI's key file, the demo's fresh
 * keys): asks for a challenge and answers it, the same proof a browser gives. Returns the
 * drafts and the public key. Throws what `register` throws.
 */
export async function proveAndRegisterKey(
  ctx: WriteContext,
  input: { signatory: string; privateKey: string; draft?: string | undefined },
): Promise<{ drafts: string[]; publicKey: string }> {
  const seed = parseHex(input.privateKey, 32);
  if (!seed)
    throw new ParleyError(
      'invalid_input',
      'a private key is 64 lowercase hex digits (a 32-byte Ed25519 seed)',
      { field: 'privateKey' },
    );
  const { publicKey } = keyPairFromSeed(seed);
  const request = { signatory: input.signatory, publicKey, ...(input.draft ? { draft: input.draft } : {}) };
  const challenge = await issue(ctx, request);
  const signature = signBytes(input.privateKey, Buffer.from(challenge.message, 'base64'));
  const drafts = await register(ctx, { ...request, challenge: challenge.id, signature });
  return { drafts, publicKey };
}

/** `proveAndRegisterKey` for the CLI's key files. Throws what it throws. */
export const registerKeyFile = implement(signing.registerKeyFile, (ctx, input) =>
  proveAndRegisterKey(ctx, input),
);
