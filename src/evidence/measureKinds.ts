// Two kinds of distance: the width of a band ("15 kilometres on either side of the line", "a
// 30-kilometre-wide zone") and the length of a line ("the railway's total length 64 kilometers",
// "a 58-kilometre line"). A width and a length are two measures, however each text names its thing.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

export type MeasureKind = 'width' | 'length';

const DISTANCE = new Set(['km', 'mile', 'nmi', 'nm', 'm', 'metre', 'meter']);
// Said right after the figure: "-wide", "on either side", "each side of the line".
const WIDTH_AFTER = /^[\s-]*(?:wide\b|in width\b|(?:on |to )?(?:either|each|both) sides?\b|deep\b)/i;
// The band itself, named just before ("a zone extending 15 kilometres") or right after.
const BAND = /\b(?:zone|buffer|strip|corridor|band|width)\b/i;
const LENGTH = /\b(?:length|long|railway|rail|road|line|track|route|pipeline|canal)\b/i;
// A stretch of a line inside a band is a length: "11 kilometers in the buffer zone".
const INSIDE_BAND =
  /^\s*(?:in|inside|within|through|across)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:zone|strip|corridor|area)\b/iu;
const AFTER_WORDS = /^[\s-]*((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)/u;

const kindRead = oncePerFigure(kindOf);

/** Whether a distance measures a band's width or a line's length, when its words say one only. */
export function measureKind(text: string, q: Quantity): MeasureKind | undefined {
  return DISTANCE.has(q.unit) ? kindRead(text, q) : undefined;
}

function kindOf(text: string, q: Quantity): MeasureKind | undefined {
  const after = text.slice(q.index + q.text.length, q.index + q.text.length + 30);
  const before = text.slice(Math.max(0, q.index - 30), q.index);
  const next = AFTER_WORDS.exec(after)?.[1] ?? '';
  if (INSIDE_BAND.test(after)) return 'length';
  const width = q.rate === 'side' || WIDTH_AFTER.test(after) || BAND.test(before) || BAND.test(next);
  const length = /^[\s-]*long\b/i.test(after) || LENGTH.test(before) || LENGTH.test(next);
  return width === length ? undefined : width ? 'width' : 'length';
}

/** Whether two distances are of two kinds: a band's width and a line's length. */
export function widthAndLength(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [kx, ky] = [measureKind(ta, x), measureKind(tb, y)];
  return kx !== undefined && ky !== undefined && kx !== ky;
}
