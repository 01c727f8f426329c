// Use cases for sources: the documents the record rests on, listed and added by hand
// (ingesting a document's text is the evidence pipeline's, app/ingest.ts).
import { roster } from '../contract/roster.ts';
import { ParleyError } from '../core/errors.ts';
import type { Source } from '../core/model.ts';
import { insertSource, selectSources } from '../store/repo/sources.ts';
import { authorize, visible } from './access.ts';
import type { ReadContext } from './context.ts';
import { sourceFacts } from './facts.ts';
import { requireSource } from './lookup.ts';
import { implement } from './useCase.ts';

/** Adds a source document. Throws `invalid_input`, `duplicate`. */
export const addSource = implement(roster.addSource, async (ctx, s) => {
  authorize(ctx, 'create', sourceFacts(s.id));
  if ((await selectSources(ctx.q)).some((x) => x.id === s.id)) {
    throw new ParleyError('duplicate', `source '${s.id}' already exists; choose another id`, { id: s.id });
  }
  await insertSource(ctx.q, s);
  await ctx.record('add', 'source', s.id, { ...s, rawText: undefined, cleanText: undefined });
  return s;
});

/** The sources the actor may see. */
export const listSources = implement(roster.listSources, async (ctx) =>
  visible(ctx, await selectSources(ctx.q), (s) => sourceFacts(s.id)),
);

/** One source in full, if the actor may read it. Throws `not_found` (unknown or hidden: the same answer). */
export async function showSource(ctx: ReadContext, id: string): Promise<Source> {
  const source = await requireSource(ctx.q, id);
  authorize(ctx, 'read', sourceFacts(source.id));
  return source;
}
