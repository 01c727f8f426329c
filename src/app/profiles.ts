// Use cases for preference profiles: one per party and draft, private to the party and the
// secretariat. Not carried along a lineage: the options a profile scores (the text as
// drafted, its bracketed alternatives) are those of one draft, and a later draft's may differ.
import { type Profile, profiles } from '../contract/deals.ts';
import { describeActor } from '../core/actor.ts';
import { checkProfile, type ProfileBody, profileWarnings } from '../core/dealProfile.ts';
import { notFound } from '../core/errors.ts';
import { parseProfileFile } from '../core/profileImport.ts';
import type { ProfileFacts } from '../govern/resources.ts';
import { type ProfileRow, selectProfiles, upsertProfile } from '../store/repo/deals.ts';
import { selectDraft } from '../store/repo/drafts.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { issueKeys, readableIssues } from './dealIssues.ts';
import { draftFacts } from './facts.ts';
import { resolveParty } from './lookup.ts';
import { implement } from './useCase.ts';

const hint = 'set one with `parley profile set` or `parley profile import`';

/** A profile's id in the audit log and the live channel. */
export const profileId = (draft: string, party: string) => `${draft}~${party}`;

/**
 * Asks the policies about `party`'s profile on `draftId` before anything else is looked
 * up, so that another party's profile, a hidden draft and an unknown one all answer the
 * same `not_found`. Throws `not_found`.
 */
async function requireProfileScope(
  ctx: ReadContext,
  draftId: string,
  party: string,
  action: 'read' | 'update',
): Promise<void> {
  const draft = await selectDraft(ctx.q, draftId);
  const facts: ProfileFacts = {
    kind: 'profile',
    id: profileId(draftId, party),
    party,
    draft: draft
      ? await draftFacts(ctx.q, draft)
      : { kind: 'draft', id: draftId, circulatedTo: [], public: false },
  };
  authorize(ctx, action, facts);
  if (!draft) notFound('draft', draftId, 'run `parley draft list` to see draft ids');
  await resolveParty(ctx.q, party);
}

/** The profile as the contract shows it, with its warnings against the draft's issues. */
function present(row: ProfileRow, keys: ReturnType<typeof issueKeys>): Profile {
  return { ...row, warnings: profileWarnings(row, keys) };
}

/** `profiles.get`. Throws `not_found` (unset, another party's, hidden or unknown draft). */
export const getProfile = implement(profiles.get, async (ctx, { draft, party }) => {
  await requireProfileScope(ctx, draft, party, 'read');
  const [row] = await selectProfiles(ctx.q, { draft, party });
  if (!row) return notFound('profile', profileId(draft, party), hint);
  return present(row, issueKeys((await readableIssues(ctx, draft)).issues));
});

/** `profiles.list`: the actor's own party's (a delegate), every party's (staff). Throws `not_found`. */
export const listProfiles = implement(profiles.list, async (ctx, { draft }) => {
  const { facts, issues } = await readableIssues(ctx, draft);
  const rows = await selectProfiles(ctx.q, { draft });
  const factsOf = (r: ProfileRow): ProfileFacts => ({
    kind: 'profile',
    id: profileId(r.draft, r.party),
    party: r.party,
    draft: facts,
  });
  const keys = issueKeys(issues);
  return visible(ctx, rows, factsOf).map((r) => present(r, keys));
});

/** Checks `body` against the provisions the actor may read, stores it and records the change. */
async function storeProfile(
  ctx: WriteContext,
  draft: string,
  party: string,
  read: (keys: ReturnType<typeof issueKeys>) => ProfileBody,
): Promise<Profile> {
  await requireProfileScope(ctx, draft, party, 'update');
  const keys = issueKeys((await readableIssues(ctx, draft)).issues);
  const body = read(keys);
  const row: ProfileRow = {
    draft,
    party,
    weights: body.weights,
    scores: body.scores,
    reservation: body.reservation,
    redLines: body.redLines,
    updatedAt: ctx.now,
    updatedBy: describeActor(ctx.actor),
  };
  await upsertProfile(ctx.q, row);
  await ctx.record('set', 'profile', profileId(draft, party), row);
  return present(row, keys);
}

/** `profiles.set`. Throws `not_found`, `invalid_input` (an unknown provision or option, by field). */
export const setProfile = implement(profiles.set, (ctx, { draft, party, ...body }) =>
  storeProfile(ctx, draft, party, (keys) => checkProfile(body, keys)),
);

/** `profiles.import`. Throws `not_found`, `invalid_input` naming line and column; writes nothing then. */
export const importProfile = implement(profiles.import, (ctx, { draft, party, format, text }) =>
  storeProfile(ctx, draft, party, (keys) => parseProfileFile(text, format, keys)),
);

export const PROFILE_USE_CASES = [listProfiles, getProfile, setProfile, importProfile] as const;
