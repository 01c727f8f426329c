// Reads a Word document's body into paragraphs as they read: each with the number Word
// shows for it (automatic numbering, docxNumbering.ts), its text, a bold lead, and its
// heading level. Tracked changes are read in one of two views: `accepted` (insertions
// kept, deletions dropped — the text as it stands once the changes are accepted, what
// an import takes by default) or `original` (the text before the changes).
import { looksLikeHeading } from '../core/outline/headings.ts';
import type { Block } from './documentOutline.ts';
import {
  NumberingCounter,
  readNumbering,
  readStyles,
  type StyleInfo,
  styleNumbering,
  styleOutline,
} from './docxNumbering.ts';
import { openDocx } from './docxPackage.ts';
import { type Element, parseXml, W, wAttr, wChild, wChildren, wFlag, wVal } from './xml.ts';

export type ChangeView = 'accepted' | 'original';

interface Run {
  text: string;
  bold: boolean;
}

interface Reader {
  counter: NumberingCounter;
  styles: Map<string, StyleInfo>;
  view: ChangeView;
  /** Paragraphs met so far, counted alike in both views (the paragraph's `at`). */
  paragraphs: number;
}

/** The body of a .docx as blocks, in reading order. Throws `invalid_input` (not a readable .docx). */
export function readDocx(bytes: Uint8Array, view: ChangeView = 'accepted', name?: string): Block[] {
  const parts = openDocx(bytes, name);
  const part = (path: string) => {
    const text = parts.get(path);
    return text === undefined ? undefined : parseXml(text, path);
  };
  const document = part('word/document.xml')!;
  const reader: Reader = {
    counter: new NumberingCounter(readNumbering(part('word/numbering.xml'))),
    styles: readStyles(part('word/styles.xml')),
    view,
    paragraphs: 0,
  };
  const body = wChild(document, 'body');
  return body ? readContainer(reader, body) : [];
}

/** Whether the document has tracked changes (insertions or deletions) anywhere in its body. */
export function hasTrackedChanges(bytes: Uint8Array): boolean {
  const xml = openDocx(bytes).get('word/document.xml') ?? '';
  return /<w:(ins|del)\b/.test(xml);
}

function readContainer(reader: Reader, container: Element): Block[] {
  const blocks: Block[] = [];
  for (const el of wChildren(container)) {
    if (el.localName === 'p') {
      const block = readParagraph(reader, el);
      if (block) blocks.push(block);
    } else if (el.localName === 'tbl') blocks.push(...readTable(reader, el));
    else if (el.localName === 'sdt') {
      const content = wChild(el, 'sdtContent');
      if (content) blocks.push(...readContainer(reader, content));
    }
  }
  return blocks;
}

function readParagraph(reader: Reader, p: Element): Block | undefined {
  const at = reader.paragraphs++;
  const pPr = wChild(p, 'pPr');
  const mark = wChild(pPr, 'rPr');
  // A paragraph inserted (or deleted) whole has its mark tracked; in the other view it is not there.
  const markChanged = reader.view === 'accepted' ? wChild(mark, 'del') : wChild(mark, 'ins');
  const runs = readRuns(reader, p);
  const text = runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (markChanged && text === '') return undefined;
  const styleId = wVal(pPr, 'pStyle');
  const numPr = wChild(pPr, 'numPr');
  const direct = numPr ? { numId: wVal(numPr, 'numId'), ilvl: wVal(numPr, 'ilvl') } : undefined;
  const inherited = styleNumbering(reader.styles, styleId);
  const numId = direct?.numId ?? inherited?.numId;
  const ilvlRaw = direct?.ilvl !== undefined ? Number(direct.ilvl) : inherited?.ilvl;
  const numbered = numId !== undefined ? reader.counter.next(numId, ilvlRaw, styleId) : undefined;
  if (text === '' && !numbered) return undefined;
  const outline = styleOutline(reader.styles, styleId) ?? outlineOf(pPr);
  const style = styleId ? reader.styles.get(styleId)?.name : undefined;
  return {
    text,
    ...(numbered ? { label: numbered.label, key: `word:${numbered.key}` } : {}),
    ...boldLead(runs, text),
    ...(outline !== undefined ? { outline } : {}),
    ...(style && /^title$/i.test(style) ? { title: true } : {}),
    at,
    ...authorsOf(p),
  };
}

/** The authors of the paragraph's tracked insertions and deletions, its mark's included. */
function authorsOf(p: Element): { authors?: string[] } {
  const authors = new Set<string>();
  for (const name of ['ins', 'del']) {
    const found = p.getElementsByTagNameNS(W, name);
    for (let i = 0; i < found.length; i++) {
      const author = wAttr(found.item(i) ?? undefined, 'author');
      if (author) authors.add(author);
    }
  }
  return authors.size > 0 ? { authors: [...authors] } : {};
}

function outlineOf(pPr: Element | undefined): number | undefined {
  const v = wVal(pPr, 'outlineLvl');
  return v === undefined || v === '9' ? undefined : Number(v);
}

/** The paragraph's runs in order, in the reader's view of tracked changes. */
function readRuns(reader: Reader, parent: Element, inserted = false, deleted = false): Run[] {
  const runs: Run[] = [];
  for (const el of wChildren(parent)) {
    switch (el.localName) {
      case 'r': {
        if ((reader.view === 'accepted' && deleted) || (reader.view === 'original' && inserted)) break;
        const bold = wFlag(wChild(el, 'rPr'), 'b');
        let text = '';
        for (const piece of wChildren(el)) {
          if (piece.localName === 't' || piece.localName === 'delText') text += piece.textContent ?? '';
          else if (piece.localName === 'tab' || piece.localName === 'br' || piece.localName === 'cr')
            text += ' ';
          else if (piece.localName === 'noBreakHyphen') text += '-';
        }
        if (text !== '') runs.push({ text, bold });
        break;
      }
      case 'ins':
        runs.push(...readRuns(reader, el, true, deleted));
        break;
      case 'del':
        runs.push(...readRuns(reader, el, inserted, true));
        break;
      // Containers whose runs are part of the text: links, fields, smart tags, content controls.
      case 'hyperlink':
      case 'fldSimple':
      case 'smartTag':
      case 'customXml':
        runs.push(...readRuns(reader, el, inserted, deleted));
        break;
      case 'sdt':
        runs.push(...readRuns(reader, wChild(el, 'sdtContent') ?? el, inserted, deleted));
        break;
      default:
        break;
    }
  }
  return runs;
}

/** A bold run opening a longer paragraph is its heading ("1. **Scope** This…"). */
function boldLead(runs: Run[], text: string): { lead?: string } {
  let lead = '';
  for (const run of runs) {
    if (!run.bold) break;
    lead += run.text;
  }
  const trimmed = lead.replace(/\s+/g, ' ').trim();
  // A paragraph bold throughout is a heading only if it reads like one.
  if (trimmed === '' || (trimmed.length >= text.length && !looksLikeHeading(trimmed))) return {};
  return { lead: trimmed };
}

/**
 * A table of provisions (a number column, then the text) gives one block per row;
 * any other table is read cell by cell, paragraph by paragraph.
 */
function readTable(reader: Reader, table: Element): Block[] {
  const blocks: Block[] = [];
  for (const row of wChildren(table, 'tr')) {
    const cells = wChildren(row, 'tc').map((cell) => readContainer(reader, cell));
    const [first, ...rest] = cells;
    const number = first?.length === 1 ? first[0]! : undefined;
    const restBlocks = rest.flat();
    if (number && restBlocks.length > 0 && isBareNumber(number)) {
      const [head, ...more] = restBlocks;
      blocks.push({
        ...number,
        label: number.label ?? number.text,
        text: head!.text,
        ...(head!.lead ? { lead: head!.lead } : {}),
        cell: true,
      });
      blocks.push(...more);
    } else blocks.push(...cells.flat());
  }
  return blocks;
}

/** A cell holding only a number: a Word-numbered empty paragraph, or typed "3." / "(a)" / "Article 3". */
function isBareNumber(block: Block): boolean {
  if (block.label) return block.text === '';
  return /^(?:\(?[0-9]{1,3}[a-z]?[.)]?|\(?[a-z]{1,4}\)|\(?[ivxlc]{1,6}[.)]|[IVXLC]{1,6}\.?|(?:Article|Art\.|Section|Chapter|Part)\s+[0-9IVXLC]+[a-z]*\.?)$/i.test(
    block.text,
  );
}
