// Which document some bytes are, from their first bytes alone: cheap enough for the CLI
// to ask of every file it imports without loading any reader.

export type DocumentFormat = 'docx' | 'pdf';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** "%PDF". */
export const looksLikePdf = (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46]);
/** A ZIP ("PK"): a .docx. */
export const looksLikeZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b]);
/** An OLE compound file: how Word stores a password-protected document (and the old .doc). */
export const looksLikeOle = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);

/** The document format of some bytes, or undefined when they are neither (text, presumably). */
export function documentFormat(bytes: Uint8Array): DocumentFormat | undefined {
  if (looksLikePdf(bytes)) return 'pdf';
  if (looksLikeZip(bytes) || looksLikeOle(bytes)) return 'docx';
  return undefined;
}
