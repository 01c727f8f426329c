// Use cases for drafts: recording a parsed draft (immutable from then on), listing and
// showing them as the reader may see them.
import type { z } from 'zod';
import { ParsedDraftInput as DraftInput, drafts, ParsedProvision } from '../contract/drafts.ts';
import { ParleyError } from '../core/errors.ts';
import { DRAFT_DEPTH_MAX, DRAFT_PROVISIONS_MAX } from '../core/limits.ts';
import { lineageLookup } from '../core/lineage.ts';
import type { Draft, Provision } from '../core/model.ts';
import { derivationOf, effectivePairings } from '../core/pairings.ts';
import { parseInput, requireStorableSliced, slugify } from '../core/validate.ts';
import { insertDraft, selectDraftHeaders, selectProvisions } from '../store/repo/drafts.ts';
import { insertPairings, type StoredPairing } from '../store/repo/pairings.ts';
import { selectTracks } from '../store/repo/parties.ts';
import { authorize } from './access.ts';
import type { WriteContext } from './context.ts';
import { pairWithParentDraft } from './draftWork.ts';
import { resolveParty } from './lookup.ts';
import type { NewPair } from './parentPairs.ts';
import { implement } from './useCase.ts';
import { listVisibleDrafts, showVisibleDraft } from './visibleDrafts.ts';

/** How a draft's provisions descend from its parent, when the caller knows it (a composed revision). */
export interface KnownDescent {
  /** Pairings with the first parent, recorded as given: no alignment runs. */
  pairs?: NewPair[];
}

/**
 * Records a draft and its provisions in one write. Throws `invalid_input`, `duplicate`
 * (id or label taken), `not_found` (author, track), `broken_reference` (missing parent,
 * derivation naming unknown provisions).
 */
export async function importDraft(
  ctx: WriteContext,
  input: unknown,
  known: KnownDescent = {},
): Promise<Draft> {
  const d = await parseDraftInput(input);
  const id = d.id ?? slugify(d.label);
  // First, so a refused actor cannot probe which ids and labels are taken.
  authorize(ctx, 'create', { kind: 'draft', id, circulatedTo: [], public: d.state === 'final' });
  const headers = await selectDraftHeaders(ctx.q);
  if (headers.some((h) => h.id === id)) {
    throw new ParleyError(
      'duplicate',
      `a draft with id '${id}' already exists; choose another label or give another id`,
      { field: d.id ? 'id' : 'label', id },
    );
  }
  if (headers.some((h) => h.label === d.label)) {
    throw new ParleyError('duplicate', `a draft labelled '${d.label}' already exists; choose another label`, {
      field: 'label',
      label: d.label,
    });
  }
  for (const parent of d.parents) {
    if (!headers.some((h) => h.id === parent)) {
      throw new ParleyError(
        'broken_reference',
        `parent draft '${parent}' does not exist; import it first, or name another parent`,
        { field: 'parents', parent },
      );
    }
  }
  const author = d.author ? (await resolveParty(ctx.q, d.author)).id : undefined;
  await nextTurn();
  const { provisions, pairs } = await annotate(ctx, id, d, known);
  await nextTurn();
  const draft: Draft = {
    id,
    label: d.label,
    ...(d.title ? { title: d.title } : {}),
    date: d.date,
    ...(author ? { author } : {}),
    parents: d.parents,
    state: d.state,
    preamble: d.preamble,
    provisions,
  };
  await insertDraft(ctx.q, draft, d.createdAt ?? ctx.now);
  await insertPairings(ctx.q, pairs);
  await ctx.record('import', 'draft', id, {
    label: d.label,
    provisions: provisions.length,
    parents: d.parents,
  });
  return draft;
}

/** Provisions validated per turn of the event loop: a long draft is checked in slices. */
const SLICE = 5_000;

// Validates like parseInput(DraftInput), but a long draft's provisions a slice at a time
// with a turn of the event loop between slices, since PGlite's awaits never give one. On any
// problem the whole input is parsed again, so the error reads exactly as parseInput's.
async function parseDraftInput(input: unknown): Promise<z.output<typeof DraftInput>> {
  await requireStorableSliced(input, 'draft');
  const list = typeof input === 'object' && input !== null ? Reflect.get(input, 'provisions') : undefined;
  if (Array.isArray(list) && list.length > DRAFT_PROVISIONS_MAX) {
    throw new ParleyError(
      'invalid_input',
      `draft: ${list.length} provisions; at most ${DRAFT_PROVISIONS_MAX}: split the draft`,
      { provisions: list.length },
    );
  }
  const draft = await parseDraftFields(input);
  requireShallow(draft.provisions);
  return draft;
}

/** Throws `invalid_input` for a provision nested deeper than `DRAFT_DEPTH_MAX` levels. */
function requireShallow(provisions: readonly { path: string; parent?: string | undefined }[]): void {
  const depth = new Map<string, number>();
  for (const { path, parent } of provisions) {
    const level = (parent ? (depth.get(parent) ?? 0) : 0) + 1;
    if (level > DRAFT_DEPTH_MAX) {
      throw new ParleyError(
        'invalid_input',
        `draft: provision '${path.slice(0, 80)}${path.length > 80 ? '…' : ''}' is nested ${level} levels deep; ` +
          `at most ${DRAFT_DEPTH_MAX}: flatten the outline`,
        { path, depth: level },
      );
    }
    depth.set(path, level);
  }
}

async function parseDraftFields(input: unknown): Promise<z.output<typeof DraftInput>> {
  const fields = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const list = fields.provisions;
  if (!Array.isArray(list) || list.length <= SLICE) return parseInput(DraftInput, input, 'draft');
  const head = DraftInput.safeParse({ ...fields, provisions: list.slice(0, 1) });
  const provisions: z.output<typeof ParsedProvision>[] = [];
  for (let i = 0; head.success && i < list.length; i += SLICE) {
    await nextTurn();
    const slice = ParsedProvision.array().safeParse(list.slice(i, i + SLICE));
    if (!slice.success) break;
    provisions.push(...slice.data);
  }
  if (!head.success || provisions.length !== list.length) return parseInput(DraftInput, input, 'draft');
  return { ...head.data, provisions };
}

/** Lets other requests run: PGlite (in this thread) resolves its queries as microtasks. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function annotate(
  ctx: WriteContext,
  id: string,
  d: z.output<typeof DraftInput>,
  known: KnownDescent,
): Promise<{ provisions: Provision[]; pairs: StoredPairing[] }> {
  const paths = d.provisions.map((p) => p.path);
  const seen = new Set<string>();
  for (const { path, parent } of d.provisions) {
    if (seen.has(path))
      throw new ParleyError('invalid_input', `provision '${path}' appears twice in the draft`, { path });
    if (parent && !seen.has(parent)) {
      throw new ParleyError(
        'broken_reference',
        `provision '${path}' names parent '${parent}', which does not precede it`,
        {
          path,
          parent,
        },
      );
    }
    seen.add(path);
  }
  for (const path of Object.keys(d.annotations)) {
    if (!seen.has(path)) {
      throw new ParleyError(
        'broken_reference',
        `annotations name provision '${path}', which the draft does not have`,
        {
          path,
        },
      );
    }
  }
  await nextTurn();
  const tracks = new Set((await selectTracks(ctx.q)).map((t) => t.id));
  for (const [path, a] of Object.entries(d.annotations)) {
    if (a.track && !tracks.has(a.track)) {
      throw new ParleyError('not_found', `provision '${path}' names unknown track '${a.track}'`, {
        path,
        track: a.track,
      });
    }
  }
  const parentId = d.parents[0];
  const parent = parentId ? await selectProvisions(ctx.q, parentId) : [];
  const pairs = !parentId
    ? []
    : (known.pairs ?? (await pairWithParentDraft(parent, d.provisions, d.derivedFrom)));
  await nextTurn();
  const inForce = effectivePairings(pairs);
  const lineageOf = lineageLookup(
    id,
    paths,
    parent,
    derivationOf(inForce.filter((p) => p.origin === 'user')),
    derivationOf(inForce.filter((p) => p.origin === 'engine')),
  );
  const provisions: Provision[] = [];
  for (let i = 0; i < d.provisions.length; i += SLICE) {
    await nextTurn();
    for (const p of d.provisions.slice(i, i + SLICE)) {
      const a = d.annotations[p.path] ?? {};
      provisions.push({
        path: p.path,
        number: p.number,
        ...(p.parent ? { parent: p.parent } : {}),
        ...(p.heading ? { heading: p.heading } : {}),
        text: p.text,
        topics: a.topics ?? [],
        ...(a.track ? { track: a.track } : {}),
        lineage: lineageOf(p.path),
      });
    }
  }
  // Fields named one by one and sliced: spreading 60,000 pairs parsed from the worker's
  // JSON held the event loop for a third of a second in one go.
  const stored: StoredPairing[] = [];
  const createdAt = d.createdAt ?? ctx.now;
  for (let i = 0; i < pairs.length; i += SLICE) {
    await nextTurn();
    for (const p of pairs.slice(i, i + SLICE)) {
      const { fromPaths, toPaths, kind, score, confidence, origin } = p;
      stored.push({
        fromDraft: parentId!,
        toDraft: id,
        fromPaths,
        toPaths,
        kind,
        score,
        confidence,
        origin,
        createdAt,
      });
    }
  }
  return { provisions, pairs: stored };
}

/** Draft headers the actor may see, oldest first. Throws nothing of its own. */
export const listDrafts = implement(drafts.list, (ctx) => listVisibleDrafts(ctx));

/** One draft as the actor may read it. Throws `not_found` (unknown, or hidden from the actor). */
export const showDraft = implement(drafts.show, (ctx, { draft }) => showVisibleDraft(ctx, draft));
