// Collects a text draft line by line into a preamble and provisions: paragraphs, own-line
// headings, continuation text, and the duplicate check that makes a draft ambiguous.
import { carriesHeading, cleanHeading, looksLikeHeading, splitMarkerLine } from './headings.ts';
import type { LineView, Marker } from './marker.ts';
import { failAtLine } from './parseError.ts';
import type { PlaceContext, Placement } from './styleStack.ts';
import type { ParsedDraft, ParsedProvision } from './types.ts';

interface Paragraph {
  lines: string[];
  /** An unnumbered Markdown heading line. */
  heading: boolean;
}

interface OpenProvision {
  provision: ParsedProvision;
  marker: Marker;
  paragraphs: Paragraph[];
  /** "Article 3" alone on its line: a short line right after it is its heading. */
  wantsHeading: boolean;
}

export class DraftBuilder {
  private readonly preamble: Paragraph[] = [];
  private readonly provisions: OpenProvision[] = [];
  private readonly firstAt = new Map<string, { line: number; raw: string }>();
  private paragraph: Paragraph | undefined;
  private leadIn = false;

  /** What the text so far says about a marker on the next line (see PlaceContext). */
  get context(): PlaceContext {
    const last = this.provisions.at(-1)?.paragraphs.at(-1)?.lines.at(-1) ?? '';
    return {
      midParagraph: this.paragraph !== undefined,
      afterLeadIn: this.leadIn,
      introducesList: last.endsWith(':'),
    };
  }

  /** Throws `parse_error` when the path is already taken (a duplicated number). */
  startProvision(placement: Placement, view: LineView): void {
    const { marker, path, parent } = placement;
    const first = this.firstAt.get(path);
    if (first) {
      const where = parent === undefined ? '' : ` under ${parent}`;
      const fix =
        /^\d/.test(marker.key) || marker.kind.startsWith('kw:')
          ? ` or mark it as "${marker.written}bis"`
          : '';
      failAtLine(
        view.line,
        `point "${marker.raw}"${where} appears twice (first at line ${first.line}); renumber one of them${fix}`,
        { path, firstLine: first.line },
      );
    }
    this.firstAt.set(path, { line: view.line, raw: marker.raw });
    this.leadIn = false;
    const { heading, text } = splitMarkerLine(marker, view.headingDepth !== undefined);
    const provision: ParsedProvision = { path, number: marker.written, text: '', line: view.line };
    if (parent !== undefined) provision.parent = parent;
    if (heading !== undefined) provision.heading = heading;
    this.paragraph = text === '' ? undefined : { lines: [text], heading: false };
    const wantsHeading = heading === undefined && text === '' && carriesHeading(marker);
    this.provisions.push({
      provision,
      marker,
      paragraphs: this.paragraph ? [this.paragraph] : [],
      wantsHeading,
    });
  }

  /** A line that is not a point: continues the open paragraph or starts one. */
  addText(view: LineView): void {
    const target = this.provisions.at(-1)?.paragraphs ?? this.preamble;
    if (view.headingDepth !== undefined) {
      target.push({ lines: [cleanHeading(view.content)], heading: true });
      this.leadIn = true;
      this.paragraph = undefined;
      return;
    }
    const line = view.bullet ? `- ${view.content}` : view.content.trim();
    if (this.paragraph === undefined || view.bullet) {
      this.leadIn = true;
      this.paragraph = { lines: [line], heading: false };
      target.push(this.paragraph);
    } else {
      this.paragraph.lines.push(line);
    }
  }

  endParagraph(): void {
    this.paragraph = undefined;
  }

  /** Throws `parse_error` when no numbered point was found. */
  finish(frontMatterTitle: string | undefined, firstLine: number): ParsedDraft {
    if (this.provisions.length === 0) {
      failAtLine(
        firstLine,
        'no numbered points found; number each provision like "1.", "(a)", "Point 1:" or "Article 1"',
      );
    }
    const provisions = this.provisions.map(finishProvision);
    const preamble = [...this.preamble];
    let title = frontMatterTitle;
    const first = preamble[0];
    if (title === undefined && first && (first.heading || isTitleLine(first))) {
      title = first.lines[0]!;
      preamble.shift();
    }
    const draft: ParsedDraft = { preamble: joinParagraphs(preamble), provisions };
    if (title !== undefined) draft.title = title;
    return draft;
  }
}

function isTitleLine(p: Paragraph): boolean {
  return p.lines.length === 1 && p.lines[0]!.length <= 120 && !/[.;:,]$/.test(p.lines[0]!);
}

function finishProvision(open: OpenProvision): ParsedProvision {
  const paragraphs = [...open.paragraphs];
  const first = paragraphs[0];
  if (
    open.wantsHeading &&
    first &&
    (first.heading || (first.lines.length === 1 && looksLikeHeading(first.lines[0]!)))
  ) {
    open.provision.heading = cleanHeading(first.lines[0]!);
    paragraphs.shift();
  }
  open.provision.text = joinParagraphs(paragraphs);
  return open.provision;
}

function joinParagraphs(paragraphs: Paragraph[]): string {
  return paragraphs
    .map((p) => p.lines.join(' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}
