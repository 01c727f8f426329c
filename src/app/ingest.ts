// Ingesting documents: each one is decoded, cleaned and mined for claims by the pure
// evidence engine, then stored as a source with its suggested claims, and the sources that
// copy one another linked, in one write. The same document twice (same clean text) is
// recognised and not duplicated.
import path from 'node:path';
import { and, asc, eq, inArray, isNotNull, like, or } from 'drizzle-orm';
import { evidence, type IngestedBatch, type IngestOutcome } from '../contract/evidence.ts';
import { isParleyError, ParleyError } from '../core/errors.ts';
import { excerpt } from '../core/excerpt.ts';
import type { Claim, Source, SourceLink } from '../core/model.ts';
import { slugify } from '../core/validate.ts';
import type { DuplicateDoc, ExtractContext, ProcessedDocument, SuggestedClaim } from '../evidence/index.ts';
import { insertClaims, insertSourceLinks, selectSourceLinks } from '../store/repo/claims.ts';
import { selectDraftHeaders, selectProvisions } from '../store/repo/drafts.ts';
import { selectParties, selectPeople } from '../store/repo/parties.ts';
import { insertSource } from '../store/repo/sources.ts';
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
  const outcome = await ingestDocument(ctx, { fileName, bytes: decodeContent(content, encoding) });
  // Only a new source can bring new copies: the stored ones were linked when they came.
  return { outcome, copies: outcome.status === 'added' ? await linkCopies(ctx, outcome.source) : [] };
});

/**
 * Ingests several documents in one write, each as `ingestSource` does (the same audit
 * entries, in the same order); the roster and the latest draft are read once. A document
 * the engine refuses is skipped with the reason before anything of it is written. Throws
 * `forbidden` (below staff); any other failure writes nothing of the batch.
 */
export const ingestSources = implement(evidence.ingestBatch, async (ctx, { files }) => {
  authorize(ctx, 'create', sourceFacts('new'));
  const context = await extractContext(ctx);
  const outcomes: IngestedBatch['files'] = [];
  const copies: SourceLink[] = [];
  for (const { fileName, content, encoding } of files) {
    const read = await readDocument({ fileName, bytes: decodeContent(content, encoding) }, context).catch(
      (error: unknown) => {
        if (isParleyError(error) && REFUSALS.has(error.code)) return error;
        throw error;
      },
    );
    if (read instanceof ParleyError) {
      outcomes.push({ fileName, status: 'skipped', reason: read.message });
      continue;
    }
    const outcome = await storeDocument(ctx, fileName, read);
    outcomes.push(outcome);
    if (outcome.status === 'added') {
      await signStored(read);
      copies.push(...(await linkCopies(ctx, outcome.source)));
    }
  }
  return { files: outcomes, copies };
});

/** The engine's answers for a document it will not read (decode.ts): the document is skipped. */
const REFUSALS = new Set(['invalid_input', 'unsupported']);

const decodeContent = (content: string, encoding: 'utf8' | 'base64') =>
  Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');

/**
 * Stores one document as a source with its suggested claims. Throws the evidence
 * engine's `invalid_input`/`unsupported` for files it refuses; nothing is written then.
 */
export async function ingestDocument(ctx: WriteContext, file: IngestFile): Promise<IngestOutcome> {
  // First: a refused actor must not learn whether the document was already ingested.
  authorize(ctx, 'create', sourceFacts('new'));
  const doc = await readDocument(file, await extractContext(ctx));
  return storeDocument(ctx, file.fileName, doc);
}

/** What extraction resolves names against: the roster, and the latest draft's provisions. */
async function extractContext(ctx: WriteContext): Promise<ExtractContext> {
  // One after another: a transaction's queries share one connection.
  const parties = await selectParties(ctx.q);
  const people = await selectPeople(ctx.q);
  const headers = await selectDraftHeaders(ctx.q);
  const latest = headers.at(-1);
  const provisions = latest ? await selectProvisions(ctx.q, latest.id) : [];
  // The ingest day gives a wire dateline without a year its year; it never dates the document.
  return { roster: { parties, people }, provisions, received: ctx.now.slice(0, 10) };
}

/** The document through the engine. Throws its `invalid_input`/`unsupported`; writes nothing. */
async function readDocument(file: IngestFile, context: ExtractContext): Promise<ProcessedDocument> {
  const { processDocument } = await evidenceEngine();
  return processDocument(file.bytes, file.fileName, context);
}

/** Stores a read document as a new source with its claims, unless it is one already stored. */
async function storeDocument(
  ctx: WriteContext,
  fileName: string,
  doc: ProcessedDocument,
): Promise<IngestOutcome> {
  const again = await storedArticle(ctx, doc);
  if (again) return { fileName: fileName, status: 'duplicate', source: again };

  const name =
    doc.meta.outlet ??
    doc.meta.title?.split(/\s+/).slice(0, 4).join(' ') ??
    path.basename(fileName).replace(/\.[^.]+$/, '');
  const base = slugify(`${name} ${doc.meta.date ?? ''}`).slice(0, 56);
  const taken = new Set(
    (
      await ctx.q
        .select({ id: sourceTable.id })
        .from(sourceTable)
        .where(like(sourceTable.id, `${base}%`))
    ).map((s) => s.id),
  );
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const source: Source = {
    id,
    title: doc.meta.title ?? (excerpt(undefined, doc.cleanText, 100) || fileName),
    outlet: doc.meta.outlet ?? 'unknown outlet',
    date: doc.meta.date ?? ctx.now.slice(0, 10),
    kind: 'article',
    ...(doc.meta.url ? { url: doc.meta.url } : {}),
    ...(doc.meta.author ? { author: doc.meta.author } : {}),
    reliability: 'unknown',
    rawText: doc.rawText,
    cleanText: doc.cleanText,
    contentHash: doc.contentHash,
    fileName: fileName,
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
    fileName: fileName,
    contentHash: doc.contentHash,
    claims: counts,
    reading,
  });
  return { fileName: fileName, status: 'added', source: id, claims: counts, reading };
}

/** One source in full, so a client can show a claim's span in its clean text. Throws `not_found`. */
export const showSourceText = implement(evidence.source, (ctx, { source }) => showSource(ctx, source));

// A re-scraped article differs from the stored one in a corrected word or a caption: one
// title (or outlet and day) and nearly every 3-word shingle shared is the same article.
const SAME_ARTICLE = 0.85;

/**
 * The stored source this document is a new copy of, if it is one: the same clean text, the
 * same address once canonical, or nearly the same text under the same title (or outlet and
 * day). Reads only the few rows that can match, so a large record costs no more per file.
 */
async function storedArticle(ctx: WriteContext, doc: ProcessedDocument): Promise<string | undefined> {
  const byHash = await ctx.q
    .select({ id: sourceTable.id })
    .from(sourceTable)
    .where(eq(sourceTable.contentHash, doc.contentHash));
  if (byHash[0]) return byHash[0].id;
  const { meta } = doc;
  const { canonicalUrl, findNearDuplicates } = await evidenceEngine();
  const address = meta.url && canonicalUrl(meta.url);
  if (address) {
    const addressed = await ctx.q
      .select({ id: sourceTable.id, url: sourceTable.url })
      .from(sourceTable)
      .where(isNotNull(sourceTable.url));
    const same = addressed.find((s) => s.url && canonicalUrl(s.url) === address);
    if (same) return same.id;
  }
  const alike = [
    ...(meta.title !== undefined ? [eq(sourceTable.title, meta.title)] : []),
    ...(meta.outlet !== undefined && meta.date !== undefined
      ? [and(eq(sourceTable.outlet, meta.outlet), eq(sourceTable.date, meta.date))]
      : []),
  ];
  if (alike.length === 0) return undefined;
  const candidates = await ctx.q
    .select({ id: sourceTable.id, text: sourceTable.cleanText })
    .from(sourceTable)
    .where(and(isNotNull(sourceTable.cleanText), or(...alike)));
  if (candidates.length === 0) return undefined;
  const links = findNearDuplicates(
    [{ id: '', text: doc.cleanText }, ...candidates.map((s) => ({ id: s.id, text: s.text ?? '' }))],
    SAME_ARTICLE,
    '',
  );
  const link = links[0];
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
 * links. With `focus`, only the links of that (new) source. A link changes how both sources
 * count as confirmation, so it asks to update each source it compares. Throws `forbidden`
 * (below staff).
 */
export async function linkCopies(ctx: WriteContext, focus?: string): Promise<SourceLink[]> {
  const sources = await ctx.q
    .select({ id: sourceTable.id, hash: sourceTable.contentHash })
    .from(sourceTable)
    .where(isNotNull(sourceTable.cleanText))
    .orderBy(asc(sourceTable.date), asc(sourceTable.id));
  for (const s of sources) authorize(ctx, 'update', sourceFacts(s.id));
  const existing = new Set((await selectSourceLinks(ctx.q)).map((l) => `${l.a} ${l.b}`));
  const { findNearDuplicates } = await evidenceEngine();
  const signed = await copySignatures(ctx, sources);
  const found = findNearDuplicates(signed, undefined, focus)
    .map(({ a, b, jaccard, kind }) =>
      a < b ? { a, b, kind, similarity: jaccard } : { a: b, b: a, kind, similarity: jaccard },
    )
    .filter((l) => !existing.has(`${l.a} ${l.b}`));
  await insertSourceLinks(ctx.q, found);
  for (const link of found) await ctx.record('link', 'source', `${link.a}~${link.b}`, link);
  return found;
}

// MinHash signatures by content hash: a clean text never changes under its hash, so one
// process (a CLI ingesting a directory, a server) computes each source's signature once.
const SIGNATURES = new Map<string, Uint32Array>();
const KEPT_SIGNATURES = 50_000;

/**
 * Keeps the signature of a document just stored, from the text in hand: linking it then reads
 * no text back (a query per document of a batch). The stored clean text is this text.
 */
async function signStored(doc: ProcessedDocument): Promise<void> {
  if (SIGNATURES.has(doc.contentHash)) return;
  const { minhash } = await evidenceEngine();
  SIGNATURES.set(doc.contentHash, minhash(doc.cleanText));
}

/** The sources as documents for `findNearDuplicates`, with their signatures; reads only texts not yet signed. */
async function copySignatures(
  ctx: WriteContext,
  sources: { id: string; hash: string | null }[],
): Promise<DuplicateDoc[]> {
  const { minhash } = await evidenceEngine();
  const unsigned = sources.filter((s) => !s.hash || !SIGNATURES.has(s.hash)).map((s) => s.id);
  const texts = new Map<string, string>();
  for (let i = 0; i < unsigned.length; i += 500) {
    const rows = await ctx.q
      .select({ id: sourceTable.id, text: sourceTable.cleanText })
      .from(sourceTable)
      .where(inArray(sourceTable.id, unsigned.slice(i, i + 500)));
    for (const r of rows) texts.set(r.id, r.text ?? '');
  }
  if (SIGNATURES.size > KEPT_SIGNATURES) SIGNATURES.clear();
  return sources.map((s) => {
    const cached = s.hash ? SIGNATURES.get(s.hash) : undefined;
    const signature = cached ?? minhash(texts.get(s.id) ?? '');
    if (s.hash && !cached) SIGNATURES.set(s.hash, signature);
    return { id: s.id, text: '', signature };
  });
}
