// Export and import of a whole negotiation. Export → import into a fresh home → export
// gives identical JSON: ids, timestamps and order are all carried in the bundle.
import { roster } from '../contract/roster.ts';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Bundle,
  BundleDealShare,
  checkBundleReferences,
} from '../core/bundle.ts';
import { CompositionPlan } from '../core/compositionPlan.ts';
import { ParleyError } from '../core/errors.ts';
import { insertAmendment, selectAmendments } from '../store/repo/amendments.ts';
import { insertCirculation, selectCirculations } from '../store/repo/circulations.ts';
import { insertClaims, insertSourceLinks, selectClaims, selectSourceLinks } from '../store/repo/claims.ts';
import { selectCompositions, upsertComposition } from '../store/repo/compositions.ts';
import { insertDealShare, selectDealShares, selectProfiles, upsertProfile } from '../store/repo/deals.ts';
import { insertDraft, selectDraft, selectDraftHeaders } from '../store/repo/drafts.ts';
import { insertEvent, selectEvents } from '../store/repo/events.ts';
import { insertNegotiation, isEmpty, selectNegotiation } from '../store/repo/negotiation.ts';
import { insertPairings, selectPairings } from '../store/repo/pairings.ts';
import {
  insertParty,
  insertPerson,
  insertTrack,
  selectParties,
  selectPeople,
  selectTracks,
} from '../store/repo/parties.ts';
import { insertPosition, selectPositions } from '../store/repo/positions.ts';
import { insertSignature, selectPlans, selectSignatures, upsertPlan } from '../store/repo/signing.ts';
import { insertSource, selectSources } from '../store/repo/sources.ts';
import { authorize } from './access.ts';
import { negotiationFacts } from './facts.ts';
import { implement } from './useCase.ts';

/**
 * The whole negotiation as one bundle. Staff only (the `export` action): a bundle is the
 * unfiltered record — every draft, private stance and circulation, every party's preference
 * profile, the deal results shared and the compositions in progress — and filtering it per
 * party would make an export that no longer imports to the same record. Throws `forbidden`.
 */
export const exportBundle = implement(roster.exportBundle, async (ctx) => {
  authorize(ctx, 'export', await negotiationFacts(ctx.q));
  const headers = await selectDraftHeaders(ctx.q);
  const drafts = [];
  for (const h of headers) {
    const d = await selectDraft(ctx.q, h.id);
    if (d) drafts.push(d);
  }
  const negotiation = await selectNegotiation(ctx.q);
  const amendments = await selectAmendments(ctx.q);
  const profiles = await selectProfiles(ctx.q);
  // Stored as JSON the API checked on the way in; parsed again to be typed as the bundle says.
  const dealShares = (await selectDealShares(ctx.q)).map((d) => BundleDealShare.parse(d));
  const compositions = (await selectCompositions(ctx.q)).map(({ base, plan, ...c }) => ({
    draft: base,
    plan: CompositionPlan.parse(plan),
    ...c,
  }));
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    ...(negotiation ? { negotiation } : {}),
    parties: await selectParties(ctx.q),
    people: await selectPeople(ctx.q),
    tracks: await selectTracks(ctx.q),
    sources: await selectSources(ctx.q),
    drafts,
    positions: await selectPositions(ctx.q),
    // Left out when there are none, so bundles of homes without amendments read as before.
    ...(amendments.length ? { amendments } : {}),
    ...(profiles.length ? { profiles } : {}),
    ...(dealShares.length ? { dealShares } : {}),
    ...(compositions.length ? { compositions } : {}),
    events: await selectEvents(ctx.q),
    claims: await selectClaims(ctx.q),
    sourceLinks: await selectSourceLinks(ctx.q),
    alignments: await selectPairings(ctx.q),
    circulations: await selectCirculations(ctx.q),
    signingPlans: await selectPlans(ctx.q),
    signatures: await selectSignatures(ctx.q),
  } satisfies Bundle;
});

/**
 * Loads a bundle into an empty home, all or nothing. Staff only: it writes the whole
 * record at once, every party's drafts and stances with it. Throws `forbidden`,
 * `invalid_input` (shape, with the JSON path), `broken_reference`/`duplicate`
 * (references), `not_empty`.
 */
export const importBundle = implement(roster.importBundle, async (ctx, bundle) => {
  authorize(ctx, 'create', await negotiationFacts(ctx.q));
  checkBundleReferences(bundle);
  if (!(await isEmpty(ctx.q)) || (await selectNegotiation(ctx.q))) {
    throw new ParleyError(
      'not_empty',
      'this home already holds a negotiation; import into a fresh PARLEY_HOME',
      {},
    );
  }
  if (bundle.negotiation) await insertNegotiation(ctx.q, bundle.negotiation);
  for (const p of bundle.parties) await insertParty(ctx.q, p);
  for (const p of bundle.people) await insertPerson(ctx.q, p);
  for (const t of bundle.tracks) await insertTrack(ctx.q, t);
  for (const s of bundle.sources) await insertSource(ctx.q, s);
  for (const { createdAt, ...d } of bundle.drafts) await insertDraft(ctx.q, d, createdAt);
  for (const p of bundle.positions) await insertPosition(ctx.q, p);
  for (const a of bundle.amendments ?? []) await insertAmendment(ctx.q, a);
  for (const p of bundle.profiles ?? []) await upsertProfile(ctx.q, p);
  for (const d of bundle.dealShares ?? []) await insertDealShare(ctx.q, d);
  for (const { draft, ...c } of bundle.compositions ?? [])
    await upsertComposition(ctx.q, { base: draft, ...c });
  for (const e of bundle.events) await insertEvent(ctx.q, e);
  await insertClaims(ctx.q, bundle.claims);
  await insertSourceLinks(ctx.q, bundle.sourceLinks);
  await insertPairings(ctx.q, bundle.alignments);
  for (const c of bundle.circulations) await insertCirculation(ctx.q, c);
  for (const p of bundle.signingPlans) await upsertPlan(ctx.q, p);
  for (const x of bundle.signatures) await insertSignature(ctx.q, x);
  await ctx.record('import', 'bundle', bundle.negotiation?.title ?? 'bundle', {
    parties: bundle.parties.length,
    drafts: bundle.drafts.length,
    positions: bundle.positions.length,
    events: bundle.events.length,
    profiles: bundle.profiles?.length ?? 0,
    dealShares: bundle.dealShares?.length ?? 0,
    compositions: bundle.compositions?.length ?? 0,
  });
  return bundle;
});
