// Signing over HTTP the way the web app does it: keys made and kept by WebCrypto, the
// server handing out the exact bytes and checking the signature that comes back, in order,
// over the unchanged text, and the bundle verifying offline afterwards.
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyFingerprint } from '../../src/govern/keys.ts';
import { type SignedBundle, signatureBytes, verifyBundle } from '../../src/govern/signing.ts';
import { snapshot } from '../support/fixtures.ts';
import { pdfToText } from '../support/pdfText.ts';
import { type BrowserKey, browserKey, planLakeSigning } from '../support/signing.ts';
import { backends } from '../support/stores.ts';
import { addAccounts, exported, type Harness, openHarness } from './harness.ts';

type Who = 'sec' | 'dn' | 'ds';
type Method = 'GET' | 'POST' | 'PUT';

describe.each(backends)('signing over HTTP, on $name', (backend) => {
  let h: Harness;
  let as: (who: Who) => { authorization: string };
  let keys: Record<'north' | 'south', BrowserKey>;
  const api = (who: Who, method: Method, url: string, payload?: object) =>
    h.app.inject({ method, url, headers: as(who), ...(payload === undefined ? {} : { payload }) });
  const everything = async () =>
    JSON.stringify([await exported(h.app, as('sec')), await snapshot(h.services)]);
  /** Fetches the payload as `who` for `signatory` and signs its message with `key`. */
  const signPayload = async (who: Who, signatory: string, key = keys[signatory as 'north']) => {
    const payload = await api(who, 'GET', `/api/drafts/v1/signing/payload?as=${signatory}`);
    expect(payload.statusCode, payload.body).toBe(200);
    const { message, signedAt } = payload.json();
    return { as: signatory, signedAt, signature: await key.sign(Buffer.from(message, 'base64')) };
  };
  const submit = (who: Who, body: object) => api(who, 'POST', '/api/drafts/v1/signatures', body);

  beforeEach(async () => {
    h = await openHarness(backend);
    as = await addAccounts(h.services, [
      { id: 'sec', role: 'secretariat' },
      { id: 'dn', role: 'delegate', party: 'north' },
      { id: 'ds', role: 'delegate', party: 'south' },
    ]);
    const plan = await planLakeSigning((method, url, body) => api('sec', method, url, body), {
      signatories: ['north', 'south'],
      order: 'north before south',
      names: { north: 'President of Northland' },
    });
    expect(plan).toMatchObject({ before: [['north', 'south']] });
    keys = { north: await browserKey(), south: await browserKey() };
    // Each party's delegate registers its own key, proving it holds it (the web app's way).
    for (const [who, party] of [
      ['dn', 'north'],
      ['ds', 'south'],
    ] as const) {
      const { publicKey } = keys[party];
      const challenge = await api(who, 'POST', `/api/drafts/v1/signing/keys/${party}/challenge`, {
        publicKey,
      });
      expect(challenge.statusCode, challenge.body).toBe(201);
      const { id, message } = challenge.json();
      const signature = await keys[party].signMessage(message);
      const r = await api(who, 'PUT', `/api/drafts/v1/signing/keys/${party}`, {
        publicKey,
        challenge: id,
        signature,
      });
      expect(r.json()).toEqual({
        signatory: party,
        publicKey,
        fingerprint: keyFingerprint(publicKey),
        drafts: ['v1'],
      });
    }
  });
  afterEach(() => h.close());

  it('signs in order with browser-held keys; the bundle verifies offline and the certificate says complete', async () => {
    const waiting = await api('ds', 'GET', '/api/drafts/v1/signing');
    expect(waiting.json()).toMatchObject({ canSignNow: ['north'], waitingForKeys: [], signed: [] });

    const payload = (await api('dn', 'GET', '/api/drafts/v1/signing/payload?as=north')).json();
    const bytes = Buffer.from(payload.message, 'base64');
    expect(bytes.equals(signatureBytes({ signatory: 'north', ...payload }))).toBe(true);
    expect(payload.draftHash).toBe(waiting.json().plan.draftHash);

    const north = await submit('dn', await signPayload('dn', 'north'));
    expect(north.statusCode, north.body).toBe(201);
    expect(north.json()).toMatchObject({ draft: 'v1', signatory: 'north', publicKey: keys.north.publicKey });
    const after = (await api('dn', 'GET', '/api/drafts/v1/signing')).json();
    expect(after.signed.map((s: { signatory: string }) => s.signatory)).toEqual(['north']);
    expect(after).toMatchObject({ canSignNow: ['south'], verdict: { valid: true, complete: false } });

    expect((await submit('ds', await signPayload('ds', 'south'))).statusCode).toBe(201);
    const bundle = await api('ds', 'GET', '/api/drafts/v1/signed');
    expect(bundle.statusCode).toBe(200);
    expect(verifyBundle(bundle.json() as SignedBundle)).toMatchObject({
      valid: true,
      complete: true,
      signed: ['north', 'south'],
    });
    const certificate = await api('sec', 'GET', '/api/drafts/v1/certificate');
    expect(certificate.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(certificate.body).toContain('Status: Complete');
    expect(certificate.body).toContain('President of Northland');
    const pdf = await api('sec', 'GET', '/api/drafts/v1/certificate?format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('inline; filename="v1-certificate.pdf"');
    expect(await pdfToText(pdf.rawPayload)).toContain('President of Northland');
  });

  it('refuses signing out of order, with whom to wait for, and writes nothing', async () => {
    const before = await everything();
    const early = await api('ds', 'GET', '/api/drafts/v1/signing/payload?as=south');
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'conflict']);
    expect(early.json().error.message).toBe("'south' must wait until north has signed");
    // Even a correctly made signature over the right bytes is refused out of turn.
    const { draftHash, planHash, signedAt } = (
      await api('dn', 'GET', '/api/drafts/v1/signing/payload?as=north')
    ).json();
    const bytes = signatureBytes({ signatory: 'south', draftHash, planHash, signedAt });
    const outOfTurn = await submit('ds', { as: 'south', signedAt, signature: await keys.south.sign(bytes) });
    expect([outOfTurn.statusCode, outOfTurn.json().error.message]).toEqual([
      409,
      "'south' must wait until north has signed",
    ]);
    expect(await everything()).toBe(before);
  });

  it("refuses a signature made with another key, someone else's turn, a second signature and a stale time", async () => {
    const before = await everything();
    const withSouthKey = await submit('dn', await signPayload('dn', 'north', keys.south));
    expect([withSouthKey.statusCode, withSouthKey.json().error.code]).toEqual([403, 'forbidden']);
    expect(withSouthKey.json().error.message).toMatch(
      /does not verify with the public key registered for 'north'/,
    );
    const forSomeoneElse = await submit('ds', await signPayload('dn', 'north'));
    expect([forSomeoneElse.statusCode, forSomeoneElse.json().error.code]).toEqual([403, 'forbidden']);
    const payload = (await api('dn', 'GET', '/api/drafts/v1/signing/payload?as=north')).json();
    const ahead = new Date(Date.parse(payload.signedAt) + 6 * 60_000).toISOString();
    const signature = await keys.north.sign(
      signatureBytes({ signatory: 'north', ...payload, signedAt: ahead }),
    );
    const stale = await submit('dn', { as: 'north', signedAt: ahead, signature });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'conflict']);
    expect(stale.json().error.message).toMatch(/ahead of the server clock.*fetch a new payload/);
    expect(await everything()).toBe(before);

    expect((await submit('dn', await signPayload('dn', 'north'))).statusCode).toBe(201);
    const twice = await submit('dn', {
      as: 'north',
      signedAt: payload.signedAt,
      signature: await keys.north.sign(Buffer.from(payload.message, 'base64')),
    });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'duplicate']);
  });

  it('refuses to sign once the text no longer matches the plan', async () => {
    expect((await submit('dn', await signPayload('dn', 'north'))).statusCode).toBe(201);
    const signed = await signPayload('ds', 'south');
    // Drafts are immutable through Parley; this is someone editing the database behind it.
    await h.store.db.execute(
      sql`update provision set text = 'The parties shall share the lake unequally.' where draft_id = 'v1' and path = '1'`,
    );
    const before = await everything();
    const payload = await api('ds', 'GET', '/api/drafts/v1/signing/payload?as=south');
    expect([payload.statusCode, payload.json().error.code]).toEqual([409, 'conflict']);
    expect(payload.json().error.message).toMatch(/^the text changed/);
    const late = await submit('ds', signed);
    expect([late.statusCode, late.json().error.message]).toEqual([409, payload.json().error.message]);
    expect(await everything()).toBe(before);
  });

  it('refuses bad plans, keys and signature requests with the reason, writing nothing', async () => {
    const before = await everything();
    const refusals: [Who, Method, string, object | undefined, number, string][] = [
      ['dn', 'POST', '/api/drafts/v1/finalize', undefined, 403, 'forbidden'],
      ['dn', 'POST', '/api/drafts/v2/finalize', undefined, 404, 'not_found'],
      ['sec', 'POST', '/api/drafts/v9/finalize', undefined, 404, 'not_found'],
      ['sec', 'PUT', '/api/drafts/v2/signing', { signatories: ['north'] }, 409, 'conflict'],
      ['sec', 'PUT', '/api/drafts/v1/signing', { signatories: [] }, 400, 'invalid_input'],
      ['dn', 'PUT', '/api/drafts/v1/signing', { signatories: ['north'] }, 403, 'forbidden'],
      [
        'dn',
        'POST',
        '/api/drafts/v1/signing/keys/north/challenge',
        { publicKey: 'AB' },
        400,
        'invalid_input',
      ],
      [
        'dn',
        'POST',
        '/api/drafts/v1/signing/keys/east/challenge',
        { publicKey: 'ab'.repeat(32) },
        404,
        'not_found',
      ],
      [
        'sec',
        'POST',
        '/api/drafts/v1/signing/keys/north/challenge',
        { publicKey: 'ab'.repeat(32) },
        403,
        'forbidden',
      ],
      [
        'ds',
        'POST',
        '/api/drafts/v1/signing/keys/north/challenge',
        { publicKey: 'ab'.repeat(32) },
        403,
        'forbidden',
      ],
      [
        'dn',
        'PUT',
        '/api/drafts/v1/signing/keys/north',
        { publicKey: 'ab'.repeat(32), challenge: 'made-up', signature: 'cd'.repeat(64) },
        403,
        'forbidden',
      ],
      ['dn', 'GET', '/api/drafts/v1/signing/payload', undefined, 400, 'invalid_input'],
      ['dn', 'GET', '/api/drafts/v1/signing/payload?as=east', undefined, 403, 'forbidden'],
      ['sec', 'GET', '/api/drafts/v1/signing/payload?as=north', undefined, 403, 'forbidden'],
      ['sec', 'GET', '/api/drafts/v2/signing', undefined, 404, 'not_found'],
      ['ds', 'GET', '/api/drafts/v2/signed', undefined, 404, 'not_found'],
      ['sec', 'GET', '/api/drafts/v1/certificate?format=docx', undefined, 400, 'invalid_input'],
      [
        'dn',
        'POST',
        '/api/drafts/v1/signatures',
        { as: 'north', signedAt: '2025-11-20T09:00:30+00:00', signature: 'ab'.repeat(64) },
        400,
        'invalid_input',
      ],
      [
        'dn',
        'POST',
        '/api/drafts/v1/signatures',
        { as: 'north', signedAt: 'now', signature: 'ab'.repeat(64) },
        400,
        'invalid_input',
      ],
      [
        'dn',
        'POST',
        '/api/drafts/v1/signatures',
        { as: 'north', signedAt: new Date().toISOString(), signature: 'xyz' },
        400,
        'invalid_input',
      ],
    ];
    for (const [who, method, url, body, status, code] of refusals) {
      const r = await api(who, method, url, body);
      expect([r.statusCode, r.json().error.code], `${who} ${method} ${url}`).toEqual([status, code]);
    }
    expect(await everything()).toBe(before);
  });
});
