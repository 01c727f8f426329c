// From a list of sibling numbers as written ("Article 1", "Article 2"; "(a)", "(b)"; "1.1",
// "1.2") back to the Word list that would show them: a format, a pattern around the
// counter and a start value. Numbers no single list can show ("2bis" between "2" and "3",
// a gap) give none, and are written as typed text instead.
import { formatNumber, type NumFormat } from './docxNumbering.ts';

export interface NumberPattern {
  format: Exclude<NumFormat, 'bullet' | 'none'>;
  /** Text before and after the counter, e.g. "Article " and "", or "(" and ")". */
  prefix: string;
  suffix: string;
  start: number;
}

const TOKENS: Record<NumberPattern['format'], RegExp> = {
  decimal: /^(.*?)(\d+)([^A-Za-z0-9]*)$/,
  lowerRoman: /^(.*?(?:^|[^a-z]))([ivxlcdm]+)([^A-Za-z0-9]*)$/,
  upperRoman: /^(.*?(?:^|[^A-Z]))([IVXLCDM]+)([^A-Za-z0-9]*)$/,
  lowerLetter: /^(.*?(?:^|[^a-z]))([a-z])\2*([^A-Za-z0-9]*)$/,
  upperLetter: /^(.*?(?:^|[^A-Z]))([A-Z])\2*([^A-Za-z0-9]*)$/,
};

/**
 * The Word list pattern that shows exactly these numbers in order, or undefined. Where
 * several fit ("i" is a letter and a numeral) the one starting lowest wins: (i), (ii) are
 * roman, (c), (d) are letters. Throws nothing.
 */
export function patternOf(numbers: readonly string[]): NumberPattern | undefined {
  const first = numbers[0];
  if (first === undefined) return undefined;
  let best: NumberPattern | undefined;
  for (const format of Object.keys(TOKENS) as NumberPattern['format'][]) {
    const m = TOKENS[format].exec(first);
    if (!m) continue;
    const prefix = m[1] ?? '';
    const suffix = m[3] ?? '';
    const start = counterValue(first.slice(prefix.length, first.length - suffix.length), format);
    if (start === undefined || start < 1) continue;
    const fits = numbers.every((n, i) => n === `${prefix}${formatNumber(start + i, format)}${suffix}`);
    if (fits && (!best || start < best.start)) best = { format, prefix, suffix, start };
  }
  return best;
}

function counterValue(token: string, format: NumberPattern['format']): number | undefined {
  if (format === 'decimal') return Number(token);
  // Search the small range drafts use rather than invert each format.
  for (let v = 1; v <= 400; v++) if (formatNumber(v, format) === token) return v;
  return undefined;
}
