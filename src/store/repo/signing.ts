// Signing plans, signatures, and the one draft update governance needs (marking a
// draft final: its text never changes).
import { asc, eq, lt } from 'drizzle-orm';
import type { Queryable } from '../database.ts';
import { draft, keyChallenge, signature, signingPlan } from '../schema.ts';

export interface StoredSignatory {
  id: string;
  name: string;
  /** Empty until the signatory's key is generated and registered. */
  publicKey?: string;
}

export interface StoredPlan {
  draft: string;
  draftHash: string;
  signatories: StoredSignatory[];
  before: [string, string][];
  createdAt: string;
}

export interface StoredSignature {
  id: string;
  draft: string;
  signatory: string;
  signedAt: string;
  draftHash: string;
  publicKey: string;
  value: string;
}

export async function updateDraftState(q: Queryable, id: string, state: string): Promise<void> {
  await q.update(draft).set({ state }).where(eq(draft.id, id));
}

export async function upsertPlan(q: Queryable, p: StoredPlan): Promise<void> {
  const plan = { signatories: p.signatories, before: p.before };
  await q
    .insert(signingPlan)
    .values({ draftId: p.draft, draftHash: p.draftHash, plan, createdAt: p.createdAt })
    .onConflictDoUpdate({ target: signingPlan.draftId, set: { draftHash: p.draftHash, plan } });
}

export async function selectPlans(q: Queryable, draftId?: string): Promise<StoredPlan[]> {
  const rows = await q
    .select()
    .from(signingPlan)
    .where(draftId ? eq(signingPlan.draftId, draftId) : undefined)
    .orderBy(asc(signingPlan.createdAt), asc(signingPlan.draftId));
  return rows.map((r) => {
    const plan = r.plan as { signatories: StoredSignatory[]; before: [string, string][] };
    return {
      draft: r.draftId,
      draftHash: r.draftHash,
      signatories: plan.signatories,
      before: plan.before,
      createdAt: r.createdAt,
    };
  });
}

export async function insertSignature(q: Queryable, s: StoredSignature): Promise<void> {
  await q.insert(signature).values({ ...s, draftId: s.draft });
}

export async function selectSignatures(q: Queryable, draftId?: string): Promise<StoredSignature[]> {
  const rows = await q
    .select()
    .from(signature)
    .where(draftId ? eq(signature.draftId, draftId) : undefined)
    .orderBy(asc(signature.signedAt), asc(signature.id));
  return rows.map(({ draftId: d, ...r }) => ({ ...r, draft: d }));
}

export type KeyChallengeRow = typeof keyChallenge.$inferSelect;

/** Stores a new key challenge, first dropping those that ended before `now`. */
export async function insertKeyChallenge(q: Queryable, row: KeyChallengeRow, now: string): Promise<void> {
  await q.delete(keyChallenge).where(lt(keyChallenge.expiresAt, now));
  await q.insert(keyChallenge).values(row);
}

/** Removes a challenge and returns it: whatever happens next, it cannot be answered twice. */
export async function takeKeyChallenge(q: Queryable, id: string): Promise<KeyChallengeRow | undefined> {
  return (await q.delete(keyChallenge).where(eq(keyChallenge.id, id)).returning())[0];
}
