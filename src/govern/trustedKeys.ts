// Pinning signers' keys: a signed bundle carries the public keys it is checked against, so
// on its own it proves only that whoever made it held those keys. A verifier who knows each
// party's real key (from the party, out of band) pins it, and any signature under another
// key is refused.
import { ParleyError } from '../core/errors.ts';
import { parseHex } from './hash.ts';
import { describeKey } from './keys.ts';
import type { BundleVerdict, SignedBundle } from './signing.ts';

/** Party id → raw Ed25519 public key, hex. */
export type TrustedKeys = ReadonlyMap<string, string>;

/**
 * Reads `{ "north": "<64 hex digits>", … }`. Throws `invalid_input` naming the first entry
 * that is not a public key, or when the file is not such an object.
 */
export function parseTrustedKeys(data: unknown, file: string): TrustedKeys {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ParleyError(
      'invalid_input',
      `${file}: expected an object of party id → public key, like {"north": "<64 hex digits>"}`,
      { file },
    );
  }
  const keys = new Map<string, string>();
  for (const [party, key] of Object.entries(data)) {
    if (typeof key !== 'string' || !parseHex(key, 32)) {
      throw new ParleyError(
        'invalid_input',
        `${file}: "${party}" is not a public key; give the 64 hex digits \`parley sign keygen\` prints`,
        { file, party },
      );
    }
    keys.set(party, key);
  }
  return keys;
}

/** Each signatory of the bundle's plan with its key's fingerprint, to compare out of band. Throws nothing. */
export function bundleKeys(bundle: SignedBundle): { signatory: string; fingerprint: string }[] {
  return bundle.plan.signatories.map((s) => ({ signatory: s.id, fingerprint: describeKey(s.publicKey) }));
}

/**
 * The verdict with every signature checked against the pinned keys: one made under
 * another key than its party's, or by a party with no pinned key, is a problem (and the
 * bundle not valid). Throws nothing.
 */
export function pinKeys(
  verdict: BundleVerdict,
  bundle: SignedBundle,
  trusted: TrustedKeys,
  file: string,
): BundleVerdict {
  const problems = [...verdict.problems];
  for (const [i, record] of bundle.signatures.entries()) {
    const label = `signature ${i + 1} (${record.signatory})`;
    const carried = bundle.plan.signatories.find((s) => s.id === record.signatory)?.publicKey ?? '';
    const pinned = trusted.get(record.signatory);
    if (pinned === undefined) problems.push(`${label}: ${file} pins no key for '${record.signatory}'`);
    else if (pinned !== carried)
      problems.push(
        `${label}: made under key ${describeKey(carried)}, but ${file} pins ${describeKey(pinned)} for '${record.signatory}'`,
      );
  }
  const valid = problems.length === 0;
  return { ...verdict, valid, complete: valid && verdict.missing.length === 0, problems };
}
