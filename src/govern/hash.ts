// SHA-256 and hex helpers shared by the audit chain, signatures and checkpoints, so
// every module hashes bytes the same way (UTF-8 for strings, lowercase hex out).
import { createHash } from 'node:crypto';

/** SHA-256 over the concatenation of the parts; strings are UTF-8. Throws nothing. */
export function sha256(...parts: (Uint8Array | string)[]): Buffer {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/** SHA-256 as lowercase hex. Throws nothing. */
export function sha256Hex(...parts: (Uint8Array | string)[]): string {
  return sha256(...parts).toString('hex');
}

const HEX = /^(?:[0-9a-f]{2})*$/;

/** Parses lowercase hex of an exact byte length. Throws nothing; returns undefined when malformed. */
export function parseHex(text: string, bytes: number): Buffer | undefined {
  if (text.length !== bytes * 2 || !HEX.test(text)) return undefined;
  return Buffer.from(text, 'hex');
}
