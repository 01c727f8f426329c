// Cleaning: from scraped text to the clean text every extraction points into. Repairs
// mojibake, lifts metadata (front matter, datelines, bylines, headline), drops navigation,
// captions, embeds and repeated paragraphs, and normalises whitespace and quotes.
import { bylineAuthor, classifyLine, looksLikeTitle, moreFromOutlet } from './boilerplate.ts';
import { findIsoDate, isDateline, splitFrontMatter } from './meta.ts';
import { repairMojibakeCounted } from './mojibake.ts';
import { normalizeParagraph, splitParagraphs } from './normalize.ts';
import type { CleanedDocument, DocumentMeta, Removed } from './types.ts';

const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+/i;
// How far down the page a headline, byline or dateline may sit and still be the header.
const HEADER_LINES = 8;

interface State {
  meta: DocumentMeta;
  removed: Removed[];
  kept: string[];
  seen: Set<string>;
  embedTail: number;
}

function drop(state: State, kind: Removed['kind'], text: string): void {
  state.removed.push({ kind, text });
}

function header(state: State, line: string, index: number): string | undefined {
  const { meta } = state;
  const prefix = DATE_PREFIX.exec(line);
  if (prefix) {
    meta.date ??= prefix[1];
    drop(state, 'header', prefix[0].trim());
    return line.slice(prefix[0].length);
  }
  if (isDateline(line)) {
    meta.date ??= findIsoDate(line);
    drop(state, 'header', line);
    return undefined;
  }
  const author = index < HEADER_LINES ? bylineAuthor(line) : undefined;
  if (author) {
    meta.author ??= author;
    drop(state, 'header', line);
    return undefined;
  }
  if (
    meta.title === line ||
    meta.title?.startsWith(`${line} `) ||
    (meta.title === undefined && state.kept.length === 0 && looksLikeTitle(line))
  ) {
    meta.title ??= line;
    drop(state, 'header', line);
    return undefined;
  }
  return line;
}

function keep(state: State, paragraph: string, index: number): void {
  const kind = classifyLine(paragraph);
  if (kind) {
    const outlet = kind === 'navigation' ? moreFromOutlet(paragraph) : undefined;
    if (outlet) state.meta.outlet ??= outlet;
    // Lines right after an embedded post are the rest of that post, often cut with "…".
    if (kind === 'embed') state.embedTail = 3;
    drop(state, kind, paragraph);
    return;
  }
  const line = index < HEADER_LINES || isDateline(paragraph) ? header(state, paragraph, index) : paragraph;
  if (line === undefined || line === '') return;
  const key = line.toLowerCase();
  if (state.seen.has(key) || (state.embedTail > 0 && /(?:…|\.\.\.)$/.test(line))) {
    drop(state, state.seen.has(key) ? 'duplicate' : 'embed', line);
    return;
  }
  if (state.embedTail > 0 && line.length >= 30 && state.kept.some((k) => k.includes(line))) {
    state.embedTail--;
    drop(state, 'embed', line);
    return;
  }
  state.embedTail = Math.max(0, state.embedTail - 1);
  state.seen.add(key);
  state.kept.push(line);
}

/** Cleans one decoded document; pure, never throws. `fileName` only names the document. */
export function cleanDocument(text: string, _fileName: string): CleanedDocument {
  const repaired = repairMojibakeCounted(text.replace(/\r\n?/g, '\n').normalize('NFC'));
  const state: State = { meta: {}, removed: [], kept: [], seen: new Set(), embedTail: 0 };
  let body = repaired.text;
  const front = splitFrontMatter(body);
  if (front) {
    Object.assign(state.meta, front.meta);
    drop(state, 'front-matter', front.block.trim());
    body = front.body;
  }
  splitParagraphs(body).forEach((paragraph, index) => {
    const normalized = normalizeParagraph(paragraph);
    if (normalized !== '') keep(state, normalized, index);
  });
  return {
    meta: state.meta,
    rawText: text,
    cleanText: state.kept.join('\n\n'),
    removed: state.removed,
    repairs: repaired.fixed,
  };
}
