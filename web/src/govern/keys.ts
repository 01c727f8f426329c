// Signatory keys in the browser, with WebCrypto's Ed25519: generated here, the public half
// registered with the plan, the private half handed to its holder as a key file in the
// format `parley sign keygen` writes ({signatory, publicKey, privateKey} as hex), so the
// browser and the CLI read each other's files. Keys loaded or made in this tab stay in
// memory until the tab closes; nothing is stored.

export interface KeyFile {
  signatory: string;
  /** Raw 32-byte Ed25519 public key, hex. */
  publicKey: string;
  /** The 32-byte Ed25519 seed, hex. */
  privateKey: string;
}

// PKCS#8 wraps a raw Ed25519 seed behind this fixed DER prefix (RFC 8410).
const PKCS8_PREFIX = '302e020100300506032b657004220420';

/** WebCrypto, which browsers give only to secure pages (https, or localhost). */
function subtle(): SubtleCrypto {
  if (!globalThis.crypto?.subtle)
    throw new Error('signing in the browser needs a secure page: open Parley over https or on localhost');
  return crypto.subtle;
}

const toHex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Makes a fresh Ed25519 key pair for `signatory`. Throws when the browser lacks Ed25519. */
export async function generateKeyFile(signatory: string): Promise<KeyFile> {
  const webCrypto = subtle();
  let pair: CryptoKeyPair;
  try {
    pair = (await webCrypto.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  } catch {
    throw new Error('this browser cannot make Ed25519 keys; use `parley sign keygen` instead');
  }
  const publicKey = toHex(await webCrypto.exportKey('raw', pair.publicKey));
  const pkcs8 = toHex(await webCrypto.exportKey('pkcs8', pair.privateKey));
  return { signatory, publicKey, privateKey: pkcs8.slice(PKCS8_PREFIX.length) };
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Reads a key file's text. Throws an Error saying what is wrong with it. */
export function parseKeyFile(text: string): KeyFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('this is not a key file: it is not JSON');
  }
  const { signatory, publicKey, privateKey } = (value ?? {}) as Record<string, unknown>;
  if (typeof signatory !== 'string' || typeof publicKey !== 'string' || typeof privateKey !== 'string')
    throw new Error('a key file holds "signatory", "publicKey" and "privateKey"');
  if (!HEX64.test(publicKey) || !HEX64.test(privateKey))
    throw new Error('the keys in this file are not 64 hex digits each');
  return { signatory, publicKey, privateKey };
}

/** Signs the base64 `message` with the key file's private key; the signature as 128 hex digits. */
export async function signMessage(key: KeyFile, message: string): Promise<string> {
  const pkcs8 = fromHex(PKCS8_PREFIX + key.privateKey);
  const privateKey = await subtle().importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
  return toHex(await subtle().sign({ name: 'Ed25519' }, privateKey, fromBase64(message)));
}

/** Offers the key file as a download named after the signatory. */
export function downloadKeyFile(key: KeyFile): void {
  const blob = new Blob([`${JSON.stringify(key, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${key.signatory}-signing-key.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** Keys made or loaded in this tab, by signatory. */
export const keyring = new Map<string, KeyFile>();
