// Per-recipient codewords: one bit per variant slot from HMAC-SHA256 keyed with the
// secretariat's secret, so nobody without the secret can compute or forge a copy's marks.
import { createHmac } from 'node:crypto';

/** `length` bits for `recipient` (0 = master wording, 1 = the alternative). Throws nothing. */
export function codeword(recipient: string, secret: string | Uint8Array, length: number): number[] {
  const bits: number[] = [];
  for (let block = 0; bits.length < length; block++) {
    const bytes = createHmac('sha256', secret)
      .update(`parley-fingerprint/v1\u0000${recipient}\u0000${block}`)
      .digest();
    for (const byte of bytes) for (let b = 7; b >= 0; b--) bits.push((byte >> b) & 1);
  }
  return bits.slice(0, length);
}

/** A 32-bit tag for the optional zero-width marks. Throws nothing. */
export function zeroWidthTag(recipient: string, secret: string | Uint8Array): string {
  return createHmac('sha256', secret)
    .update(`parley-zero-width/v1\u0000${recipient}`)
    .digest()
    .subarray(0, 4)
    .toString('hex');
}

/** Number of positions where two codewords differ. Throws nothing. */
export function hammingDistance(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, bit, i) => sum + (bit === b[i] ? 0 : 1), 0);
}
