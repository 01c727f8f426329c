// Repairs mojibake: UTF-8 bytes that were decoded as Latin-1 or cp1252 ("â€™", "Ã©",
// "ÐÐ¾Ð»"). There is no ftfy port on npm that handles Cyrillic, so this is ours. A run is
// only re-decoded when it holds a well-formed UTF-8 sequence, so "café" stays as it is.

// cp1252 puts printable characters where Latin-1 has C1 controls (0x80–0x9F).
export const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const TO_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) TO_BYTE.set(String.fromCharCode(b), b);
for (let i = 0; i < CP1252.length; i++) TO_BYTE.set(CP1252[i]!, 0x80 + i);

const BYTE_CLASS = `\\u0080-\\u00FF${CP1252.replace(/[\u0080-\u00ff]/g, '')}`;
const RUN = new RegExp(`[${BYTE_CLASS}]+`, 'g');
// A lead byte followed by a continuation byte: the cheap test that skips sound text.
const SUSPECT = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u00ff]/g, '')}]`);

const LEAD = /[\u00C2-\u00F4]/;

const isCont = (b: number | undefined): b is number => b !== undefined && b >= 0x80 && b <= 0xbf;

function needed(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

function codePoint(bytes: number[]): number | undefined {
  const [b0, b1 = 0, b2 = 0, b3 = 0] = bytes;
  if (bytes.length === 2) return ((b0! & 0x1f) << 6) | (b1 & 0x3f);
  if (bytes.length === 3) {
    if ((b0 === 0xe0 && b1 < 0xa0) || (b0 === 0xed && b1 >= 0xa0)) return undefined;
    return ((b0! & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  }
  if ((b0 === 0xf0 && b1 < 0x90) || (b0 === 0xf4 && b1 >= 0x90)) return undefined;
  return ((b0! & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
}

interface RunResult {
  text: string;
  fixed: number;
}

/** Re-decodes one run of Latin-1/cp1252 characters as UTF-8 bytes, if it looks like mojibake. */
function repairRun(run: string): RunResult {
  // Without a lead byte nothing can be re-decoded: most runs are one accented letter or a dash.
  if (!LEAD.test(run)) return { text: run, fixed: 0 };
  const bytes = Array.from(run, (ch) => TO_BYTE.get(ch)!);
  let out = '';
  let fixed = 0;
  let orphans = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const n = needed(lead);
    let have = 0;
    while (have < n && isCont(bytes[i + 1 + have])) have++;
    const cp = n > 0 && have === n ? codePoint(bytes.slice(i, i + 1 + n)) : undefined;
    if (cp !== undefined) {
      out += String.fromCodePoint(cp);
      fixed++;
      i += 1 + n;
    } else if (lead === 0xe2 && have === 1) {
      // A scraper dropped one C1 byte of a punctuation mark: "â¦" was E2 80 A6 ("…").
      const c = bytes[i + 1]!;
      out += c === 0x80 ? '\u201D' : String.fromCodePoint(codePoint([0xe2, 0x80, c])!);
      fixed++;
      i += 2;
    } else if (n > 0 && have < n) {
      // A lead byte whose continuation was stripped: the letter is lost, mark it.
      out += '\uFFFD';
      orphans++;
      i += 1 + have;
    } else {
      out += run[i];
      i++;
    }
  }
  // One well-formed sequence is proof enough: sound Latin-1 text never contains one.
  if (fixed === 0) return { text: run, fixed: 0 };
  return { text: out, fixed: fixed + orphans };
}

/** Counts and repairs mojibake; sound text (accented words included) comes back unchanged. */
export function repairMojibakeCounted(text: string): RunResult {
  let current = text;
  let total = 0;
  // Twice-misdecoded text needs a second pass; a third never helps.
  for (let pass = 0; pass < 2 && SUSPECT.test(current); pass++) {
    let fixed = 0;
    current = current.replace(RUN, (run) => {
      const result = repairRun(run);
      fixed += result.fixed;
      return result.text;
    });
    if (fixed === 0) break;
    total += fixed;
  }
  return { text: current, fixed: total };
}

/** Repairs UTF-8 text that was read as Latin-1 or cp1252 (`â€™` → `’`, `Ð¾` → `о`). */
export function repairMojibake(text: string): string {
  return repairMojibakeCounted(text).text;
}
