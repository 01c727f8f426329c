// Comparing two stored drafts: the compare engine's alignment, redlines and bracket
// counts, with the drafts named — one use case for the CLI and the HTTP API.
import { type CompareResult, compareDrafts } from '../compare/index.ts';
import type { ReadContext } from './context.ts';
import { requireDraft } from './lookup.ts';

export interface DraftRef {
  id: string;
  label: string;
  date: string;
}

export type StoredComparison = CompareResult & { drafts: { from: DraftRef; to: DraftRef } };

/** Compares two stored drafts. Throws `not_found`. */
export async function compareStoredDrafts(
  ctx: ReadContext,
  query: { from: string; to: string },
): Promise<StoredComparison> {
  const from = await requireDraft(ctx.q, query.from);
  const to = await requireDraft(ctx.q, query.to);
  const ref = (d: DraftRef): DraftRef => ({ id: d.id, label: d.label, date: d.date });
  return { drafts: { from: ref(from), to: ref(to) }, ...compareDrafts(from.provisions, to.provisions) };
}
