// Proof of possession for a signing key: before a party's key is registered, the key
// signs a server challenge that names the party, the key, the plan and the challenge's
// end, so a key nobody holds, or someone else's key, is never registered.
import { canonicalJson } from './canonicalJson.ts';

export interface KeyChallengeFacts {
  /** Random and single-use: the server forgets it once answered. */
  id: string;
  signatory: string;
  publicKey: string;
  /** The one draft whose plan the key is for; null for every plan waiting for it. */
  draft: string | null;
  expiresAt: string;
}

/** The exact bytes the key must sign to prove it is held. Throws nothing. */
export function keyProofBytes(challenge: KeyChallengeFacts): Buffer {
  const { id, signatory, publicKey, draft, expiresAt } = challenge;
  return Buffer.from(
    canonicalJson({ type: 'parley-key-proof/v1', challenge: id, signatory, publicKey, draft, expiresAt }),
    'utf8',
  );
}
