// Recognises the list numbering styles: "1." "1)" "(1)" "[3bis]" "3bis.", multi-level
// "1.1" / "1.1.2", letters "(a)" "a)" "A.", and roman "(i)" "ii." "IV.". A letter that is
// also a roman numeral yields both readings; the style stack picks one.
import { type Marker, makeMarker, SUFFIX } from './marker.ts';
import { letterValue, romanValue } from './numerals.ts';
import { numberKey } from './paths.ts';

const DOTTED_RE = new RegExp(String.raw`^(\d{1,3}(?:\.\d{1,3}){1,5})(${SUFFIX})([.:)]?)(?=\s|$)`, 'i');
const DECIMAL_RE = new RegExp(String.raw`^(\d{1,5})(${SUFFIX})([.)])(?=\s|$)`, 'i');
const PAREN_DECIMAL_RE = new RegExp(String.raw`^\((\d{1,5})(${SUFFIX})\)(?=\s|$)`, 'i');
const BRACKET_DECIMAL_RE = new RegExp(String.raw`^\[(\d{1,5})(${SUFFIX})\]\.?(?=\s|$)`, 'i');
const BARE_DECIMAL_RE = new RegExp(String.raw`^(\d{1,4})(${SUFFIX})(?=\s|$)`, 'i');
const PAREN_LETTERS_RE = /^\(([a-z]{1,6})\)(?=\s|$)/i;
const LETTERS_RE = /^([a-z]{1,6})([.)])(?=\s|$)/i;
// Without a closing dot, "1.1 Text" is a point but "2.5 million people" is prose.
const DOTTED_TEXT_START = /^\s+[\p{Lu}[("“‘'*_]/u;

/** The list markers a line may start with (two when "(i)" could be a letter or a numeral). */
export function readListMarkers(s: string, inHeading: boolean): Marker[] {
  const first = s[0] ?? '';
  if (first >= '0' && first <= '9') return readDigits(s, inHeading);
  if (first === '(' || first === '[') {
    const paren = PAREN_DECIMAL_RE.exec(s) ?? BRACKET_DECIMAL_RE.exec(s);
    if (paren) {
      const kind = paren[0].startsWith('(') ? '(decimal)' : 'decimal.';
      const written = paren[0].replace(/\.$/, '');
      return [plain(kind, written, paren[0], Number(paren[1]), s.slice(paren[0].length))];
    }
    const parenLetters = PAREN_LETTERS_RE.exec(s);
    if (!parenLetters) return [];
    return letterMarkers(parenLetters[1]!, '()', parenLetters[0], s.slice(parenLetters[0].length));
  }
  const letters = LETTERS_RE.exec(s);
  return letters ? letterMarkers(letters[1]!, letters[2]!, letters[0], s.slice(letters[0].length)) : [];
}

function readDigits(s: string, inHeading: boolean): Marker[] {
  const dotted = DOTTED_RE.exec(s);
  if (dotted) {
    const rest = s.slice(dotted[0].length);
    if (dotted[3] === '' && rest.trim() !== '' && !DOTTED_TEXT_START.test(rest)) return [];
    const written = `${dotted[1]}${dotted[2]}`;
    const parts = dotted[1]!.split('.');
    return [plain(`dotted${parts.length}`, written, dotted[0], Number(parts.at(-1)), rest)];
  }
  const decimal = DECIMAL_RE.exec(s);
  if (decimal) {
    const written = `${decimal[1]}${decimal[2]}`;
    return [
      plain(`decimal${decimal[3]}`, written, decimal[0], Number(decimal[1]), s.slice(decimal[0].length)),
    ];
  }
  const bare = inHeading ? BARE_DECIMAL_RE.exec(s) : null;
  return bare ? [plain('decimal', bare[0], bare[0], Number(bare[1]), s.slice(bare[0].length))] : [];
}

function plain(kind: string, written: string, raw: string, value: number, rest: string): Marker {
  return makeMarker(kind, written, raw, numberKey(written) ?? written, value, rest.trim(), true);
}

function letterMarkers(letters: string, shape: string, raw: string, rest: string): Marker[] {
  const lower = letters === letters.toLowerCase();
  if (!lower && letters !== letters.toUpperCase()) return [];
  const letterCase = lower ? 'lower' : 'upper';
  const written = shape === '()' ? raw : letters;
  const text = rest.trim();
  const out: Marker[] = [];
  const alpha = letterValue(letters);
  const roman = romanValue(letters, 100);
  // Doubled letters ("(aa)") only come in brackets, and "(ii)" is always a numeral.
  if (alpha !== undefined && (letters.length === 1 || (shape === '()' && roman === undefined))) {
    out.push(makeMarker(`alpha-${letterCase}${shape}`, written, raw, letters, alpha, text));
  }
  if (roman !== undefined)
    out.push(makeMarker(`roman-${letterCase}${shape}`, written, raw, letters, roman, text));
  return out;
}
