import { describe, expect, it } from 'vitest';
import { renderCertificate } from '../../src/govern/certificate.ts';
import { canonicalDraft, draftHash } from '../../src/govern/draftHash.ts';
import { signBytes } from '../../src/govern/keys.ts';
import {
  acceptSignature,
  type SignedBundle,
  type SigningState,
  sign,
  signatureBytes,
  signatureTurn,
  verifyBundle,
} from '../../src/govern/signing.ts';
import { makePlan, parseOrder, type SigningPlan, signatoryKeys } from '../../src/govern/signingPlan.ts';
import { accord } from '../fixtures/govern/draft.ts';

const seed = (n: number) => Buffer.alloc(32, n);
const ukraine = signatoryKeys('ukraine', 'President of Ukraine', seed(1));
const us = signatoryKeys('us', 'President of the United States', seed(2));
const russia = signatoryKeys('russia', 'President of the Russian Federation', seed(3));
const hash = draftHash(accord);
const plan: SigningPlan = makePlan(hash, [ukraine, us, russia], parseOrder('ukraine and us before russia'));
const empty: SigningState = { signatures: [] };

function signAll(): SigningState {
  let state = sign(plan, empty, 'us', us.privateKey, hash, '2025-11-27T09:00:00Z');
  state = sign(plan, state, 'ukraine', ukraine.privateKey, hash, '2025-11-27T09:30:00Z');
  return sign(plan, state, 'russia', russia.privateKey, hash, '2025-11-28T15:00:00Z');
}

describe('canonical draft hash', () => {
  it('is the same for NFD and NFC text and for CRLF and LF line ends', () => {
    const nfd = { ...accord, preamble: `${accord.preamble}\r\nCafe\u0301 clause.` };
    const nfc = { ...accord, preamble: `${accord.preamble}\nCaf\u00e9 clause.` };
    expect(draftHash(nfd)).toBe(draftHash(nfc));
  });

  it('changes with one character, a heading, a number or the order of provisions', () => {
    const [p1, p2, ...rest] = accord.provisions;
    expect(draftHash({ ...accord, preamble: `${accord.preamble} ` })).not.toBe(hash);
    expect(draftHash({ ...accord, provisions: [{ ...p1!, heading: 'Truce' }, p2!, ...rest] })).not.toBe(hash);
    expect(draftHash({ ...accord, provisions: [{ ...p1!, number: '1.' }, p2!, ...rest] })).not.toBe(hash);
    expect(draftHash({ ...accord, provisions: [p2!, p1!, ...rest] })).not.toBe(hash);
  });

  it('cannot be confused by separators inside the text', () => {
    const a = { preamble: 'x', provisions: [{ path: '1', number: '1', text: 'a","text":"b' }] };
    const b = {
      preamble: 'x',
      provisions: [
        { path: '1', number: '1', text: 'a' },
        { path: '1', number: '1', text: 'b' },
      ],
    };
    expect(canonicalDraft(a)).not.toBe(canonicalDraft(b));
  });
});

describe('signing plans', () => {
  it('reads "a and b before c" as two order constraints', () => {
    expect(parseOrder('ukraine and us before russia')).toEqual([
      ['ukraine', 'russia'],
      ['us', 'russia'],
    ]);
    expect(parseOrder('a before b before c')).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });

  it('refuses a cycle, naming it', () => {
    expect(() =>
      makePlan(
        hash,
        [ukraine, us, russia],
        parseOrder('ukraine before us; us before russia; russia before ukraine'),
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: expect.stringContaining('ukraine before us before russia before ukraine'),
      }),
    );
  });

  it('refuses an order naming someone who does not sign, and a signatory listed twice', () => {
    expect(() => makePlan(hash, [ukraine, us], [['eu', 'us']])).toThrow(
      expect.objectContaining({ code: 'broken_reference' }),
    );
    expect(() => makePlan(hash, [ukraine, ukraine], [])).toThrow(
      expect.objectContaining({ code: 'duplicate' }),
    );
  });
});

describe('signing', () => {
  it('refuses out-of-order signing, saying whom to wait for', () => {
    const afterUs = sign(plan, empty, 'us', us.privateKey, hash, '2025-11-27T09:00:00Z');
    expect(() => sign(plan, afterUs, 'russia', russia.privateKey, hash, '2025-11-27T10:00:00Z')).toThrow(
      expect.objectContaining({ code: 'conflict', message: "'russia' must wait until ukraine has signed" }),
    );
  });

  it('refuses to sign a text that changed since the plan was made', () => {
    const changed = draftHash({ ...accord, preamble: 'The Parties agree as follows.' });
    expect(() => sign(plan, empty, 'ukraine', ukraine.privateKey, changed, '2025-11-27T09:00:00Z')).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('the text changed') }),
    );
  });

  it("refuses someone else's key, a second signature and a stranger", () => {
    expect(() => sign(plan, empty, 'ukraine', us.privateKey, hash, '2025-11-27T09:00:00Z')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    const once = sign(plan, empty, 'ukraine', ukraine.privateKey, hash, '2025-11-27T09:00:00Z');
    expect(() => sign(plan, once, 'ukraine', ukraine.privateKey, hash, '2025-11-27T09:05:00Z')).toThrow(
      expect.objectContaining({ code: 'duplicate' }),
    );
    expect(() => sign(plan, empty, 'eu', ukraine.privateKey, hash, '2025-11-27T09:00:00Z')).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

describe('signatures made elsewhere (a browser holding the key)', () => {
  /** What a browser does with the payload: Ed25519 over the exact bytes, nothing else. */
  const signedElsewhere = (state: SigningState, who: string, privateKey: string, at: string) =>
    signBytes(privateKey, signatureBytes(signatureTurn(plan, state, who, hash, at).unsigned));

  it('accepts them exactly as if signed here: same record, and the bundle verifies', () => {
    const at = '2025-11-27T09:00:00Z';
    const external = acceptSignature(
      plan,
      empty,
      'us',
      hash,
      at,
      signedElsewhere(empty, 'us', us.privateKey, at),
    );
    expect(external).toEqual(sign(plan, empty, 'us', us.privateKey, hash, at));
    let state = external;
    for (const [who, key, when] of [
      ['ukraine', ukraine.privateKey, '2025-11-27T09:30:00Z'],
      ['russia', russia.privateKey, '2025-11-28T15:00:00Z'],
    ] as const) {
      state = acceptSignature(plan, state, who, hash, when, signedElsewhere(state, who, key, when));
    }
    expect(verifyBundle({ plan, draft: accord, ...state })).toMatchObject({ valid: true, complete: true });
  });

  it("refuses a signature by someone else's key, or over another time, and keeps the order rules", () => {
    const at = '2025-11-27T09:00:00Z';
    const byUs = signedElsewhere(empty, 'ukraine', us.privateKey, at);
    expect(() => acceptSignature(plan, empty, 'ukraine', hash, at, byUs)).toThrow(
      expect.objectContaining({ code: 'forbidden', message: expect.stringContaining('does not verify') }),
    );
    const own = signedElsewhere(empty, 'ukraine', ukraine.privateKey, at);
    expect(() => acceptSignature(plan, empty, 'ukraine', hash, '2025-11-27T09:00:01Z', own)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => acceptSignature(plan, empty, 'ukraine', hash, at, 'zz')).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => acceptSignature(plan, empty, 'russia', hash, at, own)).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: "'russia' must wait until ukraine and us have signed",
      }),
    );
  });

  it('refuses a time not after a signature it must follow', () => {
    let state = sign(plan, empty, 'us', us.privateKey, hash, '2025-11-27T09:00:00Z');
    state = sign(plan, state, 'ukraine', ukraine.privateKey, hash, '2025-11-27T10:00:00Z');
    for (const early of ['2025-11-27T09:59:00Z', '2025-11-27T10:00:00Z']) {
      expect(() => signatureTurn(plan, state, 'russia', hash, early)).toThrow(
        expect.objectContaining({
          code: 'conflict',
          message: expect.stringContaining('not after ukraine signed'),
        }),
      );
    }
    expect(signatureTurn(plan, state, 'russia', hash, '2025-11-27T10:00:01Z').unsigned.signedAt).toBe(
      '2025-11-27T10:00:01Z',
    );
  });
});

describe('verifying a signed bundle offline', () => {
  const bundle: SignedBundle = { plan, draft: accord, ...signAll() };

  it('accepts a complete bundle in an allowed order', () => {
    expect(verifyBundle(bundle)).toEqual({
      valid: true,
      complete: true,
      signed: ['us', 'ukraine', 'russia'],
      missing: [],
      problems: [],
    });
  });

  it('reports a partial bundle as valid but incomplete', () => {
    const partial = { plan, signatures: bundle.signatures.slice(0, 2) };
    expect(verifyBundle(partial)).toMatchObject({ valid: true, complete: false, missing: ['russia'] });
  });

  it('rejects an edited text, a forged signature, a reordered list and a changed plan', () => {
    expect(verifyBundle({ ...bundle, draft: { ...accord, title: 'Accord' } }).problems).toEqual([
      'the enclosed text does not match the hash that was signed',
    ]);
    const [first, second, third] = bundle.signatures;
    const forged = { ...third!, signedAt: '2025-11-29T15:00:00Z' };
    expect(verifyBundle({ ...bundle, signatures: [first!, second!, forged] }).problems).toEqual([
      'signature 3 (russia): the signature does not verify',
    ]);
    expect(verifyBundle({ ...bundle, signatures: [third!, first!, second!] }).problems).toContain(
      "signature 1 (russia): signed before ukraine, against the plan's order",
    );
    const loosened = { ...plan, before: [] };
    expect(verifyBundle({ ...bundle, plan: loosened }).valid).toBe(false);
  });

  it('renders a standalone certificate listing signers, times and hashes, escaping names', () => {
    const html = renderCertificate(bundle, 'Framework Accord <final>');
    expect(html).toContain('Status: Complete');
    expect(html).toContain(hash);
    expect(html).toContain('President of the Russian Federation');
    expect(html).toContain('2025-11-28T15:00:00Z');
    expect(html).toContain('Framework Accord &lt;final&gt;');
    expect(html).not.toMatch(/<script|https?:\/\//);
    expect(renderCertificate({ ...bundle, draft: { ...accord, title: 'x' } }, 'x')).toContain(
      'Status: NOT VALID',
    );
  });
});
