// Amendments over the API: a party proposes a wording on a provision (replace, delete,
// insert after, or a new provision after it), withdraws it while it is proposed, and the
// secretariat settles it (taken, taken in part, rejected). Listed per draft, read one by
// one, and followed along a provision's lineage beside the stances.
import { z } from 'zod';
import { Amendment, AmendmentKind, AmendmentState, Decision } from '../core/amendments.ts';
import { LongText } from '../core/limits.ts';
import { Slug } from '../core/model.ts';
import type { ChangeEntity } from './changes.ts';
import { declareRead, declareWrite } from './declare.ts';

export { Amendment, AmendmentKind, AmendmentState, Decision };

/** An amendment's id, as the server made it. */
const AmendmentId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'use letters, digits, ".", "_", ":" or "-" (at most 64)');

export const AmendmentInput = z.object({
  party: z.string().trim().min(1),
  draft: z.string().trim().min(1),
  /** The provision amended (or, for a new one, the provision it goes after): its path or its number. */
  provision: z.string().trim().min(1),
  kind: AmendmentKind,
  /** The proposed words: required for every kind but `delete`, refused for `delete`. */
  text: LongText.optional(),
  note: LongText.optional(),
  /** Show it to every party that holds the provision; by default only its own party and the secretariat see it. */
  shared: z.boolean().optional(),
});
export type AmendmentInput = z.input<typeof AmendmentInput>;

export const DecisionInput = z.object({
  amendment: AmendmentId,
  state: Decision,
  note: LongText.optional(),
});
export type DecisionInput = z.input<typeof DecisionInput>;

export const ShareInput = z.object({
  amendment: AmendmentId,
  /** The parties to show it to, by id or name; each must hold the provision. */
  parties: z.array(z.string().trim().min(1)).min(1, 'name at least one party to share it with'),
});
export type ShareInput = z.input<typeof ShareInput>;

/** What makes a reader's copy of amendments stale: an amendment, a circulation or a draft, a track, an import. */
const AMENDMENTS_STALE: readonly ChangeEntity[] = ['amendment', 'draft', 'party', 'track', 'bundle'];

export const amendments = {
  list: declareRead({
    name: 'amendments.list',
    summary: "A draft's amendments, oldest first",
    description:
      'Only amendments on provisions the actor may read, and among them its own party’s and those shared; ' +
      '`provision` narrows to one provision (path or number), `party` to one party, `state` to one state. ' +
      'A draft the actor does not hold is 404, like one that does not exist.',
    resource: 'amendment',
    action: 'read',
    input: z.object({
      draft: Slug,
      party: z.string().min(1).optional(),
      provision: z.string().min(1).optional(),
      state: AmendmentState.optional(),
    }),
    output: Amendment.array(),
    staleAfter: AMENDMENTS_STALE,
    http: { method: 'GET', path: '/amendments' },
  }),
  history: declareRead({
    name: 'amendments.history',
    summary: "The amendments on one provision's lineage, across drafts, oldest first",
    description:
      "The provision's history beside `positions.history`: a provision the actor may not read is 404; " +
      'amendments it may not see are left out.',
    resource: 'amendment',
    action: 'read',
    input: z.object({
      draft: Slug,
      provision: z.string().min(1),
      party: z.string().min(1).optional(),
    }),
    output: Amendment.array(),
    staleAfter: AMENDMENTS_STALE,
    http: { method: 'GET', path: '/amendments/history' },
  }),
  show: declareRead({
    name: 'amendments.show',
    summary: 'One amendment',
    description: '404 alike for an amendment that does not exist and one the actor may not see.',
    resource: 'amendment',
    action: 'read',
    input: z.object({ amendment: AmendmentId }),
    output: Amendment,
    staleAfter: AMENDMENTS_STALE,
    http: { method: 'GET', path: '/amendments/:amendment' },
  }),
  propose: declareWrite({
    name: 'amendments.propose',
    summary: "Propose a party's amendment on a provision",
    description:
      'A delegate proposes for its own party only, on a provision of a draft its party holds the text of. ' +
      'A final draft takes no amendments (409 `conflict`); an empty replacement or a deletion with text is 400.',
    resource: 'amendment',
    action: 'create',
    input: AmendmentInput,
    output: Amendment,
    emits: ['amendment'],
    http: { method: 'POST', path: '/amendments', status: 201 },
  }),
  withdraw: declareWrite({
    name: 'amendments.withdraw',
    summary: 'Withdraw a proposed amendment (its own party only)',
    description: 'Only a proposed amendment can be withdrawn: a settled one is 409 `conflict`.',
    resource: 'amendment',
    action: 'withdraw',
    input: z.object({ amendment: AmendmentId }),
    output: Amendment,
    emits: ['amendment'],
    http: { method: 'POST', path: '/amendments/:amendment/withdraw' },
  }),
  share: declareWrite({
    name: 'amendments.share',
    summary: 'Show an amendment to more parties after it was proposed (its own party, or the secretariat)',
    description:
      'Sharing only widens: parties that see it already are left as they are, and nothing is unshared. ' +
      'Each party named must hold the provision (400 naming it otherwise; nothing is shared then). ' +
      'An amendment the actor may not see is 404, like one that does not exist; ' +
      'one it sees but is not its party’s is 403.',
    resource: 'amendment',
    action: 'share',
    input: ShareInput,
    output: Amendment,
    emits: ['amendment'],
    http: { method: 'POST', path: '/amendments/:amendment/share' },
  }),
  decide: declareWrite({
    name: 'amendments.decide',
    summary: 'Settle a proposed amendment: taken, taken in part, or rejected (the secretariat)',
    description:
      'Only a proposed amendment is settled: a withdrawn or settled one is 409 `conflict` with `details.current`.',
    resource: 'amendment',
    action: 'decide',
    input: DecisionInput,
    output: Amendment,
    emits: ['amendment'],
    http: { method: 'POST', path: '/amendments/:amendment/decide' },
  }),
};
