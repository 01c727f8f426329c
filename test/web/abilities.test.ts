// The web's abilities are the policies': for each kind of caller, what the session answer
// lets a screen offer (web/src/abilities.ts) equals what govern/policies.ts allows on a
// real record — a stance for each party on a provision it holds, a key and a signature for
// each party on a draft it received in full, and the staff's work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { draftFacts, positionFacts, provisionFacter, signatureFacts } from '../../src/app/facts.ts';
import type { SessionInfo } from '../../src/contract/session.ts';
import { type Actor, owner } from '../../src/core/actor.ts';
import { can } from '../../src/govern/policies.ts';
import { selectDraft } from '../../src/store/repo/drafts.ts';
import { abilitiesFrom } from '../../web/src/grants.ts';
import { addAccounts, type Harness, openHarness, PASSWORD } from '../server/harness.ts';
import { pglite } from '../support/stores.ts';

const PARTIES = ['broker', 'north', 'south', 'watch'];

describe("the web's abilities", () => {
  let h: Harness;
  let asOwner: SessionInfo;
  let as: (id: string) => { authorization: string };
  beforeAll(async () => {
    h = await openHarness(pglite);
    await write(h.services, owner, 'circulation', async (ctx) => {
      for (const to of PARTIES) await circulateDraft.run(ctx, { draft: 'v2', to });
    });
    asOwner = (await h.app.inject({ method: 'GET', url: '/api/session' })).json();
    as = await addAccounts(h.services, [
      { id: 'sec', role: 'secretariat' },
      { id: 'adm', role: 'admin' },
      { id: 'dn', role: 'delegate', party: 'north' },
      { id: 'an', role: 'analyst' },
    ]);
  });
  afterAll(() => h.close());

  /** What the policies allow `actor` on v2, which every party received in full. */
  async function policies(actor: Actor) {
    const draft = (await selectDraft(h.store.db, 'v2'))!;
    const facts = await draftFacts(h.store.db, draft);
    const provisionOf = await provisionFacter(h.store.db, facts, draft.provisions);
    const untracked = draft.provisions.find((p) => provisionOf(p).track === null)!;
    const stance = (party: string) => positionFacts({ id: 'x', party }, provisionOf(untracked));
    const amendment = (party: string) => ({
      kind: 'amendment' as const,
      id: 'x',
      party,
      shared: false,
      provision: provisionOf(untracked),
    });
    const signing = (party: string) => signatureFacts(h.store.db, draft, facts, party);
    const signs = async (party: string) =>
      can(actor, 'create', await signing(party)) && can(actor, 'registerKey', await signing(party));
    return {
      manage:
        can(actor, 'create', { ...facts, id: 'new' }) &&
        can(actor, 'circulate', facts) &&
        can(actor, 'create', { kind: 'event', id: 'e', participants: [], public: false }) &&
        can(actor, 'review', {
          kind: 'claim',
          id: 'c',
          source: { kind: 'source', id: 's', public: false },
        }) &&
        can(actor, 'trace', { kind: 'circulation', id: 'c', party: 'north', draft: 'v2' }),
      stancesFor: PARTIES.filter((p) => can(actor, 'create', stance(p))),
      signFor: (await Promise.all(PARTIES.map(async (p) => ((await signs(p)) ? [p] : [])))).flat(),
      amendFor: PARTIES.filter((p) => can(actor, 'create', amendment(p))),
      withdrawFor: PARTIES.filter((p) => can(actor, 'withdraw', amendment(p))),
      shareFor: PARTIES.filter((p) => can(actor, 'share', amendment(p))),
    };
  }

  /** What a screen may offer, asked of the web's abilities built from the session answer. */
  function offered(info: SessionInfo) {
    const web = abilitiesFrom(info.abilities);
    return {
      manage: web.manage,
      stancesFor: PARTIES.filter((p) => web.setPositionFor(p)),
      signFor: PARTIES.filter((p) => web.signAs(p)),
      amendFor: PARTIES.filter((p) => web.proposeFor(p)),
      withdrawFor: PARTIES.filter((p) => web.withdrawFor(p)),
      shareFor: PARTIES.filter((p) => web.shareFor(p)),
    };
  }

  const session = async (id: string): Promise<SessionInfo> => {
    const r = await h.app.inject({ method: 'GET', url: '/api/session', headers: as(id) });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it.each([
    [
      'sec',
      { kind: 'user', id: 'sec', role: 'secretariat' },
      {
        manage: true,
        stancesFor: PARTIES,
        signFor: [],
        amendFor: PARTIES,
        withdrawFor: [],
        shareFor: PARTIES,
      },
    ],
    [
      'adm',
      { kind: 'user', id: 'adm', role: 'admin' },
      {
        manage: true,
        stancesFor: PARTIES,
        signFor: [],
        amendFor: PARTIES,
        withdrawFor: [],
        shareFor: PARTIES,
      },
    ],
    [
      'dn',
      { kind: 'user', id: 'dn', role: 'delegate', party: 'north' },
      {
        manage: false,
        stancesFor: ['north'],
        signFor: ['north'],
        amendFor: ['north'],
        withdrawFor: ['north'],
        shareFor: ['north'],
      },
    ],
    [
      'an',
      { kind: 'user', id: 'an', role: 'analyst' },
      { manage: false, stancesFor: [], signFor: [], amendFor: [], withdrawFor: [], shareFor: [] },
    ],
  ] as const)('%s: the session offers what the policies allow', async (id, actor, expected) => {
    const web = offered(await session(id));
    expect(web).toEqual(await policies(actor as Actor));
    expect(web).toEqual(expected);
  });

  it('the owner of a home in open mode may do everything, as the policies say', async () => {
    expect(asOwner.role).toBe('owner');
    const web = offered(asOwner);
    expect(web).toEqual(await policies(owner));
    expect(web).toEqual({
      manage: true,
      stancesFor: PARTIES,
      signFor: PARTIES,
      amendFor: PARTIES,
      withdrawFor: PARTIES,
      shareFor: PARTIES,
    });
  });

  it('a sign-in answers the same abilities as the session', async () => {
    const r = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { user: 'dn', password: PASSWORD },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().abilities).toEqual((await session('dn')).abilities);
  });
});
