// Circulating a draft (or only a summary) to a party: recorded with who and when, and
// the recipient's own fingerprinted copy; listing who has seen which version; tracing a
// leaked text back to the copy it came from (or saying it cannot).
import { z } from 'zod';
import { describeActor } from '../core/actor.ts';
import { ParleyError } from '../core/errors.ts';
import { LongText } from '../core/limits.ts';
import { parseInput } from '../core/validate.ts';
import { fingerprintCopy, type TraceResult, trace } from '../govern/fingerprint.ts';
import { sha256Hex } from '../govern/hash.ts';
import { type CirculationRow, insertCirculation, selectCirculations } from '../store/repo/circulations.ts';
import { selectDraft, selectDraftHeaders } from '../store/repo/drafts.ts';
import { authorize, can, visible } from './access.ts';
import type { ReadContext, WriteContext } from './context.ts';
import { draftFacts } from './facts.ts';
import { resolveParty } from './lookup.ts';
import { CopyFormatInput, circulatedMaster, copyMeta, formatCopy, masterText } from './masterText.ts';
import { receivedDraft, sentDraft } from './receivedDraft.ts';

export const CirculateInput = z.object({
  draft: z.string().trim().min(1),
  to: z.string().trim().min(1),
  summary: LongText.trim().min(1, 'a summary cannot be empty').optional(),
  format: CopyFormatInput.default('md'),
  /** The home's fingerprint secret (kept outside the database). */
  secret: z.string().min(1),
});
export type CirculateInput = z.input<typeof CirculateInput>;

export interface Circulated {
  circulation: CirculationRow;
  /** The recipient's fingerprinted copy, in the requested format (bytes for pdf). */
  copy: string | Uint8Array;
}

/**
 * Records that a party received the draft (or only `summary`) and returns its copy.
 * Throws `invalid_input`, `not_found` (draft, party), `forbidden` (not staff).
 */
export async function circulateDraft(ctx: WriteContext, input: unknown): Promise<Circulated> {
  const c = parseInput(CirculateInput, input, 'circulation');
  const draft = await selectDraft(ctx.q, c.draft);
  if (!draft)
    throw new ParleyError('not_found', `unknown draft '${c.draft}': run \`parley draft list\``, {
      id: c.draft,
    });
  authorize(ctx, 'circulate', await draftFacts(ctx.q, draft));
  const party = await resolveParty(ctx.q, c.to);
  // The copy carries what the party's delegates may read: no provision of another track.
  const received = c.summary ? draft : await receivedDraft(ctx.q, draft, party.id);
  const master = circulatedMaster(received, c.summary);
  const copy = fingerprintCopy(master, party.id, c.secret);
  const circulation: CirculationRow = {
    id: ctx.newId(),
    draft: draft.id,
    party: party.id,
    summaryOnly: c.summary !== undefined,
    ...(c.summary ? { summary: c.summary } : {}),
    at: ctx.now,
    by: describeActor(ctx.actor),
    fingerprint: sha256Hex(copy),
  };
  await insertCirculation(ctx.q, circulation);
  await ctx.record('circulate', 'draft', draft.id, { ...circulation, summary: undefined });
  return { circulation, copy: await formatCopy(copy, c.format, copyMeta(received, party.name, circulation)) };
}

/** Who received which draft, oldest first; a delegate sees only what its party received. */
export async function listCirculations(
  ctx: ReadContext,
  query: { draft?: string } = {},
): Promise<CirculationRow[]> {
  const rows = await selectCirculations(ctx.q, query.draft ? { draft: query.draft } : {});
  return visible(ctx, rows, (c) => ({ kind: 'circulation', id: c.id, party: c.party, draft: c.draft }));
}

export type TraceReport = TraceResult & { draft?: string; summaryOnly?: boolean };

/**
 * Names the most likely source of a leaked text among the recipients of each draft (or
 * of `draft`), or answers inconclusive. Throws `not_found` (draft), `forbidden` (not staff).
 */
export async function traceLeak(
  ctx: ReadContext,
  input: { text: string; draft?: string; secret: string },
): Promise<TraceReport> {
  // Tracing weighs every recipient's copy: not about one circulation a delegate could see,
  // so a refusal is `forbidden` (the route exists), never a 404 naming a made-up id.
  if (!can(ctx, 'trace', { kind: 'circulation', id: '*', party: '*', draft: input.draft ?? '*' })) {
    throw new ParleyError('forbidden', 'only the secretariat traces leaks; send it the text', {
      action: 'trace',
    });
  }
  if (!input.text.trim()) throw new ParleyError('invalid_input', 'the leaked text is empty');
  const headers = await selectDraftHeaders(ctx.q);
  if (input.draft && !headers.some((h) => h.id === input.draft)) {
    throw new ParleyError('not_found', `unknown draft '${input.draft}': run \`parley draft list\``, {
      id: input.draft,
    });
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
      master = draft ? masterText(await sentDraft(ctx.q, draft, c, input.secret)) : '';
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
    const result = trace(input.text, [...m.recipients], input.secret, m.master);
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
}

function reasonOf(reports: readonly TraceReport[]): string {
  for (const r of reports) if (r.verdict === 'inconclusive') return r.reason;
  return 'the text does not match any circulated copy well enough to name anyone';
}
