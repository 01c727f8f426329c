import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../src/core/errors.ts';
import type { Actor, Role } from '../../src/govern/actor.ts';
import { abilities, authorize, can } from '../../src/govern/policies.ts';
import { ACTIONS, type FactsOf, type Resource, type ResourceKind } from '../../src/govern/resources.ts';

// The delegate speaks for Ukraine; "me" is the acting account's id for every role.
const table = {
  kind: 'negotiation',
  id: 'geneva',
  parties: ['ukraine', 'russia', 'us'],
  public: false,
} as const;
const elsewhere = {
  kind: 'negotiation',
  id: 'caucasus',
  parties: ['armenia', 'azerbaijan'],
  public: false,
} as const;
const openTalks = { kind: 'negotiation', id: 'open-talks', parties: ['armenia'], public: true } as const;
const memberTrack = { kind: 'track', id: 'territory', parties: ['ukraine', 'us'], public: false } as const;
const otherTrack = { kind: 'track', id: 'nato', parties: ['us', 'eu'], public: false } as const;
const publicTrack = { kind: 'track', id: 'trade', parties: ['us', 'eu'], public: true } as const;
const full = {
  kind: 'draft',
  id: 'v2',
  circulatedTo: [{ party: 'ukraine', summaryOnly: false }],
  public: false,
} as const;
const summary = {
  kind: 'draft',
  id: 'v3',
  circulatedTo: [{ party: 'ukraine', summaryOnly: true }],
  public: false,
} as const;
const notToUs = {
  kind: 'draft',
  id: 'v4',
  circulatedTo: [{ party: 'russia', summaryOnly: false }],
  public: false,
} as const;
const published = { kind: 'draft', id: 'v1', circulatedTo: [], public: true } as const;
const openSource = { kind: 'source', id: 'wire', public: true } as const;
const onFull = { kind: 'provision', id: 'v2:1', draft: full, track: null } as const;
const onOtherTrack = { kind: 'provision', id: 'v2:6', draft: full, track: otherTrack } as const;
const onSummary = { kind: 'provision', id: 'v3:1', draft: summary, track: null } as const;
const onUncirculated = { kind: 'provision', id: 'v4:1', draft: notToUs, track: null } as const;
const onPublished = { kind: 'provision', id: 'v1:1', draft: published, track: null } as const;
const closedSource = { kind: 'source', id: 'cable', public: false } as const;

const FIXTURES: { [K in ResourceKind]: Record<string, FactsOf[K]> } = {
  negotiation: { atTable: table, elsewhere, publicElsewhere: openTalks },
  party: {
    atTable: { kind: 'party', id: 'russia', negotiation: table },
    elsewhere: { kind: 'party', id: 'armenia', negotiation: elsewhere },
    publicElsewhere: { kind: 'party', id: 'armenia', negotiation: openTalks },
  },
  person: {
    ownParty: { kind: 'person', id: 'envoy-u', party: 'ukraine', negotiation: table, public: false },
    otherAtTable: { kind: 'person', id: 'envoy-r', party: 'russia', negotiation: table, public: false },
    publicElsewhere: {
      kind: 'person',
      id: 'envoy-a',
      party: 'armenia',
      negotiation: elsewhere,
      public: true,
    },
    privateElsewhere: {
      kind: 'person',
      id: 'aide-a',
      party: 'armenia',
      negotiation: elsewhere,
      public: false,
    },
  },
  track: { member: memberTrack, nonMember: otherTrack, publicNonMember: publicTrack },
  draft: { full, summaryOnly: summary, notCirculated: notToUs, publicNotCirculated: published },
  provision: {
    fullNoTrack: { kind: 'provision', id: 'p1', draft: full, track: null },
    fullMemberTrack: { kind: 'provision', id: 'p2', draft: full, track: memberTrack },
    fullOtherTrack: { kind: 'provision', id: 'p3', draft: full, track: otherTrack },
    summaryOnly: { kind: 'provision', id: 'p4', draft: summary, track: null },
    publicNoTrack: { kind: 'provision', id: 'p5', draft: published, track: null },
    publicOnPrivateTrack: { kind: 'provision', id: 'p6', draft: published, track: otherTrack },
  },
  // Every stance hangs off a provision: its draft's circulation and its track scope it.
  position: {
    own: { kind: 'position', id: 'pos1', party: 'ukraine', shared: false, public: false, provision: onFull },
    otherShared: {
      kind: 'position',
      id: 'pos2',
      party: 'russia',
      shared: true,
      public: false,
      provision: onFull,
    },
    otherPrivate: {
      kind: 'position',
      id: 'pos3',
      party: 'russia',
      shared: false,
      public: false,
      provision: onFull,
    },
    otherPublic: {
      kind: 'position',
      id: 'pos4',
      party: 'russia',
      shared: true,
      public: true,
      provision: onFull,
    },
    publicOnPublished: {
      kind: 'position',
      id: 'pos5',
      party: 'russia',
      shared: true,
      public: true,
      provision: onPublished,
    },
    sharedOnOtherTrack: {
      kind: 'position',
      id: 'pos6',
      party: 'us',
      shared: true,
      public: true,
      provision: onOtherTrack,
    },
    ownOnOtherTrack: {
      kind: 'position',
      id: 'pos7',
      party: 'ukraine',
      shared: false,
      public: false,
      provision: onOtherTrack,
    },
    publicOnUncirculated: {
      kind: 'position',
      id: 'pos8',
      party: 'russia',
      shared: true,
      public: true,
      provision: onUncirculated,
    },
    ownOnSummary: {
      kind: 'position',
      id: 'pos9',
      party: 'ukraine',
      shared: false,
      public: false,
      provision: onSummary,
    },
  },
  // Amendments hang off a provision like stances; another party sees one only once shared.
  amendment: {
    own: { kind: 'amendment', id: 'am1', party: 'ukraine', shared: false, provision: onFull },
    otherPrivate: { kind: 'amendment', id: 'am2', party: 'russia', shared: false, provision: onFull },
    otherShared: { kind: 'amendment', id: 'am3', party: 'russia', shared: true, provision: onFull },
    otherSharedOnOtherTrack: {
      kind: 'amendment',
      id: 'am4',
      party: 'us',
      shared: true,
      provision: onOtherTrack,
    },
    otherSharedOnUncirculated: {
      kind: 'amendment',
      id: 'am5',
      party: 'russia',
      shared: true,
      provision: onUncirculated,
    },
    ownOnSummary: { kind: 'amendment', id: 'am6', party: 'ukraine', shared: true, provision: onSummary },
    sharedOnPublished: { kind: 'amendment', id: 'am7', party: 'us', shared: true, provision: onPublished },
  },
  event: {
    participant: { kind: 'event', id: 'e1', participants: ['ukraine', 'us'], public: false },
    nonParticipant: { kind: 'event', id: 'e2', participants: ['russia', 'us'], public: false },
    public: { kind: 'event', id: 'e3', participants: ['russia', 'us'], public: true },
  },
  source: { public: openSource, private: closedSource },
  claim: {
    publicSource: { kind: 'claim', id: 'c1', source: openSource },
    privateSource: { kind: 'claim', id: 'c2', source: closedSource },
    citesStanceOnFull: {
      kind: 'claim',
      id: 'c3',
      source: openSource,
      cites: { kind: 'position', id: 'pos4', party: 'russia', shared: true, public: true, provision: onFull },
    },
    citesStanceOnOtherTrack: {
      kind: 'claim',
      id: 'c4',
      source: openSource,
      cites: {
        kind: 'position',
        id: 'pos6',
        party: 'us',
        shared: true,
        public: true,
        provision: onOtherTrack,
      },
    },
    citesStanceOnPublished: {
      kind: 'claim',
      id: 'c5',
      source: openSource,
      cites: {
        kind: 'position',
        id: 'pos5',
        party: 'russia',
        shared: true,
        public: true,
        provision: onPublished,
      },
    },
  },
  circulation: {
    own: { kind: 'circulation', id: 'ci1', party: 'ukraine', draft: 'v2' },
    other: { kind: 'circulation', id: 'ci2', party: 'russia', draft: 'v4' },
  },
  signature: {
    ownOnFull: { kind: 'signature', id: 's1', party: 'ukraine', draft: full, tracks: [memberTrack] },
    ownOnFullWithOtherTrack: {
      kind: 'signature',
      id: 's6',
      party: 'ukraine',
      draft: full,
      tracks: [memberTrack, otherTrack],
    },
    ownOnSummary: { kind: 'signature', id: 's2', party: 'ukraine', draft: summary, tracks: [] },
    otherOnFull: { kind: 'signature', id: 's3', party: 'us', draft: full, tracks: [] },
    otherOnUncirculated: { kind: 'signature', id: 's4', party: 'russia', draft: notToUs, tracks: [] },
    otherOnPublic: { kind: 'signature', id: 's5', party: 'us', draft: published, tracks: [] },
  },
  audit: { log: { kind: 'audit', id: 'geneva' } },
  profile: {
    ownOnFull: { kind: 'profile', id: 'v2~ukraine', party: 'ukraine', draft: full },
    ownOnSummary: { kind: 'profile', id: 'v3~ukraine', party: 'ukraine', draft: summary },
    ownOnPublished: { kind: 'profile', id: 'v1~ukraine', party: 'ukraine', draft: published },
    otherOnFull: { kind: 'profile', id: 'v2~russia', party: 'russia', draft: full },
    otherOnPublished: { kind: 'profile', id: 'v1~us', party: 'us', draft: published },
  },
  deal: {
    sharedWithUs: { kind: 'deal', id: 'd1', draft: full, sharedWith: ['ukraine', 'us'] },
    sharedWithOthers: { kind: 'deal', id: 'd2', draft: full, sharedWith: ['russia'] },
    sharedOnSummary: { kind: 'deal', id: 'd3', draft: summary, sharedWith: ['ukraine'] },
    sharedOnPublished: { kind: 'deal', id: 'd4', draft: published, sharedWith: ['us'] },
  },
  user: {
    self: { kind: 'user', id: 'me' },
    other: { kind: 'user', id: 'someone' },
    newSecretariat: { kind: 'user', id: 'clerk', role: 'secretariat' },
    newAdmin: { kind: 'user', id: 'boss', role: 'admin' },
  },
};

const CRUD = ['read', 'create', 'update', 'delete'];
/** What delegates and analysts may do, by resource and fixture; absent means nothing. */
const EXPECTED: Record<'delegate' | 'analyst', { [K in ResourceKind]?: Record<string, string[]> }> = {
  delegate: {
    negotiation: { atTable: ['read'], publicElsewhere: ['read'] },
    party: { atTable: ['read'], publicElsewhere: ['read'] },
    person: { ownParty: CRUD, otherAtTable: ['read'], publicElsewhere: ['read'] },
    track: { member: ['read'] },
    draft: { full: ['read', 'readSummary'], summaryOnly: ['readSummary'] },
    provision: { fullNoTrack: ['read'], fullMemberTrack: ['read'] },
    position: { own: CRUD, otherShared: ['read'], otherPublic: ['read'] },
    amendment: { own: ['read', 'create', 'withdraw', 'share'], otherShared: ['read'], sharedOnPublished: [] },
    event: { participant: ['read'], public: ['read'] },
    source: { public: ['read'] },
    claim: { publicSource: ['read'], citesStanceOnFull: ['read'] },
    circulation: { own: ['read'] },
    signature: { ownOnFull: ['read', 'create', 'verify', 'registerKey'], otherOnFull: ['read', 'verify'] },
    user: { self: ['read', 'update'] },
    // Its own profile on a text it holds (a published draft is read by analysts, not by it).
    profile: { ownOnFull: ['read', 'update'] },
    deal: { sharedWithUs: ['read'] },
  },
  analyst: {
    negotiation: { publicElsewhere: ['read'] },
    party: { publicElsewhere: ['read'] },
    person: { publicElsewhere: ['read'] },
    track: { publicNonMember: ['read'] },
    draft: { publicNotCirculated: ['read', 'readSummary'] },
    provision: { publicNoTrack: ['read'] },
    position: { publicOnPublished: ['read'] },
    event: { public: ['read'] },
    source: { public: ['read'] },
    claim: { publicSource: ['read'], citesStanceOnPublished: ['read'] },
    signature: { otherOnPublic: ['read', 'verify'] },
    user: { self: ['read', 'update'] },
  },
};

const ROLES: Role[] = ['secretariat', 'admin', 'delegate', 'analyst'];
const actorFor = (role: Role): Actor => ({
  kind: 'user',
  id: 'me',
  role,
  ...(role === 'delegate' ? { party: 'ukraine' } : {}),
});

function expected(role: Role, kind: ResourceKind, fixture: string): ReadonlySet<string> {
  // The secretariat lists accounts and adds any role but admin; it changes (mints tokens
  // for) only its own. An account's facts carry a role only when one is being given.
  if (role === 'secretariat' && kind === 'user') {
    if (fixture === 'newSecretariat') return new Set(['read', 'create']);
    return new Set(fixture === 'self' ? ['read', 'update'] : ['read']);
  }
  // Staff see and check signatures, but only a party's delegates sign or set its key.
  if ((role === 'secretariat' || role === 'admin') && kind === 'signature')
    return new Set(['read', 'verify']);
  // Staff record, share and settle amendments, but withdrawing one is its own party's word alone.
  if ((role === 'secretariat' || role === 'admin') && kind === 'amendment')
    return new Set(['read', 'create', 'decide', 'share']);
  if (role === 'secretariat' || role === 'admin') return new Set(ACTIONS[kind]);
  return new Set(EXPECTED[role][kind]?.[fixture] ?? []);
}

const cases = ROLES.flatMap((role) =>
  (Object.keys(FIXTURES) as ResourceKind[]).flatMap((kind) =>
    Object.entries(FIXTURES[kind] as Record<string, Resource>).flatMap(([fixture, resource]) =>
      ACTIONS[kind].map((action) => ({ role, kind, fixture, resource, action: action as string })),
    ),
  ),
);

/** Calls the typed API with a resource whose kind is only known at run time. */
const canLoose = (actor: Actor, action: string, resource: Resource) =>
  (can as (a: Actor, x: string, r: Resource) => boolean)(actor, action, resource);
const authorizeLoose = (actor: Actor, action: string, resource: Resource) =>
  (authorize as (a: Actor, x: string, r: Resource) => void)(actor, action, resource);

function refusal(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof ParleyError) return error.code;
    throw error;
  }
}

describe('policies: role × resource × action', () => {
  it(`covers ${cases.length} combinations across every resource kind`, () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(Object.keys(ACTIONS)));
  });

  it.each(cases)(
    '$role may $action $kind ($fixture) as the table says',
    ({ role, kind, fixture, resource, action }) => {
      const allowed = expected(role, kind, fixture);
      const actor = actorFor(role);
      expect(canLoose(actor, action, resource)).toBe(allowed.has(action));
      const seen = allowed.has('read') || allowed.has('readSummary');
      const code = refusal(() => authorizeLoose(actor, action, resource));
      expect(code).toBe(
        allowed.has(action) ? undefined : seen || action === 'create' ? 'forbidden' : 'not_found',
      );
    },
  );

  it('the local owner may do everything', () => {
    for (const c of cases) expect(canLoose({ kind: 'owner' }, c.action, c.resource)).toBe(true);
  });
});

describe('policies: specific rules', () => {
  const delegate = actorFor('delegate');

  it('a delegate reading an uncirculated draft gets not_found, never forbidden', () => {
    expect(() => authorize(delegate, 'read', notToUs)).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('a delegate given only the summary may read the summary but is forbidden the text', () => {
    expect(() => authorize(delegate, 'readSummary', summary)).not.toThrow();
    expect(() => authorize(delegate, 'read', summary)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });

  it('the full text circulated after a summary (or before it) gives the text, and the right to sign', () => {
    for (const circulatedTo of [
      [
        { party: 'ukraine', summaryOnly: true },
        { party: 'ukraine', summaryOnly: false },
      ],
      [
        { party: 'ukraine', summaryOnly: false },
        { party: 'ukraine', summaryOnly: true },
      ],
    ]) {
      const both = { ...summary, circulatedTo };
      expect(can(delegate, 'read', both)).toBe(true);
      expect(
        can(delegate, 'create', {
          kind: 'signature',
          id: 'v3:ukraine',
          party: 'ukraine',
          draft: both,
          tracks: [],
        }),
      ).toBe(true);
    }
  });

  it('abilities lists every action of the kind', () => {
    expect(abilities(delegate, full)).toEqual({
      read: true,
      readSummary: true,
      create: false,
      update: false,
      delete: false,
      circulate: false,
    });
  });

  it('a delegate account without a party sees nothing party-bound', () => {
    const orphan: Actor = { kind: 'user', id: 'me', role: 'delegate' };
    expect(can(orphan, 'read', full)).toBe(false);
    expect(can(orphan, 'read', FIXTURES.position.own!)).toBe(false);
  });

  it('nobody, not even the secretariat, may rewrite the audit log: there is no such action', () => {
    expect(ACTIONS.audit).not.toContain('update');
    expect(ACTIONS.audit).not.toContain('delete');
  });
});
