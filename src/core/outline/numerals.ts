// Ordinal values of the numbering alphabets drafts use (roman, letters), so the parser
// can tell "(i)" the roman one from "(i)" the ninth letter, and spot sequence breaks.

const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Value of a canonical roman numeral ("iv", "XII"), or undefined ("iiii", "mix" > max). */
export function romanValue(written: string, max: number): number | undefined {
  const s = written.toLowerCase();
  if (s.length === 0 || s.length > 9) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const digit = ROMAN_DIGITS[s[i]!];
    if (digit === undefined) return undefined;
    const next = ROMAN_DIGITS[s[i + 1] ?? ''] ?? 0;
    total += digit < next ? -digit : digit;
  }
  // Only the canonical spelling counts, so "iiv" or "vv" are not numerals.
  return total > 0 && total <= max && toRoman(total) === s ? total : undefined;
}

function toRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

/** Ordinal of a letter label: a=1 … z=26, aa=27, bb=28 (the doubled style). */
export function letterValue(written: string): number | undefined {
  const s = written.toLowerCase();
  if (!/^[a-z]+$/.test(s)) return undefined;
  const first = s.charCodeAt(0) - 96;
  if (s.length === 1) return first;
  return [...s].every((c) => c === s[0]) ? (s.length - 1) * 26 + first : undefined;
}
