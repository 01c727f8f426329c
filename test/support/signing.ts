// The signing set-ups several tests share: a signatory's key as a browser holds it, the
// lake draft v1 made ready for signing over HTTP (circulated to both principals, final,
// planned), and the harbour accord's home made ready for signing with the CLI.
import { webcrypto } from 'node:crypto';
import { expect } from 'vitest';
import { runCli } from './cli.ts';

export interface BrowserKey {
  /** Raw Ed25519 public key, hex. */
  publicKey: string;
  /** Ed25519 over `bytes`, hex. */
  sign(bytes: Uint8Array): Promise<string>;
  /** Ed25519 over the bytes of a base64 `message` (a challenge's, a payload's), hex. */
  signMessage(message: string): Promise<string>;
}

/** A signatory's key pair as a browser holds it: the private half never leaves WebCrypto. */
export async function browserKey(): Promise<BrowserKey> {
  const pair = (await webcrypto.subtle.generateKey('Ed25519', false, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const raw = await webcrypto.subtle.exportKey('raw', pair.publicKey);
  const sign = async (bytes: Uint8Array) =>
    Buffer.from(await webcrypto.subtle.sign('Ed25519', pair.privateKey, bytes)).toString('hex');
  return {
    publicKey: Buffer.from(raw).toString('hex'),
    sign,
    signMessage: (message) => sign(Buffer.from(message, 'base64')),
  };
}

type Answer = { statusCode: number; body: string; json(): unknown };
/** An HTTP call as the secretariat (the harness's `inject`, with its session). */
type AsSecretariat = (method: 'POST' | 'PUT', url: string, payload?: object) => Promise<Answer>;

/**
 * Circulates the lake draft v1 to north and south, makes it final and sets `plan` as the
 * secretariat, checking each step; returns the stored plan.
 */
export async function planLakeSigning(sec: AsSecretariat, plan: object): Promise<unknown> {
  for (const to of ['north', 'south']) {
    expect((await sec('POST', '/api/drafts/v1/circulations', { to })).statusCode).toBe(201);
  }
  const final = await sec('POST', '/api/drafts/v1/finalize');
  expect(final.json()).toMatchObject({ id: 'v1', state: 'final' });
  const planned = await sec('PUT', '/api/drafts/v1/signing', plan);
  expect(planned.statusCode, planned.body).toBe(200);
  return planned.json();
}

const PARTY_NAMES: Record<string, string> = { north: 'Northland', south: 'Southland' };

/**
 * A home on `home` holding the harbour accord's second text, final, with a signing plan
 * for `signatories` (in `order`, if given), made with the CLI in this process.
 */
export async function harbourReadyToSign(home: string, signatories: string[], order?: string): Promise<void> {
  for (const args of [
    ['init', '--title', 'Harbour Accord'],
    ...signatories.map((p) => ['party', 'add', p, '--name', PARTY_NAMES[p] ?? p, '--role', 'principal']),
    [
      'draft',
      'import',
      'examples/harbour/second.md',
      '--label',
      'Second text',
      '--id',
      'second-text',
      '--date',
      '2025-05-09',
    ],
    ['draft', 'finalize', 'second-text'],
    [
      'sign',
      'plan',
      'second-text',
      '--signatories',
      signatories.join(','),
      ...(order ? ['--order', order] : []),
    ],
  ]) {
    const r = await runCli(home, args);
    expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(0);
  }
}
