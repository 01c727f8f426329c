// A draft as a Word document with Word's own numbering: each run of sibling provisions is
// one Word list (a numbering definition whose level shows "Article %1", "(%1)", "1.%1"…
// and starts where the draft's numbers start), so Word renumbers it when a delegation
// inserts a point. Headings of Articles and Chapters are Word headings; other headings
// open their paragraph in bold — the two shapes the Word reader takes back.
import {
  AlignmentType,
  Document,
  type ILevelsOptions,
  type INumberingOptions,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { looksLikeHeading } from '../core/outline/headings.ts';
import { type NumberPattern, patternOf } from './numberPattern.ts';

/** What the writer needs of a draft. */
export interface WritableDraft {
  title?: string | undefined;
  label: string;
  author?: string | undefined;
  date: string;
  preamble: string;
  provisions: readonly {
    path: string;
    number: string;
    parent?: string | undefined;
    heading?: string | undefined;
    text: string;
  }[];
}

const HEADINGS = ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'] as const;
const KEYWORD = /^(Part|Chapter|Section|Article|Annex)\b/i;
/** Twips of indentation per level of the outline. */
const INDENT = 567;

type Provision = WritableDraft['provisions'][number];

/** The draft as .docx bytes. Throws nothing of its own. */
export async function writeDocx(draft: WritableDraft): Promise<Uint8Array> {
  const children = new Map<string | undefined, Provision[]>();
  const paths = new Set(draft.provisions.map((p) => p.path));
  for (const p of draft.provisions) {
    // A parent left out (a track the reader may not read) leaves its children at the top.
    const parent = p.parent !== undefined && paths.has(p.parent) ? p.parent : undefined;
    const siblings = children.get(parent) ?? [];
    siblings.push(p);
    children.set(parent, siblings);
  }
  const config: INumberingOptions['config'][number][] = [];
  const paragraphs: Paragraph[] = [
    new Paragraph({ style: 'Title', children: [new TextRun(draft.title ?? draft.label)] }),
    ...paragraphsOf(draft.preamble).map((text) => new Paragraph({ children: [new TextRun(text)] })),
  ];
  const visit = (parent: string | undefined, depth: number) => {
    const siblings = children.get(parent) ?? [];
    const pattern = patternOf(siblings.map((p) => p.number));
    const reference = `list-${config.length + 1}`;
    if (pattern) config.push({ reference, levels: [levelOf(pattern, depth)] });
    for (const p of siblings) {
      paragraphs.push(...provisionParagraphs(p, depth, pattern ? { reference, level: depth } : undefined));
      visit(p.path, depth + 1);
    }
  };
  visit(undefined, 0);
  const doc = new Document({
    title: draft.title ?? draft.label,
    description: draft.label,
    ...(draft.author ? { creator: draft.author, lastModifiedBy: draft.author } : {}),
    numbering: { config },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** One level of a list at `depth`: the draft's own prefix, counter and suffix. */
function levelOf(pattern: NumberPattern, depth: number): ILevelsOptions {
  // A bare counter ("1", "a") gets Word's usual full stop; the reader reads "1." back as "1".
  const suffix = pattern.prefix === '' && pattern.suffix === '' ? '.' : pattern.suffix;
  return {
    level: depth,
    format: pattern.format,
    text: `${pattern.prefix}%${depth + 1}${suffix}`,
    start: pattern.start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: INDENT * (depth + 1), hanging: INDENT } } },
  };
}

function provisionParagraphs(
  p: Provision,
  depth: number,
  numbering: { reference: string; level: number } | undefined,
): Paragraph[] {
  const [first = '', ...more] = paragraphsOf(p.text);
  // Without a list that can show it, the number is typed at the start of the paragraph.
  // "2bis" is typed "2bis." (as drafts write it); "(a)" and "Article 3" stand as they are.
  const written = `${p.number}${/^[0-9A-Za-z]+$/.test(p.number) && !KEYWORD.test(p.number) ? '.' : ''} `;
  // Bold with the heading after it, so the reader sees one bold lead: number and heading.
  const typed: ParagraphChild[] = numbering ? [] : [new TextRun({ text: written, bold: Boolean(p.heading) })];
  const indent = numbering ? {} : { indent: { left: INDENT * (depth + 1), hanging: INDENT } };
  const out: Paragraph[] = [];
  if (p.heading && KEYWORD.test(p.number) && looksLikeHeading(p.heading)) {
    out.push(
      new Paragraph({
        style: HEADINGS[Math.min(depth, HEADINGS.length - 1)],
        children: [...typed, new TextRun(p.heading)],
        ...(numbering ? { numbering } : {}),
      }),
    );
    if (first) out.push(new Paragraph({ children: [new TextRun(first)] }));
  } else {
    const heading = p.heading
      ? [new TextRun({ text: p.heading, bold: true }), ...(first ? [new TextRun(` ${first}`)] : [])]
      : [];
    out.push(
      new Paragraph({
        children: [...typed, ...(p.heading ? heading : [new TextRun(first)])],
        ...(numbering ? { numbering } : indent),
      }),
    );
  }
  for (const text of more)
    out.push(new Paragraph({ children: [new TextRun(text)], indent: { left: INDENT * (depth + 1) } }));
  return out;
}

/** A text's paragraphs: blank-line separated, single line breaks read as spaces. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((s) => s.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}
