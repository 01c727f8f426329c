// Word's automatic list numbering, computed as Word shows it: numbering.xml defines abstract
// lists (per level: format, pattern like "Article %1" or "%1.%2", start value) and the
// instances paragraphs point to (w:num, which may restart a level with w:startOverride);
// styles.xml may attach numbering to a paragraph style ("Heading 1" numbered "Article %1").
// Pure: parts in, labels out.
import { type Element, wAttr, wChild, wChildren, wVal } from './xml.ts';

export type NumFormat =
  | 'decimal'
  | 'lowerLetter'
  | 'upperLetter'
  | 'lowerRoman'
  | 'upperRoman'
  | 'bullet'
  | 'none';

export interface Level {
  format: NumFormat;
  /** The pattern with %1…%9 for the counters of levels 1…9, e.g. "Article %1", "(%2)". */
  text: string;
  start: number;
  /** Shows every counter of the pattern in decimal (w:isLgl: "1.1" under "Article I"). */
  legal: boolean;
  /** The paragraph style this level is tied to, if any. */
  style?: string;
}

interface NumInstance {
  abstract: string;
  /** Per level: the start value this instance restarts the level at. */
  starts: Map<number, number>;
}

export interface Numbering {
  abstracts: Map<string, Level[]>;
  nums: Map<string, NumInstance>;
}

export interface StyleInfo {
  id: string;
  name: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  /** 0 for "heading 1", from the style name or w:outlineLvl. */
  outline?: number;
}

const FORMATS = new Set<NumFormat>([
  'decimal',
  'lowerLetter',
  'upperLetter',
  'lowerRoman',
  'upperRoman',
  'bullet',
  'none',
]);

/** Reads numbering.xml (absent: no automatic numbering). Throws nothing. */
export function readNumbering(root: Element | undefined): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!root) return numbering;
  for (const abs of wChildren(root, 'abstractNum')) {
    const id = wAttr(abs, 'abstractNumId');
    if (id === undefined) continue;
    const levels: Level[] = [];
    for (const lvl of wChildren(abs, 'lvl')) {
      const ilvl = Number(wAttr(lvl, 'ilvl') ?? 0);
      const raw = wVal(lvl, 'numFmt') ?? 'decimal';
      // Other formats (decimalZero, ordinal, Chinese counting…) are shown as plain decimals.
      const format: NumFormat = FORMATS.has(raw as NumFormat) ? (raw as NumFormat) : 'decimal';
      const style = wVal(lvl, 'pStyle');
      levels[ilvl] = {
        format,
        text: wVal(lvl, 'lvlText') ?? `%${ilvl + 1}.`,
        start: Number(wVal(lvl, 'start') ?? 1),
        legal: wChild(lvl, 'isLgl') !== undefined,
        ...(style ? { style } : {}),
      };
    }
    numbering.abstracts.set(id, levels);
  }
  for (const num of wChildren(root, 'num')) {
    const id = wAttr(num, 'numId');
    const abstract = wVal(num, 'abstractNumId');
    if (id === undefined || abstract === undefined) continue;
    const starts = new Map<number, number>();
    for (const override of wChildren(num, 'lvlOverride')) {
      const start = wVal(override, 'startOverride') ?? wVal(wChild(override, 'lvl'), 'start');
      if (start !== undefined) starts.set(Number(wAttr(override, 'ilvl') ?? 0), Number(start));
    }
    numbering.nums.set(id, { abstract, starts });
  }
  return numbering;
}

/** Reads the paragraph styles of styles.xml (absent: none). Throws nothing. */
export function readStyles(root: Element | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  if (!root) return styles;
  for (const style of wChildren(root, 'style')) {
    if (wAttr(style, 'type') !== 'paragraph') continue;
    const id = wAttr(style, 'styleId');
    if (!id) continue;
    const name = wVal(style, 'name') ?? id;
    const pPr = wChild(style, 'pPr');
    const numPr = wChild(pPr, 'numPr');
    const numId = wVal(numPr, 'numId');
    const ilvl = wVal(numPr, 'ilvl');
    const heading = /^heading\s*(\d)$/i.exec(name);
    const outline = wVal(pPr, 'outlineLvl');
    const basedOn = wVal(style, 'basedOn');
    styles.set(id, {
      id,
      name,
      ...(basedOn ? { basedOn } : {}),
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl: Number(ilvl) } : {}),
      ...(heading
        ? { outline: Number(heading[1]) - 1 }
        : outline !== undefined
          ? { outline: Number(outline) }
          : {}),
    });
  }
  return styles;
}

/** A paragraph's style's numbering, following `basedOn` (a style may inherit its list). */
export function styleNumbering(
  styles: Map<string, StyleInfo>,
  styleId: string | undefined,
): { numId: string; ilvl?: number } | undefined {
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const style = styles.get(id);
    if (style?.numId !== undefined)
      return { numId: style.numId, ...(style.ilvl !== undefined ? { ilvl: style.ilvl } : {}) };
  }
  return undefined;
}

/** The outline level a paragraph style gives (0 = Heading 1), following `basedOn`. */
export function styleOutline(
  styles: Map<string, StyleInfo>,
  styleId: string | undefined,
): number | undefined {
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const outline = styles.get(id)?.outline;
    if (outline !== undefined) return outline;
  }
  return undefined;
}

/** What a numbered paragraph shows: its label and the list level it sits at. */
export interface NumberedLabel {
  label: string;
  /** Identifies the list and level, for nesting: paragraphs of one key are siblings. */
  key: string;
  format: NumFormat;
}

/**
 * Counts paragraphs as Word does, one counter per abstract list and level: a number at a
 * level restarts every deeper level; an instance with a start override restarts its level
 * the first time it is used. Throws nothing; unknown ids give no label.
 */
export class NumberingCounter {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly overridden = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  /** The label of the next paragraph of instance `numId` at level `ilvl`, or undefined (none, bullet). */
  next(numId: string, ilvl: number | undefined, styleId?: string): NumberedLabel | undefined {
    if (numId === '0') return undefined;
    const num = this.numbering.nums.get(numId);
    const levels = num && this.numbering.abstracts.get(num.abstract);
    if (!num || !levels) return undefined;
    // A style-linked list names its level by the style when the paragraph does not.
    const level =
      ilvl ??
      Math.max(
        0,
        levels.findIndex((l) => l?.style !== undefined && l.style === styleId),
      );
    const def = levels[level];
    if (!def) return undefined;
    const counters = this.counters.get(num.abstract) ?? [];
    this.counters.set(num.abstract, counters);
    if (!this.overridden.has(numId)) {
      this.overridden.add(numId);
      for (const [at, start] of num.starts) {
        counters[at] = start - 1;
        counters.length = Math.min(counters.length, at + 1);
      }
    }
    counters[level] = (counters[level] ?? def.start - 1) + 1;
    counters.length = level + 1;
    if (def.format === 'bullet' || def.format === 'none') return undefined;
    const label = def.text.replace(/%([1-9])/g, (_, n: string) => {
      const at = Number(n) - 1;
      const shown = levels[at];
      const value = counters[at] ?? shown?.start ?? 1;
      return formatNumber(value, def.legal || !shown ? 'decimal' : shown.format);
    });
    return { label: label.trim(), key: `${num.abstract}/${level}`, format: def.format };
  }
}

/** A counter value in a list format: 4 → "4", "d", "D", "iv", "IV". Throws nothing. */
export function formatNumber(value: number, format: NumFormat): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperRoman':
      return roman(value);
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** Word's letters: a…z, then aa…zz, aaa… (the letter repeated, not spreadsheet columns). */
function letters(value: number): string {
  if (value < 1) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value < 1 || value > 3999) return String(value);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = value;
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}
