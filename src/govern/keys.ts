// Ed25519 keys as raw hex (32-byte seed, 32-byte public key) for checkpoints and
// signatures. Keys are derived from a caller-supplied seed so this module stays pure.
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { ParleyError } from '../core/errors.ts';
import { parseHex } from './hash.ts';

export interface KeyPair {
  /** 32-byte Ed25519 public key, lowercase hex. */
  publicKey: string;
  /** 32-byte Ed25519 seed, lowercase hex. Never leaves its holder. */
  privateKey: string;
}

// DER prefixes that wrap a raw 32-byte Ed25519 seed / public key (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** Derives a key pair from 32 random bytes (pass `randomBytes(32)`). Throws `invalid_input` for another length. */
export function keyPairFromSeed(seed: Uint8Array): KeyPair {
  if (seed.length !== 32)
    throw new ParleyError('invalid_input', `an Ed25519 seed is 32 bytes, got ${seed.length}`);
  const privateKey = Buffer.from(seed).toString('hex');
  const spki = createPublicKey(privateKeyObject(privateKey)).export({ format: 'der', type: 'spki' });
  return { publicKey: spki.subarray(SPKI_PREFIX.length).toString('hex'), privateKey };
}

/** Ed25519 signature over bytes, as hex. Throws `invalid_input` when the private key is not 64 hex digits. */
export function signBytes(privateKey: string, data: Uint8Array): string {
  return sign(null, data, privateKeyObject(privateKey)).toString('hex');
}

/** True when `signature` is a valid Ed25519 signature by `publicKey`. Throws nothing: malformed input is false. */
export function verifyBytes(publicKey: string, data: Uint8Array, signature: string): boolean {
  const key = parseHex(publicKey, 32);
  const sig = parseHex(signature, 64);
  if (!key || !sig) return false;
  try {
    const object = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, key]), format: 'der', type: 'spki' });
    return verify(null, data, object, sig);
  } catch {
    // A 32-byte string that is not a curve point is simply not a valid signer.
    return false;
  }
}

function privateKeyObject(privateKey: string): KeyObject {
  const seed = parseHex(privateKey, 32);
  if (!seed)
    throw new ParleyError(
      'invalid_input',
      'a private key is 64 lowercase hex digits (a 32-byte Ed25519 seed)',
    );
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/**
 * A short, stable name for a public key, for people to compare out of band (read aloud,
 * on paper): the first 128 bits of SHA-256 over the raw 32-byte key, in groups of four
 * hex digits ("9f86:d081:…"). Throws `invalid_input` when the key is not 64 hex digits.
 */
export function keyFingerprint(publicKey: string): string {
  const key = parseHex(publicKey, 32);
  if (!key) throw new ParleyError('invalid_input', 'a public key is 64 lowercase hex digits (Ed25519)');
  const hex = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return hex.match(/.{4}/g)!.join(':');
}

/** `keyFingerprint`, or "(not a valid key)" for a malformed one, for documents that must still render. Throws nothing. */
export function describeKey(publicKey: string): string {
  return parseHex(publicKey, 32) ? keyFingerprint(publicKey) : '(not a valid key)';
}
