// Optional invisible marks: a recipient tag spelt in zero-width characters after the
// first sentence of each paragraph. Extra bits only: they are FRAGILE (gone on retyping,
// plain-text filters, many editors and messengers) and anyone looking for them finds them.

const FRAME = '\u2060';
const ZERO = '\u200b';
const ONE = '\u200c';
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const MARK = /\u2060([\u200b\u200c]{32})\u2060/g;

/** Inserts the 32-bit tag (8 hex digits) after each paragraph's first sentence. Throws nothing. */
export function embedZeroWidth(text: string, tagHex: string): string {
  const bits = [...Buffer.from(tagHex, 'hex')].flatMap((byte) =>
    [7, 6, 5, 4, 3, 2, 1, 0].map((b) => (byte >> b) & 1),
  );
  const mark = FRAME + bits.map((bit) => (bit ? ONE : ZERO)).join('') + FRAME;
  return text
    .split(/(\n\s*\n)/)
    .map((part) => part.replace(/([.;:])(\s|$)/, `$1${mark}$2`))
    .join('');
}

/** The tags found (hex) and the text without any zero-width characters. Throws nothing. */
export function extractZeroWidth(text: string): { tags: string[]; clean: string } {
  const tags = [...text.matchAll(MARK)].map((m) => {
    const bits: number[] = [...m[1]!].map((c) => (c === ONE ? 1 : 0));
    const bytes = Array.from({ length: 4 }, (_, i) =>
      bits.slice(i * 8, i * 8 + 8).reduce((n, bit) => n * 2 + bit, 0),
    );
    return Buffer.from(bytes).toString('hex');
  });
  return { tags: [...new Set(tags)], clean: text.replace(INVISIBLE, '') };
}
