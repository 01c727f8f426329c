// Text for the PDF standard fonts (Helvetica, Times, Courier), which draw only the
// Windows-1252 ("WinAnsi") characters: anything else is transliterated (Cyrillic, Greek,
// letters with other diacritics) or replaced by '?', so a name like Erdoğan or Зеленський
// never stops a copy from rendering. Words in English are untouched, so the fingerprint
// wording survives; and the wrapping below never hyphenates, so no word is split.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ё: 'io',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** Letters and signs that neither decompose nor transliterate by script. */
const OTHERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ŋ: 'ng',
  ſ: 's',
  ŧ: 't',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2192': '->',
  '\u2190': '<-',
};

/** Transliteration of one lowercase-or-uppercase letter from a script table. */
function byScript(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  const latin = CYRILLIC[lower] ?? GREEK[lower];
  if (latin === undefined) return undefined;
  return ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
}

/**
 * `text` with every character outside `charset` (the font's code points) replaced:
 * spaces of any kind become ' ', invisible format characters (zero-width marks) and
 * control characters vanish, letters are transliterated or stripped of their accents,
 * and whatever is left becomes '?'. Line breaks are kept. Throws nothing.
 */
export function toFontText(text: string, charset: ReadonlySet<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    out += charFor(ch, charset);
  }
  return out;
}

function charFor(ch: string, charset: ReadonlySet<number>): string {
  if (ch === '\n') return ch;
  if (/[\t\p{Zs}]/u.test(ch)) return ' ';
  if (/[\p{Cc}\p{Cf}]/u.test(ch)) return '';
  if (charset.has(ch.codePointAt(0)!)) return ch;
  // Letters with a diacritic the encoding lacks (ğ, ş, ț, ή): the base letter, or its transliteration.
  const base = [...ch.normalize('NFD')].filter((c) => !/\p{M}/u.test(c)).join('');
  for (const candidate of new Set([ch, base])) {
    const mapped = OTHERS[candidate] ?? byScript(candidate);
    if (mapped !== undefined) return mapped;
  }
  if (base && [...base].every((c) => charset.has(c.codePointAt(0)!))) return base;
  return '?';
}

/**
 * Breaks `text` into lines no wider than `width` (as `measure` says), at spaces; a word
 * wider than a line (a hash, a signature) is cut between characters. Each '\n' starts a
 * new line. Widths are added word by word (kerning across a space is ignored, which only
 * errs on the narrow side), so long documents wrap in linear time. Throws nothing.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  for (const hard of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of hard.split(' ').filter(Boolean)) {
      const w = measure(word);
      if (line && used + space + w <= width) {
        line += ` ${word}`;
        used += space + w;
        continue;
      }
      if (line) lines.push(line);
      [line, used] = [word, w];
      while (used > width) {
        let cut = line.length - 1;
        while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
        used = measure(line);
      }
    }
    lines.push(line);
  }
  return lines;
}
