// Package deals on a draft: each party's private preference profile (read and set by its
// own delegates and the secretariat only), the analyses the secretariat runs over all of
// them (a rule's package, the Pareto frontier, blockers, fewest concessions), and the
// results it chooses to share with named parties.
import { z } from 'zod';
import { DealRule, ProfileBody, ProfileWarning } from '../core/dealProfile.ts';
import { LongText } from '../core/limits.ts';
import { Slug } from '../core/model.ts';
import { declareRead, declareWrite } from './declare.ts';

export { DealRule, ProfileBody, ProfileWarning };

export const Profile = z.object({
  draft: Slug,
  party: Slug,
  weights: z.record(z.string(), z.number()),
  scores: z.record(z.string(), z.record(z.string(), z.number())),
  reservation: z.number(),
  redLines: z.record(z.string(), z.array(z.string())),
  updatedAt: z.string(),
  updatedBy: z.string(),
  warnings: ProfileWarning.array(),
});
export type Profile = z.infer<typeof Profile>;

export const DEAL_RULES = DealRule.options;

/** A provision of the draft as a deal issue: its options, with the text each one gives. */
export const DealIssue = z.object({
  issue: z.string(),
  number: z.string(),
  heading: z.string().optional(),
  options: z.object({ key: z.string(), label: z.string(), text: z.string().nullable() }).array(),
});
export type DealIssue = z.infer<typeof DealIssue>;

const Package = z.record(z.string(), z.string());
const Utilities = z.record(z.string(), z.number());
export const DealOutcome = z.object({ package: Package, utilities: Utilities, optimal: z.boolean() });
export type DealOutcome = z.infer<typeof DealOutcome>;
export const Frontier = z.object({ frontier: z.object({ package: Package, utilities: Utilities }).array() });
export const Blocker = z.object({
  issue: z.string(),
  parties: z.string().array(),
  /** Option → the parties red-lining it. */
  options: z.record(z.string(), z.string().array()),
});
/** Null concessions and package: even with every red line lifted, no package clears every reservation. */
export const Concessions = z.object({
  concessions: z.object({ party: z.string(), issue: z.string(), option: z.string() }).array().nullable(),
  package: Package.nullable(),
  utilities: Utilities.nullable(),
  optimal: z.boolean(),
});

/** Everything the Deal lab shows at once: one request per what-if change. */
export const DealLab = z.object({
  draft: Slug,
  parties: z.string().array(),
  issues: DealIssue.array(),
  packages: z.partialRecord(DealRule, DealOutcome),
  /** Each party's utility from the text as drafted: what a package gains or loses it. */
  asDrafted: Utilities,
  /** Why a rule, the frontier or the concessions gave no answer (e.g. no acceptable package). */
  failures: z.record(z.string(), z.string()),
  frontier: Frontier.shape.frontier,
  blockers: Blocker.array(),
  concessions: Concessions,
  warnings: z.object({ party: z.string(), warning: ProfileWarning }).array(),
});
export type DealLab = z.infer<typeof DealLab>;

/** A result the secretariat published: a delegate sees only its own party's utility. */
export const DealShare = z.object({
  id: z.string(),
  draft: Slug,
  rule: DealRule,
  parties: z.string().array(),
  package: Package,
  utilities: Utilities,
  note: z.string().optional(),
  at: z.string(),
  by: z.string(),
});
export type DealShare = z.infer<typeof DealShare>;

/** Temporary changes to stored profiles for one computation (the lab's what-if sliders). */
const WhatIf = z
  .record(Slug, ProfileBody.partial())
  .optional()
  .describe('per party, fields that replace the stored profile for this computation only');

// An amendment proposed, withdrawn or settled adds or removes an option of its provision.
const DEAL_STALE = ['profile', 'amendment', 'draft', 'party', 'bundle'] as const;
const DraftPath = { draft: Slug };

export const profiles = {
  list: declareRead({
    name: 'profiles.list',
    summary: "The preference profiles on a draft the actor may read (a delegate: its own party's)",
    resource: 'profile',
    action: 'read',
    input: z.object(DraftPath),
    output: Profile.array(),
    staleAfter: DEAL_STALE,
    http: { method: 'GET', path: '/drafts/:draft/profiles' },
  }),
  get: declareRead({
    name: 'profiles.get',
    summary: "One party's preference profile on a draft",
    description:
      "404 alike for a profile not set, another party's, and one on a draft the actor does not hold.",
    resource: 'profile',
    action: 'read',
    input: z.object({ ...DraftPath, party: Slug }),
    output: Profile,
    staleAfter: DEAL_STALE,
    http: { method: 'GET', path: '/drafts/:draft/profiles/:party' },
  }),
  set: declareWrite({
    name: 'profiles.set',
    summary: "Set (replace) a party's preference profile on a draft",
    description:
      'Keys are provision paths of the draft and option keys from `deals.options`. The answer carries ' +
      'warnings (weights not summing to 1, scores outside 0–1, a red line on every option).',
    resource: 'profile',
    action: 'update',
    input: ProfileBody.extend(DraftPath).extend({ party: Slug }),
    output: Profile,
    emits: ['profile'],
    http: { method: 'PUT', path: '/drafts/:draft/profiles/:party' },
  }),
  import: declareWrite({
    name: 'profiles.import',
    summary: "Set a party's preference profile on a draft from a CSV or JSON file",
    description:
      'CSV columns: provision, option, score, weight, red_line (a `reservation` row gives the reservation ' +
      'in its score column). Errors name the line and column; nothing is written on error.',
    resource: 'profile',
    action: 'update',
    input: z.object({
      ...DraftPath,
      party: Slug,
      format: z.enum(['csv', 'json']),
      text: LongText.min(1, 'the file is empty'),
    }),
    output: Profile,
    emits: ['profile'],
    http: { method: 'POST', path: '/drafts/:draft/profiles/:party/import' },
  }),
};

const RunInput = z.object({ ...DraftPath, whatIf: WhatIf });

export const deals = {
  options: declareRead({
    name: 'deals.options',
    summary:
      'The options of each provision of a draft the actor may read (as drafted, bracketed alternatives, struck)',
    resource: 'draft',
    action: 'read',
    input: z.object(DraftPath),
    output: DealIssue.array(),
    staleAfter: ['amendment', 'draft', 'track', 'bundle'],
    http: { method: 'GET', path: '/drafts/:draft/deal/options' },
  }),
  solve: declareRead({
    name: 'deals.solve',
    summary: "A rule's package over every stored profile (staff)",
    resource: 'deal',
    action: 'run',
    input: RunInput.extend({ rule: DealRule.default('nash') }),
    output: DealOutcome,
    staleAfter: DEAL_STALE,
    http: { method: 'POST', path: '/drafts/:draft/deal/solve' },
  }),
  blockers: declareRead({
    name: 'deals.blockers',
    summary: "Provisions with no option outside some party's red lines, and whose (staff)",
    resource: 'deal',
    action: 'run',
    input: RunInput,
    output: z.object({ blockers: Blocker.array() }),
    staleAfter: DEAL_STALE,
    http: { method: 'POST', path: '/drafts/:draft/deal/blockers' },
  }),
  frontier: declareRead({
    name: 'deals.frontier',
    summary: 'The Pareto frontier over every stored profile (staff)',
    resource: 'deal',
    action: 'run',
    input: RunInput,
    output: Frontier,
    staleAfter: DEAL_STALE,
    http: { method: 'POST', path: '/drafts/:draft/deal/frontier' },
  }),
  concessions: declareRead({
    name: 'deals.concessions',
    summary: 'The fewest red-line relaxations, and by whom, that make some package acceptable to all (staff)',
    resource: 'deal',
    action: 'run',
    input: RunInput,
    output: Concessions,
    staleAfter: DEAL_STALE,
    http: { method: 'POST', path: '/drafts/:draft/deal/concessions' },
  }),
  lab: declareRead({
    name: 'deals.lab',
    summary: "Every rule's package, the frontier, blockers and fewest concessions at once (staff)",
    resource: 'deal',
    action: 'run',
    input: RunInput,
    output: DealLab,
    staleAfter: DEAL_STALE,
    http: { method: 'POST', path: '/drafts/:draft/deal/lab' },
  }),
  share: declareWrite({
    name: 'deals.share',
    summary: "Publish a rule's package to named parties (staff); each sees its own utility only",
    resource: 'deal',
    action: 'share',
    input: z.object({
      ...DraftPath,
      rule: DealRule,
      parties: Slug.array().min(1, 'name at least one party to share with'),
      note: LongText.optional(),
    }),
    output: DealShare,
    emits: ['deal'],
    http: { method: 'POST', path: '/drafts/:draft/deal/shares', status: 201 },
  }),
  shared: declareRead({
    name: 'deals.shared',
    summary: 'The deal results shared with the actor on a draft (staff: all)',
    resource: 'deal',
    action: 'read',
    input: z.object(DraftPath),
    output: DealShare.array(),
    staleAfter: ['deal', 'draft', 'bundle'],
    http: { method: 'GET', path: '/drafts/:draft/deal/shares' },
  }),
};
