// The profile being edited in the Deal lab, as plain data: provisions ranked by weight,
// a slider's change applied, and the body sent to the API (or to a what-if). Pure.
import type { DealIssue, Profile } from '../../../src/contract/deals.ts';

export type ProfileBody = Pick<Profile, 'weights' | 'scores' | 'reservation' | 'redLines'>;

export const emptyProfile = (): ProfileBody => ({ weights: {}, scores: {}, reservation: 0, redLines: {} });

/** Provisions, heaviest first; ties (and unweighted ones) in the draft's order. Throws nothing. */
export function rankIssues(issues: readonly DealIssue[], body: ProfileBody): DealIssue[] {
  const order = new Map(issues.map((i, n) => [i.issue, n]));
  return [...issues].sort(
    (a, b) =>
      (body.weights[b.issue] ?? 0) - (body.weights[a.issue] ?? 0) ||
      (order.get(a.issue) ?? 0) - (order.get(b.issue) ?? 0),
  );
}

export const withWeight = (body: ProfileBody, issue: string, weight: number): ProfileBody => ({
  ...body,
  weights: { ...body.weights, [issue]: weight },
});

export const withScore = (body: ProfileBody, issue: string, option: string, score: number): ProfileBody => ({
  ...body,
  scores: { ...body.scores, [issue]: { ...body.scores[issue], [option]: score } },
});

export function withRedLine(body: ProfileBody, issue: string, option: string, red: boolean): ProfileBody {
  const others = (body.redLines[issue] ?? []).filter((o) => o !== option);
  const redLines = { ...body.redLines, [issue]: red ? [...others, option] : others };
  if (redLines[issue]?.length === 0) delete redLines[issue];
  return { ...body, redLines };
}

/** Scales the weights to sum to 1 (all zero: left as they are). Throws nothing. */
export function normalised(body: ProfileBody): ProfileBody {
  const sum = Object.values(body.weights).reduce((a, b) => a + b, 0);
  if (sum <= 0) return body;
  const weights = Object.fromEntries(
    Object.entries(body.weights).map(([k, w]) => [k, Math.round((w / sum) * 1000) / 1000]),
  );
  return { ...body, weights };
}

/** The profile's body without the stored record's bookkeeping. */
export const bodyOf = (p: Profile | undefined): ProfileBody =>
  p
    ? { weights: p.weights, scores: p.scores, reservation: p.reservation, redLines: p.redLines }
    : emptyProfile();
