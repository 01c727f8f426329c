// Where a live client stands, as an opaque cursor. Changes are numbered by the audit log's
// seq, and a delegate sent the seqs of what it may hear could count what it was not sent
// (the gaps): how busy the others are. So the seq travels sealed (AES-256-GCM, a fresh
// nonce each time, a fixed-width plaintext), under a key derived from the fingerprint
// secret, which every server on one database shares (PARLEY_FINGERPRINT_SECRET).
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface CursorSeal {
  /** An opaque, unlinkable cursor for `seq`. Throws nothing. */
  seal(seq: number): string;
  /** The seq a cursor of ours holds, or undefined for anything else (forged, another key). Throws nothing. */
  open(cursor: string): number | undefined;
}

const NONCE = 12;
const TAG = 16;
const BODY = 8;

export function cursorSeal(secret: string): CursorSeal {
  const key = createHmac('sha256', secret).update('parley live cursor v1').digest();
  return {
    seal(seq) {
      const nonce = randomBytes(NONCE);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      const plain = Buffer.alloc(BODY);
      plain.writeBigInt64BE(BigInt(seq));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([nonce, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(cursor) {
      const bytes = Buffer.from(cursor, 'base64url');
      if (bytes.length !== NONCE + TAG + BODY) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE));
        decipher.setAuthTag(bytes.subarray(NONCE, NONCE + TAG));
        const plain = Buffer.concat([decipher.update(bytes.subarray(NONCE + TAG)), decipher.final()]);
        const seq = Number(plain.readBigInt64BE());
        return Number.isSafeInteger(seq) && seq >= -1 ? seq : undefined;
      } catch {
        return undefined; // not sealed by this key: the client resyncs
      }
    },
  };
}
