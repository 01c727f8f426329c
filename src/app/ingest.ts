// Ingesting documents: each one is decoded, cleaned and mined for claims by the pure
// evidence engine, then stored as a source with its suggested claims, and the sources that
// copy one another linked, in one write. The same document twice (same clean text) is
// recognised and not duplicated.
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { evidence, type IngestOutcome } from '../contract/evidence.ts';
import { excerpt } from '../core/excerpt.ts';
import type { Claim, Source, SourceLink } from '../core/model.ts';
import { slugify } from '../core/validate.ts';
import type { ProcessedDocument, SuggestedClaim } from '../evidence/index.ts';
import { insertClaims, insertSourceLinks, selectSourceLinks } from '../store/repo/claims.ts';
import { selectDraftHeaders, selectProvisions } from '../store/repo/drafts.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { insertSource, selectSources } from '../store/repo/sources.ts';
import { source as sourceTable } from '../store/schema.ts';
import { authorize } from './access.ts';
import type { WriteContext } from './context.ts';
import { evidenceEngine } from './evidenceEngine.ts';
import { sourceFacts } from './facts.ts';
import { showSource } from './sources.ts';
import { implement } from './useCase.ts';

export interface IngestFile {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Ingests one document (text, or bytes as base64) and links the sources that copy one
 * another, in one write: a refused document leaves no source and no links behind. Throws
 * `forbidden` (below staff), the engine's `invalid_input`/`unsupported` for files it refuses.
 */
export const ingestSource = implement(evidence.ingest, async (ctx, { fileName, content, encoding }) => {
  const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
  const outcome = await ingestDocument(ctx, { fileName, bytes });
  return { outcome, copies: await linkCopies(ctx) };
});

/**
 * Stores one document as a source with its suggested claims. Throws the evidence
 * engine's `invalid_input`/`unsupported` for files it refuses; nothing is written then.
 */
export async function ingestDocument(ctx: WriteContext, file: IngestFile): Promise<IngestOutcome> {
  // First: a refused actor must not learn whether the document was already ingested.
  authorize(ctx, 'create', sourceFacts('new'));
  // One after another: a transaction's queries share one connection.
  const parties = await selectParties(ctx.q);
  const people = await selectPeople(ctx.q);
  const headers = await selectDraftHeaders(ctx.q);
  const latest = headers.at(-1);
  const provisions = latest ? await selectProvisions(ctx.q, latest.id) : [];
  const { processDocument } = await evidenceEngine();
  const doc = processDocument(file.bytes, file.fileName, { roster: { parties, people }, provisions });
  const known = await ctx.q
    .select({ id: sourceTable.id })
    .from(sourceTable)
    .where(eq(sourceTable.contentHash, doc.contentHash));
  if (known[0]) return { fileName: file.fileName, status: 'duplicate', source: known[0].id };
  const stored = await selectSources(ctx.q);
  const again = await storedArticle(doc, stored);
  if (again) return { fileName: file.fileName, status: 'duplicate', source: again };

  const taken = new Set(stored.map((s) => s.id));
  const name =
    doc.meta.outlet ??
    doc.meta.title?.split(/\s+/).slice(0, 4).join(' ') ??
    path.basename(file.fileName).replace(/\.[^.]+$/, '');
  const base = slugify(`${name} ${doc.meta.date ?? ''}`).slice(0, 56);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const source: Source = {
    id,
    title: doc.meta.title ?? (excerpt(undefined, doc.cleanText, 100) || file.fileName),
    outlet: doc.meta.outlet ?? 'unknown outlet',
    date: doc.meta.date ?? ctx.now.slice(0, 10),
    kind: 'article',
    ...(doc.meta.author ? { author: doc.meta.author } : {}),
    reliability: 'unknown',
    rawText: doc.rawText,
    cleanText: doc.cleanText,
    contentHash: doc.contentHash,
    fileName: file.fileName,
  };
  await insertSource(ctx.q, source);
  // Short ids: reviewers type them (`parley claims accept c-1a2b3c4d5e`).
  const claims = doc.claims.map((c) => toClaim(c, id, `c-${ctx.newId().replace(/-/g, '').slice(0, 10)}`));
  await insertClaims(ctx.q, claims);
  const counts = { quote: 0, event: 0, mention: 0, position: 0 };
  for (const c of claims) counts[c.kind]++;
  const reading = {
    genre: doc.genre.genre,
    ...(doc.meta.dateFrom ? { dateFrom: doc.meta.dateFrom } : {}),
    ...(doc.meta.dateConfidence !== undefined ? { dateConfidence: doc.meta.dateConfidence } : {}),
  };
  await ctx.record('ingest', 'source', id, {
    fileName: file.fileName,
    contentHash: doc.contentHash,
    claims: counts,
    reading,
  });
  return { fileName: file.fileName, status: 'added', source: id, claims: counts, reading };
}

/** One source in full, so a client can show a claim's span in its clean text. Throws `not_found`. */
export const showSourceText = implement(evidence.source, (ctx, { source }) => showSource(ctx, source));

// A re-scraped article differs from the stored one in a corrected word or a caption: one
// title (or outlet and day) and nearly every 3-word shingle shared is the same article.
const SAME_ARTICLE = 0.85;

/** The stored source this document is a new copy of, if it is one (same title or outlet and day). */
async function storedArticle(doc: ProcessedDocument, stored: Source[]): Promise<string | undefined> {
  const { meta } = doc;
  const candidates = stored.filter(
    (s) =>
      s.cleanText &&
      ((meta.title !== undefined && s.title === meta.title) ||
        (meta.outlet !== undefined && s.outlet === meta.outlet && s.date === meta.date)),
  );
  if (candidates.length === 0) return undefined;
  const { findNearDuplicates } = await evidenceEngine();
  const links = findNearDuplicates(
    [{ id: '', text: doc.cleanText }, ...candidates.map((s) => ({ id: s.id, text: s.cleanText ?? '' }))],
    SAME_ARTICLE,
  );
  const link = links.find((l) => l.a === '' || l.b === '');
  return link && (link.a === '' ? link.b : link.a);
}

/** The engine's claim as stored: a quote keeps its speaker in its data, beside its name and id. */
function toClaim(c: SuggestedClaim, source: string, id: string): Claim {
  const fields = { id, source, status: 'suggested' as const, text: c.text, span: c.span };
  if (c.kind !== 'quote') return { ...fields, ...c };
  const { speaker } = c;
  return {
    ...fields,
    kind: 'quote',
    ...(speaker ? { speaker: speaker.name } : {}),
    ...(speaker?.personId ? { speakerId: speaker.personId } : {}),
    data: { ...c.data, ...(speaker ? { speaker } : {}) },
  };
}

/**
 * Links sources that copy one another (MinHash over their clean texts); returns the new
 * links. A link changes how both sources count as confirmation, so it asks to update each
 * source it compares. Throws `forbidden` (below staff).
 */
export async function linkCopies(ctx: WriteContext): Promise<SourceLink[]> {
  const sources = (await selectSources(ctx.q)).filter((s) => s.cleanText);
  for (const s of sources) authorize(ctx, 'update', sourceFacts(s.id));
  const existing = new Set((await selectSourceLinks(ctx.q)).map((l) => `${l.a} ${l.b}`));
  const { findNearDuplicates } = await evidenceEngine();
  const found = findNearDuplicates(sources.map((s) => ({ id: s.id, text: s.cleanText ?? '' })))
    .map(({ a, b, jaccard, kind }) =>
      a < b ? { a, b, kind, similarity: jaccard } : { a: b, b: a, kind, similarity: jaccard },
    )
    .filter((l) => !existing.has(`${l.a} ${l.b}`));
  await insertSourceLinks(ctx.q, found);
  for (const link of found) await ctx.record('link', 'source', `${link.a}~${link.b}`, link);
  return found;
}
