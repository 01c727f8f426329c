// Password hashing with scrypt (node:crypto), stored as `scrypt$N$r$p$salt$hash` (base64)
// so the cost can be raised later without breaking stored hashes. The salt is passed in.
import { scryptSync, timingSafeEqual } from 'node:crypto';

const COST = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** Hashes a password with the given random salt (16 bytes or more). Throws nothing. */
export function hashPassword(password: string, salt: Uint8Array): string {
  const { N, r, p } = COST;
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p });
  return ['scrypt', N, r, p, Buffer.from(salt).toString('base64'), key.toString('base64')].join('$');
}

/** True when the password matches the stored hash. Throws nothing: a malformed hash is false. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  try {
    const key = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
      N: Number(n),
      r: Number(r),
      p: Number(p),
    });
    return timingSafeEqual(key, expected);
  } catch {
    return false;
  }
}
