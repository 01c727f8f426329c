// Signing a final draft: the plan (who, in what order, over which exact text), each
// signatory's registered public key, signatures checked by the govern engine, and the
// signed bundle that anyone can verify offline.
import { signing } from '../contract/signing.ts';
import { isParleyError, ParleyError } from '../core/errors.ts';
import type { Draft } from '../core/model.ts';
import { draftHash, type SignableDraft } from '../govern/draftHash.ts';
import { describeKey } from '../govern/keys.ts';
import {
  acceptSignature,
  type BundleVerdict,
  type SignatureRecord,
  type SignedBundle,
  sign,
  signatureBytes,
  signatureTurn,
  verifyBundle,
} from '../govern/signing.ts';
import { makePlan, parseOrder, planHash as planHashOf, type SigningPlan } from '../govern/signingPlan.ts';
import {
  insertSignature,
  type StoredPlan,
  selectPlans,
  selectSignatures,
  updateDraftState,
  upsertPlan,
} from '../store/repo/signing.ts';
import { authorize } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { signatureFacts } from './facts.ts';
import { implement } from './useCase.ts';
import { requireDraftText, requireVisibleDraft } from './visibleDrafts.ts';

/** The words that are signed: exactly the stored draft's text. */
export function signable(draft: Draft): SignableDraft {
  return {
    title: draft.title,
    preamble: draft.preamble,
    provisions: draft.provisions.map((p) => ({
      path: p.path,
      number: p.number,
      heading: p.heading,
      text: p.text,
    })),
  };
}

/** The draft for a staff change: unknown and hidden answer alike (`not_found`), seen but not staff `forbidden`. */
async function staffDraft(ctx: ReadContext, id: string): Promise<Draft> {
  const { draft, facts } = await requireVisibleDraft(ctx, id);
  authorize(ctx, 'update', facts);
  return draft;
}

/** Marks a draft final (its text is unchanged). Throws `not_found`, `forbidden`. */
export const finalizeDraft = implement(signing.finalize, async (ctx, input) => {
  const draft = await staffDraft(ctx, input.draft);
  if (draft.state === 'final') return draft;
  await updateDraftState(ctx.q, draft.id, 'final');
  await ctx.record('finalize', 'draft', draft.id, { from: draft.state, hash: draftHash(signable(draft)) });
  return { ...draft, state: 'final' as const };
});

/** The order's problems belong to the `order` field, so a form shows them under it. */
function inOrderField<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (isParleyError(error) && ['parse_error', 'broken_reference', 'conflict'].includes(error.code))
      throw new ParleyError(error.code, error.message, { ...error.details, field: 'order' });
    throw error;
  }
}

/**
 * Sets who must sign a final draft and in what order. Keys come later, from each party
 * (signingKeys.ts).
 * Throws `not_found`, `forbidden`, `conflict` (not final, signing already begun, order
 * cycle), `parse_error` (order), `broken_reference` (order names a non-signatory).
 */
export const planSigning = implement(signing.plan, async (ctx, input) => {
  const draft = await staffDraft(ctx, input.draft);
  if (draft.state !== 'final') {
    throw new ParleyError(
      'conflict',
      `draft '${draft.id}' is ${draft.state}: only a final text is signed; finalize it first`,
      { state: draft.state },
    );
  }
  if ((await selectSignatures(ctx.q, draft.id)).length > 0) {
    throw new ParleyError('conflict', `signing of '${draft.id}' has begun: its plan can no longer change`, {
      draft: draft.id,
    });
  }
  const ids = input.signatories.map((s) => s.trim()).filter(Boolean);
  const hash = draftHash(signable(draft));
  const before = inOrderField(() => {
    const order = input.order ? parseOrder(input.order) : [];
    // Checked now with placeholder keys, so a bad order or a duplicate fails at once.
    makePlan(
      hash,
      ids.map((id) => ({ id, name: id, publicKey: '00'.repeat(32) })),
      order,
    );
    return order;
  });
  const plan: StoredPlan = {
    draft: draft.id,
    draftHash: hash,
    signatories: ids.map((id) => ({ id, name: input.names?.[id] ?? id })),
    before,
    createdAt: ctx.now,
  };
  await upsertPlan(ctx.q, plan);
  await ctx.record('plan', 'signing', draft.id, plan);
  return plan;
});

function completePlan(plan: StoredPlan): SigningPlan {
  const missing = plan.signatories.filter((s) => !s.publicKey).map((s) => s.id);
  if (missing.length > 0) {
    throw new ParleyError(
      'conflict',
      `the plan for '${plan.draft}' still waits for the keys of ${missing.join(', ')}: each signatory registers its key first`,
      { missing },
    );
  }
  return makePlan(
    plan.draftHash,
    plan.signatories.map((s) => ({ id: s.id, name: s.name, publicKey: s.publicKey! })),
    plan.before,
  );
}

async function requirePlan(ctx: ReadContext, draft: string): Promise<StoredPlan> {
  const plan = (await selectPlans(ctx.q, draft))[0];
  if (!plan)
    throw new ParleyError(
      'not_found',
      `draft '${draft}' has no signing plan: the secretariat sets one first`,
      { draft },
    );
  return plan;
}

/** Everything a new signature is checked against: the text, the complete plan, the signatures so far. */
async function signingTurn(ctx: ReadContext, draftId: string, as: string) {
  const { draft, facts } = await requireDraftText(ctx, draftId);
  authorize(ctx, 'create', await signatureFacts(ctx.q, draft, facts, as));
  const plan = completePlan(await requirePlan(ctx, draft.id));
  const state = { signatures: (await selectSignatures(ctx.q, draft.id)).map(toRecord(plan)) };
  return { draft, plan, state, hash: draftHash(signable(draft)) };
}

async function recordSignature(ctx: WriteContext, draft: string, plan: SigningPlan, record: SignatureRecord) {
  const row = {
    id: ctx.newId(),
    draft,
    signatory: record.signatory,
    signedAt: record.signedAt,
    draftHash: record.draftHash,
    publicKey: plan.signatories.find((s) => s.id === record.signatory)!.publicKey,
    value: record.signature,
  };
  await insertSignature(ctx.q, row);
  await ctx.record('sign', 'signing', draft, { ...row, value: undefined });
  return row;
}

/**
 * Signs the draft as `as` with the signatory's private key (hex seed). Refuses with the
 * engine's reason: out of order, changed text, wrong key, already signed. Throws
 * `not_found`, `conflict`, `forbidden`, `duplicate`, `invalid_input`.
 */
export const signDraft = implement(signing.signWithKeyFile, async (ctx, input) => {
  const { draft, plan, state, hash } = await signingTurn(ctx, input.draft, input.as);
  const next = sign(plan, state, input.as, input.privateKey, hash, ctx.now).signatures.at(-1)!;
  return recordSignature(ctx, draft.id, plan, next);
});

/** How far a browser's `signedAt` may be from the server clock when the signature arrives. */
export const SIGNING_WINDOW_MS = 5 * 60 * 1000;

/**
 * What `as` must sign now, for a signer holding the key elsewhere (a browser, the CLI's
 * key file): the same checks as signing, so an out-of-order or stale request is refused
 * before anyone signs. Throws as `signDraft` does, except for key errors.
 */
export const signingPayload = implement(signing.payload, async (ctx, input) => {
  const { plan, state, hash } = await signingTurn(ctx, input.draft, input.as);
  const { unsigned } = signatureTurn(plan, state, input.as, hash, ctx.now);
  return {
    message: signatureBytes(unsigned).toString('base64'),
    signedAt: unsigned.signedAt,
    draftHash: unsigned.draftHash,
    planHash: unsigned.planHash,
  };
});

/**
 * Records a signature made elsewhere over `signingPayload`'s message (hex Ed25519),
 * checked against the key registered for `as` and the same rules as `signDraft`.
 * Throws `not_found`, `duplicate`, `conflict` (out of order, changed text, `signedAt`
 * more than 5 minutes from the server clock), `forbidden` (wrong key), `invalid_input`.
 */
export const submitSignature = implement(signing.sign, async (ctx, input) => {
  const { draft, plan, state, hash } = await signingTurn(ctx, input.draft, input.as);
  // Stored signatures are ordered by this text, so only the one UTC form is accepted.
  const at = new Date(input.signedAt);
  if (Number.isNaN(at.getTime()) || at.toISOString() !== input.signedAt) {
    throw new ParleyError(
      'invalid_input',
      `signedAt '${input.signedAt}': send it exactly as the payload gave it (UTC, like ${ctx.now})`,
      { signedAt: input.signedAt, field: 'signedAt' },
    );
  }
  const { signatures } = acceptSignature(plan, state, input.as, hash, input.signedAt, input.signature);
  const next = signatures.at(-1)!;
  const skew = Date.parse(input.signedAt) - Date.parse(ctx.now);
  if (Math.abs(skew) > SIGNING_WINDOW_MS) {
    throw new ParleyError(
      'conflict',
      `signedAt ${input.signedAt} is ${Math.round(Math.abs(skew) / 1000)} s ${skew < 0 ? 'behind' : 'ahead of'} the server clock (${ctx.now}); fetch a new payload and sign it within 5 minutes`,
      { signedAt: input.signedAt, now: ctx.now },
    );
  }
  return recordSignature(ctx, draft.id, plan, next);
});

const toRecord =
  (plan: SigningPlan) => (s: { signatory: string; draftHash: string; signedAt: string; value: string }) => ({
    signatory: s.signatory,
    draftHash: s.draftHash,
    planHash: planHashOf(plan),
    signedAt: s.signedAt,
    signature: s.value,
  });

/** The signed bundle: plan, signatures and the text, verifiable with nothing else. Throws `not_found`, `conflict`. */
export const signedBundle = implement(signing.bundle, async (ctx, input) => {
  const { draft, facts } = await requireDraftText(ctx, input.draft);
  authorize(ctx, 'read', await signatureFacts(ctx.q, draft, facts));
  const plan = completePlan(await requirePlan(ctx, draft.id));
  const signatures = (await selectSignatures(ctx.q, draft.id)).map(toRecord(plan));
  const bundle: SignedBundle & { title: string } = {
    title: draft.title ?? draft.label,
    plan,
    signatures,
    draft: signable(draft),
  };
  return bundle;
});

/** Where signing stands, with a verdict over the stored text once every key is in. Throws `not_found`. */
export const signingStatus = implement(signing.status, async (ctx, input) => {
  const { draft, facts } = await requireDraftText(ctx, input.draft);
  authorize(ctx, 'read', await signatureFacts(ctx.q, draft, facts));
  const stored = await requirePlan(ctx, draft.id);
  const signatures = await selectSignatures(ctx.q, draft.id);
  const done = new Set(signatures.map((s) => s.signatory));
  const waitingForKeys = stored.signatories.filter((s) => !s.publicKey).map((s) => s.id);
  const canSignNow = stored.signatories
    .map((s) => s.id)
    .filter((id) => !done.has(id) && stored.before.filter(([, b]) => b === id).every(([a]) => done.has(a)));
  let verdict: BundleVerdict | undefined;
  if (waitingForKeys.length === 0) {
    const plan = completePlan(stored);
    verdict = verifyBundle({ plan, signatures: signatures.map(toRecord(plan)), draft: signable(draft) });
  }
  const signatories = stored.signatories.map((s) =>
    s.publicKey ? { ...s, fingerprint: describeKey(s.publicKey) } : s,
  );
  return {
    draft: draft.id,
    plan: { ...stored, signatories },
    signed: signatures.map((s) => ({ signatory: s.signatory, signedAt: s.signedAt })),
    canSignNow,
    waitingForKeys,
    ...(verdict ? { verdict } : {}),
  };
});
