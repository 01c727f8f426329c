// Attack 5 of issue #11 over HTTP: the secretariat registered a signing key for a party,
// fetched the payload and signed as that party. Now a party's key is registered only by
// that party's delegates, with proof that they hold it: the key signs a server challenge
// that is single-use, short-lived and bound to the party, the key, the plan and the caller.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../src/govern/keys.ts';
import { addAccounts, type Harness, openHarness } from '../server/harness.ts';
import { snapshot } from '../support/fixtures.ts';
import { type BrowserKey, browserKey, planLakeSigning } from '../support/signing.ts';
import { backends } from '../support/stores.ts';

type Who = 'sec' | 'dn' | 'dn2' | 'ds';
type Key = BrowserKey;
const newKey = browserKey;

describe.each(backends)('signing keys belong to their party, on $name', (backend) => {
  let h: Harness;
  let as: (who: Who) => { authorization: string };
  const api = (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    h.app.inject({ method, url, headers: as(who), ...(payload === undefined ? {} : { payload }) });
  const keyUrl = (party: string) => `/api/drafts/v1/signing/keys/${party}`;
  const challenge = async (who: Who, party: string, key: Key) => {
    const r = await api(who, 'POST', `${keyUrl(party)}/challenge`, { publicKey: key.publicKey });
    expect(r.statusCode, r.body).toBe(201);
    return r.json() as { id: string; message: string; expiresAt: string };
  };
  const register = (
    who: Who,
    party: string,
    body: { publicKey: string; challenge: string; signature: string },
  ) => api(who, 'PUT', keyUrl(party), body);
  const refusal = (r: { statusCode: number; json(): { error: { code: string; message: string } } }) => [
    r.statusCode,
    r.json().error.message,
  ];

  beforeEach(async () => {
    h = await openHarness(backend);
    as = await addAccounts(h.services, [
      { id: 'sec', role: 'secretariat' },
      { id: 'dn', role: 'delegate', party: 'north' },
      { id: 'dn2', role: 'delegate', party: 'north' },
      { id: 'ds', role: 'delegate', party: 'south' },
    ]);
    await planLakeSigning((method, url, body) => api('sec', method, url, body), {
      signatories: ['north', 'south'],
    });
  });
  afterEach(() => h.close());

  it("the secretariat cannot set a party's key, so it cannot sign in the party's name", async () => {
    const forged = await newKey();
    const before = await snapshot(h.services);
    const asked = await api('sec', 'POST', `${keyUrl('north')}/challenge`, { publicKey: forged.publicKey });
    expect(refusal(asked)).toEqual([
      403,
      "only a delegate of 'north' registers its signing key; the secretariat sees keys but cannot set them",
    ]);
    // Even with a body shaped like a proof, the key is not set.
    const put = await register('sec', 'north', {
      publicKey: forged.publicKey,
      challenge: 'anything',
      signature: await forged.signMessage(Buffer.from('anything').toString('base64')),
    });
    expect(put.statusCode, put.body).toBe(403);
    expect(await snapshot(h.services)).toBe(before);
    const payload = await api('sec', 'GET', '/api/drafts/v1/signing/payload?as=north');
    expect(payload.statusCode).toBe(403);
    const status = (await api('sec', 'GET', '/api/drafts/v1/signing')).json();
    expect(status.waitingForKeys).toEqual(['north', 'south']);
  });

  it('a delegate registers its own party’s key by signing a fresh challenge; the secretariat sees it with its fingerprint', async () => {
    const key = await newKey();
    const c = await challenge('dn', 'north', key);
    expect(Date.parse(c.expiresAt) - Date.parse('2025-11-20T09:00:00.000Z')).toBeLessThanOrEqual(3 * 60_000);
    const message = JSON.parse(Buffer.from(c.message, 'base64').toString('utf8'));
    expect(message).toMatchObject({
      type: 'parley-key-proof/v1',
      signatory: 'north',
      publicKey: key.publicKey,
      draft: 'v1',
    });
    const r = await register('dn', 'north', {
      publicKey: key.publicKey,
      challenge: c.id,
      signature: await key.signMessage(c.message),
    });
    expect(r.statusCode, r.body).toBe(200);
    const status = (await api('sec', 'GET', '/api/drafts/v1/signing')).json();
    expect(status.plan.signatories[0]).toMatchObject({
      id: 'north',
      publicKey: key.publicKey,
      fingerprint: keyFingerprint(key.publicKey),
    });
    // Another party's delegate may not ask on north's behalf.
    const other = await api('ds', 'POST', `${keyUrl('north')}/challenge`, { publicKey: key.publicKey });
    expect(other.statusCode).toBe(403);
  });

  it('a challenge is single-use', async () => {
    const key = await newKey();
    const c = await challenge('dn', 'north', key);
    const body = { publicKey: key.publicKey, challenge: c.id, signature: await key.signMessage(c.message) };
    expect((await register('dn', 'north', body)).statusCode).toBe(200);
    expect(refusal(await register('dn', 'north', body))).toEqual([
      403,
      'the key was not registered: unknown or already used challenge; ask for a new one',
    ]);
  });

  it('a challenge is bound to its key, its party and the delegate it was issued to', async () => {
    const [held, other] = [await newKey(), await newKey()];
    const before = await snapshot(h.services);
    const c = await challenge('dn', 'north', held);
    const afterChallenge = await snapshot(h.services);
    // Another key answering this challenge, with its own valid signature.
    const swapped = await register('dn', 'north', {
      publicKey: other.publicKey,
      challenge: c.id,
      signature: await other.signMessage(c.message),
    });
    expect(refusal(swapped)).toEqual([
      403,
      'the key was not registered: the challenge names another signatory or key',
    ]);
    // The named key, but a signature another key made: no proof of possession.
    const unproven = await register('dn', 'north', {
      publicKey: held.publicKey,
      challenge: c.id,
      signature: await other.signMessage(c.message),
    });
    expect(unproven.statusCode).toBe(403);
    expect(unproven.json().error.message).toMatch(/does not verify with that key/);
    // Another delegate of the same party, or the other party's delegate for its own key.
    const signature = await held.signMessage(c.message);
    const byPeer = await register('dn2', 'north', { publicKey: held.publicKey, challenge: c.id, signature });
    expect(refusal(byPeer)).toEqual([
      403,
      'the key was not registered: the challenge was issued to someone else',
    ]);
    const bySouth = await register('ds', 'south', { publicKey: held.publicKey, challenge: c.id, signature });
    expect(bySouth.statusCode).toBe(403);
    expect(await snapshot(h.services)).toBe(afterChallenge);
    expect(afterChallenge).not.toBe(before);
  });

  it('a challenge expires', async () => {
    const key = await newKey();
    const c = await challenge('dn', 'north', key);
    await h.store.db.execute(
      sql`update key_challenge set expires_at = '2025-11-20T08:00:00.000Z' where id = ${c.id}`,
    );
    const r = await register('dn', 'north', {
      publicKey: key.publicKey,
      challenge: c.id,
      signature: await key.signMessage(c.message),
    });
    expect(refusal(r)).toEqual([
      403,
      'the key was not registered: the challenge expired at 2025-11-20T08:00:00.000Z; ask for a new one',
    ]);
  });

  it('keys can no longer change once signing has begun, even for their own delegates', async () => {
    const keys = { north: await newKey(), south: await newKey() };
    for (const [who, party] of [
      ['dn', 'north'],
      ['ds', 'south'],
    ] as const) {
      const c = await challenge(who, party, keys[party]);
      const body = {
        publicKey: keys[party].publicKey,
        challenge: c.id,
        signature: await keys[party].signMessage(c.message),
      };
      expect((await register(who, party, body)).statusCode).toBe(200);
    }
    const payload = (await api('dn', 'GET', '/api/drafts/v1/signing/payload?as=north')).json();
    const signed = await api('dn', 'POST', '/api/drafts/v1/signatures', {
      as: 'north',
      signedAt: payload.signedAt,
      signature: await keys.north.signMessage(payload.message),
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const late = await api('ds', 'POST', `${keyUrl('south')}/challenge`, {
      publicKey: (await newKey()).publicKey,
    });
    expect(refusal(late)).toEqual([409, "signing of 'v1' has begun: keys can no longer change"]);
  });
});
