// The export bundle: a whole negotiation as one JSON document, and the reference checks
// an import must pass before anything is written.
import { z } from 'zod';
import { Amendment } from './amendments.ts';
import { CompositionPlan } from './compositionPlan.ts';
import { DealRule, ProfileBody } from './dealProfile.ts';
import { ParleyError } from './errors.ts';
import {
  Claim,
  Draft,
  Event,
  Party,
  Person,
  Position,
  Slug,
  Source,
  SourceLink,
  Timestamp,
  Track,
} from './model.ts';

export const BUNDLE_FORMAT = 'parley-bundle';
export const BUNDLE_VERSION = 1;

const By = z.string().min(1);

/** A party's preference profile over one draft, as stored (provision paths and option keys). */
export const BundleProfile = ProfileBody.extend({ draft: Slug, party: Slug, updatedAt: By, updatedBy: By });
/** A rule's package the secretariat shared with the parties named. */
export const BundleDealShare = z.object({
  id: z.string().min(1),
  draft: Slug,
  rule: DealRule,
  parties: z.array(Slug),
  result: z.object({
    package: z.record(z.string(), z.string()),
    utilities: z.record(z.string(), z.number()),
  }),
  note: z.string().optional(),
  at: By,
  by: By,
});
/** The secretariat's saved plan for the next revision of a base draft. */
export const BundleComposition = z.object({
  draft: Slug,
  plan: CompositionPlan,
  version: z.number().int().positive(),
  updatedAt: By,
  updatedBy: By,
});

export const Bundle = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  negotiation: z
    .object({ title: z.string().min(1), description: z.string().optional(), createdAt: Timestamp })
    .optional(),
  parties: z.array(Party),
  people: z.array(Person),
  tracks: z.array(Track),
  sources: z.array(Source),
  drafts: z.array(Draft.extend({ createdAt: Timestamp })),
  positions: z.array(Position),
  /** Parties' amendments (absent from bundles of homes that have none). */
  amendments: z.array(Amendment).optional(),
  /** Package deals: profiles, shared results (each absent from bundles of homes that have none). */
  profiles: z.array(BundleProfile).optional(),
  dealShares: z.array(BundleDealShare).optional(),
  /** Compositions in progress (absent when none is saved). */
  compositions: z.array(BundleComposition).optional(),
  events: z.array(Event),
  claims: z.array(Claim).default([]),
  sourceLinks: z.array(SourceLink).default([]),
  /** Stored pairings between drafts (engine suggestions and user overrides), whence lineage. */
  alignments: z
    .array(
      z.object({
        fromDraft: Slug,
        toDraft: Slug,
        fromPaths: z.array(z.string()),
        toPaths: z.array(z.string()),
        kind: z.string(),
        score: z.number(),
        confidence: z.number(),
        origin: z.enum(['engine', 'user']),
        createdAt: Timestamp,
      }),
    )
    .default([]),
  /** Who received which draft (or its summary), and the fingerprint of their copy. */
  circulations: z
    .array(
      z.object({
        id: z.string().min(1),
        draft: Slug,
        party: Slug,
        summaryOnly: z.boolean(),
        summary: z.string().optional(),
        at: z.string().min(1),
        by: z.string().min(1),
        fingerprint: z.string().min(1),
      }),
    )
    .default([]),
  signingPlans: z
    .array(
      z.object({
        draft: Slug,
        draftHash: z.string().min(1),
        signatories: z.array(
          z.object({ id: z.string().min(1), name: z.string(), publicKey: z.string().optional() }),
        ),
        before: z.array(z.tuple([z.string(), z.string()])),
        createdAt: z.string().min(1),
      }),
    )
    .default([]),
  signatures: z
    .array(
      z.object({
        id: z.string().min(1),
        draft: Slug,
        signatory: z.string().min(1),
        signedAt: z.string().min(1),
        draftHash: z.string().min(1),
        publicKey: z.string().min(1),
        value: z.string().min(1),
      }),
    )
    .default([]),
});
export type Bundle = z.infer<typeof Bundle>;

/** Throws `broken_reference` (or `duplicate`) at the first reference the bundle cannot satisfy, naming its place. */
export function checkBundleReferences(bundle: Bundle): void {
  const parties = ids(bundle.parties, 'parties');
  const people = ids(bundle.people, 'people');
  const tracks = ids(bundle.tracks, 'tracks');
  const sources = ids(bundle.sources, 'sources');
  ids(bundle.events, 'events');
  const need: Need = (ok, where, what) => {
    if (!ok) throw new ParleyError('broken_reference', `${where}: ${what} is not in the bundle`, { where });
  };
  bundle.people.forEach((p, i) => {
    if (p.party) need(parties.has(p.party), `people[${i}].party`, `party '${p.party}'`);
  });
  bundle.tracks.forEach((t, i) => {
    t.parties.forEach((m, j) => {
      need(parties.has(m), `tracks[${i}].parties[${j}]`, `party '${m}'`);
    });
  });
  const drafts = new Map<string, Map<string, string>>();
  bundle.drafts.forEach((d, i) => {
    if (drafts.has(d.id))
      throw new ParleyError('duplicate', `drafts[${i}].id: draft '${d.id}' appears twice`, { id: d.id });
    if (d.author) need(parties.has(d.author), `drafts[${i}].author`, `party '${d.author}'`);
    d.parents.forEach((p, j) => {
      need(drafts.has(p), `drafts[${i}].parents[${j}]`, `an earlier draft '${p}'`);
    });
    const lineage = new Map<string, string>();
    d.provisions.forEach((p, j) => {
      const at = `drafts[${i}].provisions[${j}]`;
      if (lineage.has(p.path))
        throw new ParleyError('duplicate', `${at}.path: '${p.path}' appears twice`, { where: at });
      if (p.parent) need(lineage.has(p.parent), `${at}.parent`, `an earlier provision '${p.parent}'`);
      if (p.track) need(tracks.has(p.track), `${at}.track`, `track '${p.track}'`);
      lineage.set(p.path, p.lineage);
    });
    drafts.set(d.id, lineage);
  });
  bundle.positions.forEach((p, i) => {
    const at = `positions[${i}]`;
    need(parties.has(p.party), `${at}.party`, `party '${p.party}'`);
    const draft = drafts.get(p.draft);
    need(draft !== undefined, `${at}.draft`, `draft '${p.draft}'`);
    need(
      draft?.get(p.provision) === p.lineage,
      `${at}.provision`,
      `provision '${p.provision}' of lineage '${p.lineage}'`,
    );
    if (p.source) need(sources.has(p.source), `${at}.source`, `source '${p.source}'`);
  });
  (bundle.amendments ?? []).forEach((a, i) => {
    const at = `amendments[${i}]`;
    need(parties.has(a.party), `${at}.party`, `party '${a.party}'`);
    (a.sharedWith ?? []).forEach((p, j) => {
      need(parties.has(p), `${at}.sharedWith[${j}]`, `party '${p}'`);
    });
    const draft = drafts.get(a.draft);
    need(draft !== undefined, `${at}.draft`, `draft '${a.draft}'`);
    need(
      draft?.get(a.provision) === a.lineage,
      `${at}.provision`,
      `provision '${a.provision}' of lineage '${a.lineage}'`,
    );
  });
  checkDealReferences(bundle, need, parties, drafts);
  const events = new Set<string>();
  bundle.events.forEach((e, i) => {
    e.participants.forEach((x, j) => {
      need(parties.has(x) || people.has(x), `events[${i}].participants[${j}]`, `'${x}'`);
    });
    e.sources.forEach((s, j) => {
      need(sources.has(s), `events[${i}].sources[${j}]`, `source '${s}'`);
    });
    events.add(e.id);
  });
  bundle.claims.forEach((c, i) => {
    need(sources.has(c.source), `claims[${i}].source`, `source '${c.source}'`);
  });
  bundle.sourceLinks.forEach((l, i) => {
    need(
      sources.has(l.a) && sources.has(l.b),
      `sourceLinks[${i}]`,
      `source '${sources.has(l.a) ? l.b : l.a}'`,
    );
  });
  bundle.alignments.forEach((a, i) => {
    const at = `alignments[${i}]`;
    need(drafts.get(a.fromDraft) !== undefined, `${at}.fromDraft`, `draft '${a.fromDraft}'`);
    need(drafts.get(a.toDraft) !== undefined, `${at}.toDraft`, `draft '${a.toDraft}'`);
    for (const p of a.fromPaths)
      need(
        drafts.get(a.fromDraft)?.has(p) === true,
        `${at}.fromPaths`,
        `provision '${p}' of '${a.fromDraft}'`,
      );
    for (const p of a.toPaths)
      need(drafts.get(a.toDraft)?.has(p) === true, `${at}.toPaths`, `provision '${p}' of '${a.toDraft}'`);
  });
  bundle.circulations.forEach((c, i) => {
    need(drafts.has(c.draft), `circulations[${i}].draft`, `draft '${c.draft}'`);
    need(parties.has(c.party), `circulations[${i}].party`, `party '${c.party}'`);
  });
  bundle.signingPlans.forEach((p, i) => {
    need(drafts.has(p.draft), `signingPlans[${i}].draft`, `draft '${p.draft}'`);
  });
  const plans = new Set(bundle.signingPlans.map((p) => p.draft));
  bundle.signatures.forEach((x, i) => {
    need(plans.has(x.draft), `signatures[${i}].draft`, `a signing plan for draft '${x.draft}'`);
  });
  bundle.events.forEach((e, i) => {
    if (e.replaces) need(events.has(e.replaces), `events[${i}].replaces`, `event '${e.replaces}'`);
  });
}

type Need = (ok: boolean, where: string, what: string) => void;

/** Profiles, shared results and compositions: their draft, parties, provisions and amendments. */
function checkDealReferences(
  bundle: Bundle,
  need: Need,
  parties: Set<string>,
  drafts: Map<string, Map<string, string>>,
): void {
  const provisionsOf = (at: string, draft: string, paths: Iterable<string>) => {
    const provisions = drafts.get(draft);
    need(provisions !== undefined, `${at}.draft`, `draft '${draft}'`);
    for (const path of paths) need(provisions?.has(path) === true, at, `provision '${path}' of '${draft}'`);
  };
  const profiles = new Set<string>();
  (bundle.profiles ?? []).forEach((p, i) => {
    const at = `profiles[${i}]`;
    const key = `${p.draft}~${p.party}`;
    if (profiles.has(key))
      throw new ParleyError('duplicate', `${at}: the profile of '${p.party}' on '${p.draft}' appears twice`, {
        where: at,
      });
    profiles.add(key);
    need(parties.has(p.party), `${at}.party`, `party '${p.party}'`);
    const issues = [p.weights, p.scores, p.redLines].flatMap((r) => Object.keys(r));
    provisionsOf(at, p.draft, issues);
  });
  ids(bundle.dealShares ?? [], 'dealShares');
  (bundle.dealShares ?? []).forEach((d, i) => {
    const at = `dealShares[${i}]`;
    d.parties.forEach((p, j) => {
      need(parties.has(p), `${at}.parties[${j}]`, `party '${p}'`);
    });
    provisionsOf(at, d.draft, Object.keys(d.result.package));
  });
  const amendments = new Map((bundle.amendments ?? []).map((a) => [a.id, a.draft]));
  const composed = new Set<string>();
  (bundle.compositions ?? []).forEach((c, i) => {
    const at = `compositions[${i}]`;
    if (composed.has(c.draft))
      throw new ParleyError('duplicate', `${at}: a composition over '${c.draft}' appears twice`, {
        where: at,
      });
    composed.add(c.draft);
    provisionsOf(at, c.draft, Object.keys(c.plan.choices));
    const named = [
      ...Object.values(c.plan.choices).flatMap((x) => (x.kind === 'take' ? [x.amendment] : [])),
      ...c.plan.insertions.map((x) => x.amendment),
    ];
    for (const id of named) need(amendments.get(id) === c.draft, at, `amendment '${id}' of '${c.draft}'`);
  });
}

function ids(items: { id: string }[], where: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      throw new ParleyError('duplicate', `${where}[${i}].id: '${item.id}' appears twice`, {
        where: `${where}[${i}]`,
      });
    }
    seen.add(item.id);
  });
  return seen;
}
