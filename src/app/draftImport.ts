// Importing a draft from its text — one shape for the HTTP API, the CLI and the scenario
// loader: the text is parsed before the write's transaction opens (in the draft worker
// when long, draftWork.ts), then recorded as a draft dated today unless the input dates it.
import {
  type DocumentImport,
  type DraftImport,
  drafts,
  type ImportedDraft,
  type ParsedDraftInput,
} from '../contract/drafts.ts';
import { describeActor } from '../core/actor.ts';
import { type Amendment, amendmentText } from '../core/amendments.ts';
import { ParleyError } from '../core/errors.ts';
import type { ParsedDraft } from '../core/outline/index.ts';
import type { TrackedChange } from '../formats/trackedChanges.ts';
import { insertAmendment } from '../store/repo/amendments.ts';
import { authorize } from './access.ts';
import type { WriteContext } from './context.ts';
import { importDraft } from './drafts.ts';
import { parseDraftText } from './draftWork.ts';
import { draftFacts, provisionFacter } from './facts.ts';
import { resolveParty } from './lookup.ts';
import { implementPrepared } from './useCase.ts';

/** An import whose text is parsed: the input's other fields, the outline and the parser's summary. */
export type ParsedImport = {
  header: Omit<DraftImport, 'text' | 'fileName' | 'format'>;
  parsed: ParsedDraft;
  summary: string;
};

/** What a scenario says of its drafts beyond their text. */
export type DraftAnnotations = Pick<ParsedDraftInput, 'annotations' | 'derivedFrom' | 'title'>;

/** Parses the input's text, in the draft worker when long. Throws `parse_error` (details `{ line }`). */
export async function parseImport(input: DraftImport): Promise<ParsedImport> {
  const { text, fileName, format, ...header } = input;
  const { parsed, summary } = await parseDraftText(text, {
    ...(format ? { format } : {}),
    ...(fileName ? { fileName } : {}),
  });
  return { header, parsed, summary };
}

/**
 * Records a parsed import, dated today unless dated; a title the text gives wins over
 * `extra.title`. Throws what `importDraft` throws.
 */
export async function recordImport(
  ctx: WriteContext,
  { header, parsed, summary }: ParsedImport,
  extra: DraftAnnotations = {},
): Promise<ImportedDraft> {
  const draft = await importDraft(ctx, {
    ...extra,
    ...parsed,
    ...header,
    ...((parsed.title ?? extra.title) ? { title: parsed.title ?? extra.title } : {}),
    date: header.date ?? ctx.now.slice(0, 10),
  });
  return { draft, summary };
}

/**
 * Parses and records a draft's text inside a write already open (the scenario loader's).
 * Throws `parse_error`, and what `importDraft` throws.
 */
export async function importDraftText(
  ctx: WriteContext,
  input: DraftImport,
  extra: DraftAnnotations = {},
): Promise<ImportedDraft> {
  return recordImport(ctx, await parseImport(input), extra);
}

/** `drafts.import`: the text parsed before the transaction, the draft recorded in it. */
export const importDraftFromText = implementPrepared(drafts.import, parseImport, (ctx, parsed) =>
  recordImport(ctx, parsed),
);

/** A document's import, with the tracked changes to record as a party's amendments when asked. */
export type ParsedDocumentImport = ParsedImport & {
  tracked?: { party: string; file: string; changes: TrackedChange[] };
};

const trackedField = (message: string) =>
  new ParleyError('invalid_input', `trackedAsAmendments: ${message}`, {
    field: 'trackedAsAmendments',
    fields: [{ field: 'trackedAsAmendments', message }],
  });

/**
 * Reads a Word or PDF document into the JSON draft shape and parses that, so a document
 * ends in the same provisions and checks as a text. With `trackedAsAmendments` the draft
 * is the document's original view (tracked changes rejected) and the changes are kept to
 * record as amendments. Throws `invalid_input` (damaged, encrypted, not the format said;
 * tracked changes asked of a PDF, of a document without any, or of one whose provisions
 * are not all numbered by Word), `parse_error` (no numbered paragraph, a number twice).
 */
export async function parseDocumentImport(input: DocumentImport): Promise<ParsedDocumentImport> {
  const { document, format, fileName, trackedAsAmendments, ...header } = input;
  const name = fileName ?? `the ${format === 'pdf' ? 'PDF' : 'Word'} document`;
  if (trackedAsAmendments !== undefined && format !== 'docx') {
    throw trackedField(
      `${name} is not a Word (.docx) document, and only Word documents carry tracked changes; import it without --tracked-as-amendments`,
    );
  }
  // The document reader (and PDF.js behind it) loads only when a document is imported.
  const { readDocument } = await import('../formats/readDocument.ts');
  const bytes = Buffer.from(document, 'base64');
  const view = trackedAsAmendments !== undefined ? 'original' : 'accepted';
  const outline = await readDocument(bytes, format, name, view);
  const parsed = await parseImport({
    ...header,
    text: JSON.stringify(outline),
    format: 'json',
    ...(fileName ? { fileName } : {}),
  });
  if (trackedAsAmendments === undefined) return parsed;
  const { trackedChanges } = await import('../formats/trackedChanges.ts');
  const { changes, provisions } = trackedChanges(bytes, name);
  // Asked for amendments and given none is a mistake to say, not a silent plain import.
  if (changes.length === 0) {
    throw trackedField(
      `${name} has no tracked changes on its numbered provisions; import it without --tracked-as-amendments`,
    );
  }
  if (provisions !== parsed.parsed.provisions.length) {
    throw trackedField(
      `${name} numbers ${provisions} of its ${parsed.parsed.provisions.length} provisions with Word's automatic numbering; tracked changes are matched to provisions by it, so number every provision with a Word list (or accept the changes in Word and import without --tracked-as-amendments)`,
    );
  }
  return { ...parsed, tracked: { party: trackedAsAmendments, file: name, changes } };
}

/**
 * Records a document's import and, when asked, its tracked changes as the party's amendments
 * in the same write. The amendments are recorded unshared: the rule that staff record for a
 * party only on text the party holds cannot hold on a draft created in this very write, so
 * the narrower rule is that they are the party's own — its delegates see them once the draft
 * is circulated to it (the amendment policy already requires a provision the reader holds),
 * no other party ever does. Throws what `recordImport` throws, `not_found` (party).
 */
async function recordDocumentImport(
  ctx: WriteContext,
  prepared: ParsedDocumentImport,
): Promise<ImportedDraft> {
  const { tracked, ...parsed } = prepared;
  const imported = await recordImport(ctx, parsed);
  if (!tracked) return imported;
  // After the draft's own check, so a refused actor learns nothing of the parties; a throw undoes the draft.
  const party = await resolveParty(ctx.q, tracked.party);
  const { draft } = imported;
  const factsOf = await provisionFacter(ctx.q, await draftFacts(ctx.q, draft), draft.provisions);
  const author = describeActor(ctx.actor);
  const amendments: Amendment[] = [];
  for (const change of tracked.changes) {
    const provision = draft.provisions[change.index]!;
    authorize(ctx, 'create', {
      kind: 'amendment',
      id: 'new',
      party: party.id,
      shared: false,
      provision: factsOf(provision),
    });
    const by = change.authors.length > 0 ? ` by ${change.authors.join(', ')}` : '';
    const text = amendmentText(change.kind, change.text);
    const amendment: Amendment = {
      id: ctx.newId(),
      party: party.id,
      draft: draft.id,
      provision: provision.path,
      number: provision.number,
      lineage: provision.lineage,
      kind: change.kind,
      ...(text !== undefined ? { text } : {}),
      note: `tracked change in ${tracked.file}${by}`,
      shared: false,
      state: 'proposed',
      author,
      proposedAt: ctx.now,
    };
    await insertAmendment(ctx.q, amendment);
    await ctx.record('propose', 'amendment', amendment.id, amendment);
    amendments.push(amendment);
  }
  const count = `${amendments.length} tracked change${amendments.length === 1 ? '' : 's'}`;
  return {
    ...imported,
    summary: `${imported.summary}
${count} recorded as amendments of ${party.id}`,
    amendments,
  };
}

/** `drafts.importDocument`: the document read and parsed before the transaction, the draft (and amendments) recorded in it. */
export const importDraftFromDocument = implementPrepared(
  drafts.importDocument,
  parseDocumentImport,
  recordDocumentImport,
);
