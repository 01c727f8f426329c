// Circulating a draft (or only a summary) to a party: recorded with who and when, and
// the recipient's own fingerprinted copy; listing who has seen which version; tracing a
// leaked text back to the copy it came from (or saying it cannot).
import { circulation, type TraceReport } from '../contract/circulation.ts';
import { describeActor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { fingerprintCopy, trace } from '../govern/fingerprint.ts';
import { sha256Hex } from '../govern/hash.ts';
import { type CirculationRow, insertCirculation, selectCirculations } from '../store/repo/circulations.ts';
import { selectDraft, selectDraftHeaders } from '../store/repo/drafts.ts';
import { authorize, can, visible } from './access.ts';
import { draftFacts } from './facts.ts';
import { resolveParty } from './lookup.ts';
import { circulatedMaster, masterText } from './masterText.ts';
import { receivedDraft, sentDraft } from './receivedDraft.ts';
import { implement } from './useCase.ts';

const unknownDraft = (id: string) =>
  new ParleyError('not_found', `unknown draft '${id}': see the list of drafts`, { id, field: 'draft' });

/**
 * Records that a party received the draft (or only `summary`), fingerprinting the party's
 * copy with the home's secret; the copy itself is downloaded from `copyUrl`.
 * Throws `invalid_input`, `not_found` (draft, party), `forbidden` (not staff).
 */
export const circulateDraft = implement(circulation.circulate, async (ctx, c) => {
  const draft = await selectDraft(ctx.q, c.draft);
  if (!draft) throw unknownDraft(c.draft);
  authorize(ctx, 'circulate', await draftFacts(ctx.q, draft));
  const party = await resolveParty(ctx.q, c.to);
  // The copy carries what the party's delegates may read: no provision of another track.
  const received = c.summary ? draft : await receivedDraft(ctx.q, draft, party.id);
  const copy = fingerprintCopy(circulatedMaster(received, c.summary), party.id, ctx.keys.fingerprintSecret);
  const row: CirculationRow = {
    id: ctx.newId(),
    draft: draft.id,
    party: party.id,
    summaryOnly: c.summary !== undefined,
    ...(c.summary ? { summary: c.summary } : {}),
    at: ctx.now,
    by: describeActor(ctx.actor),
    fingerprint: sha256Hex(copy),
  };
  await insertCirculation(ctx.q, row);
  await ctx.record('circulate', 'draft', draft.id, { ...row, summary: undefined });
  return { circulation: row, copyUrl: `/api/circulations/${encodeURIComponent(row.id)}/copy` };
});

/** Who received which draft, oldest first; a delegate sees only what its party received. */
export const listCirculations = implement(circulation.list, async (ctx, query) => {
  const rows = await selectCirculations(ctx.q, query.draft ? { draft: query.draft } : {});
  return visible(ctx, rows, (c) => ({ kind: 'circulation', id: c.id, party: c.party, draft: c.draft }));
});

/**
 * Names the most likely source of a leaked text among the recipients of each draft (or
 * of `draft`), or answers inconclusive. Throws `not_found` (draft), `forbidden` (not staff).
 */
export const traceLeak = implement(circulation.trace, async (ctx, input): Promise<TraceReport> => {
  const secret = ctx.keys.fingerprintSecret;
  // Tracing weighs every recipient's copy: not about one circulation a delegate could see,
  // so a refusal is `forbidden` (the route exists), never a 404 naming a made-up id.
  if (!can(ctx, 'trace', { kind: 'circulation', id: '*', party: '*', draft: input.draft ?? '*' })) {
    throw new ParleyError('forbidden', 'only the secretariat traces leaks; send it the text', {
      action: 'trace',
    });
  }
  if (!input.text.trim())
    throw new ParleyError('invalid_input', 'the leaked text is empty', { field: 'text' });
  const headers = await selectDraftHeaders(ctx.q);
  if (input.draft && !headers.some((h) => h.id === input.draft)) {
    throw unknownDraft(input.draft);
  }
  const circulations = await selectCirculations(ctx.q, input.draft ? { draft: input.draft } : {});
  const reports: TraceReport[] = [];
  // Each distinct master (a draft's text, or one summary) is traced among those who got it.
  const masters = new Map<
    string,
    { master: string; draft: string; summaryOnly: boolean; recipients: Set<string> }
  >();
  for (const c of circulations) {
    let master = c.summary ? `${c.summary}\n` : undefined;
    if (!master) {
      const draft = await selectDraft(ctx.q, c.draft);
      master = draft ? masterText(await sentDraft(ctx.q, draft, c, secret)) : '';
    }
    const key = `${c.draft}\u0000${master}`;
    const entry = masters.get(key) ?? {
      master,
      draft: c.draft,
      summaryOnly: c.summaryOnly,
      recipients: new Set(),
    };
    entry.recipients.add(c.party);
    masters.set(key, entry);
  }
  for (const m of masters.values()) {
    const result = trace(input.text, [...m.recipients], secret, m.master);
    reports.push({ ...result, draft: m.draft, ...(m.summaryOnly ? { summaryOnly: true } : {}) });
  }
  const matches = reports.filter((r) => r.verdict === 'match');
  if (matches.length > 0) {
    return matches.sort((a, b) =>
      b.verdict === 'match' && a.verdict === 'match' ? b.confidence - a.confidence : 0,
    )[0]!;
  }
  return {
    verdict: 'inconclusive',
    reason:
      circulations.length === 0
        ? 'nothing has been circulated yet, so there is no copy to compare with'
        : reasonOf(reports),
    candidates: reports
      .flatMap((r) => r.candidates)
      .sort((a, b) => b.posterior - a.posterior)
      .slice(0, 5),
  };
});

function reasonOf(reports: readonly TraceReport[]): string {
  for (const r of reports) if (r.verdict === 'inconclusive') return r.reason;
  return 'the text does not match any circulated copy well enough to name anyone';
}
