// A comparison as a Word document with tracked changes: what the newer draft added is a
// w:ins, what it removed a w:del, each by the newer draft's author party and dated, so a
// delegation can accept or reject each change in Word. Accepting them all gives the newer
// draft's text; rejecting them all, the older one's.
import {
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { CompareResult, ProvisionView } from '../compare/compare.ts';
import { rowsOf } from '../compare/render/rows.ts';
import type { RedlineSegment } from '../compare/types.ts';

export interface RedlineMeta {
  title: string;
  /** Who made the changes: the newer draft's author party. */
  author: string;
  /** When (ISO date or date-time): the newer draft's date. */
  date: string;
}

const INDENT = 567;

/** The redline as .docx bytes. Throws nothing of its own. */
export async function writeRedlineDocx(result: CompareResult, meta: RedlineMeta): Promise<Uint8Array> {
  const date = meta.date.length === 10 ? `${meta.date}T00:00:00Z` : meta.date;
  let id = 0;
  const change = (kind: 'ins' | 'del', text: string): ParagraphChild => {
    id += 1;
    const options = { id, author: meta.author, date, text: flat(text) };
    return kind === 'ins' ? new InsertedTextRun(options) : new DeletedTextRun(options);
  };
  const paragraphs: Paragraph[] = [new Paragraph({ style: 'Title', children: [new TextRun(meta.title)] })];
  for (const row of rowsOf(result)) {
    const before = row.from[0];
    const after = row.to[0];
    const children: ParagraphChild[] = [];
    // The number as each draft writes it; a renumbering is itself a change.
    const oldNumber = before ? typed(before) : '';
    const newNumber = after ? typed(after) : '';
    if (oldNumber === newNumber) children.push(new TextRun(newNumber));
    else {
      if (oldNumber) children.push(change('del', oldNumber));
      if (newNumber) children.push(change('ins', newNumber));
    }
    if (row.kind === 'added') children.push(change('ins', own(row.to)));
    else if (row.kind === 'deleted') children.push(change('del', own(row.from)));
    else {
      for (const seg of hugWords(row.segments ?? [])) {
        if (seg.kind === 'equal') children.push(new TextRun(flat(seg.text)));
        else if (seg.kind === 'insert' || seg.kind === 'move-to') children.push(change('ins', seg.text));
        else children.push(change('del', seg.text));
      }
    }
    paragraphs.push(new Paragraph({ children, indent: { left: INDENT * row.depth } }));
  }
  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    // Word opens it with the changes shown and tracking on, as a redline is meant to be read.
    features: { trackRevisions: true },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** "3" is written "3. ", "(a)" as it is, "Article 3" with a dash before its heading. */
function typed(p: ProvisionView): string {
  if (/^[0-9A-Za-z]+$/.test(p.number)) return `${p.number}. `;
  return /^[A-Za-z]{3,}\.?\s/.test(p.number) ? `${p.number} — ` : `${p.number} `;
}

/** A provision's heading and text, as the redline compares them. */
function own(views: ProvisionView[]): string {
  return views.map((p) => [p.heading, p.text].filter(Boolean).join(' ')).join(' ');
}

/** Word paragraphs hold no line breaks here: a new line reads as a space. */
const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/**
 * "river␣" + ins "fairly" + "." reads "river ." once the insertion is rejected: a change
 * between a space and punctuation takes the space with it ("river" + ins "␣fairly" + "."),
 * so accepting and rejecting both leave the spacing right.
 */
function hugWords(segments: readonly RedlineSegment[]): RedlineSegment[] {
  const out = segments.map((s) => ({ ...s }));
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const seg = out[i]!;
    const next = out[i + 1];
    if (prev.kind !== 'equal' || seg.kind === 'equal') continue;
    const space = /\s+$/.exec(prev.text)?.[0];
    if (!space || /^\s|\s$/.test(seg.text)) continue;
    if (next && (next.kind !== 'equal' || !/^[^\s\w]/.test(next.text))) continue;
    prev.text = prev.text.slice(0, -space.length);
    seg.text = `${space}${seg.text}`;
  }
  return out;
}
