// The policy matrix over the HTTP API and the live channel: one account per role, signed
// in with a bearer token, asks every resource for a list, a read by id and a write; the
// expected status of each role is a row of the table below. Ids guessed for what a role
// may not see answer 404, exactly like ids that do not exist.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addToken, addUser } from '../../src/app/accounts.ts';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { addEvent } from '../../src/app/events.ts';
import { ingestDocument } from '../../src/app/ingest.ts';
import { setPosition } from '../../src/app/positions.ts';
import { addTrack } from '../../src/app/roster.ts';
import { planSigning } from '../../src/app/signing.ts';
import { proveAndRegisterKey } from '../../src/app/signingKeys.ts';
import { runWithin } from '../../src/app/useCase.ts';
import { type Role as AccountRole, owner } from '../../src/core/actor.ts';
import { backends } from '../support/stores.ts';
import { type Harness, openHarness } from './harness.ts';

const ROLES = ['sec', 'delegateA', 'delegateB', 'analyst', 'admin'] as const;
type Role = (typeof ROLES)[number];
/** Expected statuses in ROLES order: secretariat, delegate of A (north), of B (south), analyst, admin. */
type Statuses = [number, number, number, number, number];

/** What the rows refer to, known once the record is set up. */
interface Ids {
  privateA: string;
  sharedA: string;
  /** B's reported stance on v6 §2, on the shore track (B's, not A's). */
  shoreB: string;
  copyA: string;
  claims: Record<Role, string>;
  /** Mentions apart from `claims`: accepted with no edit, as none is needed. */
  mentions: Record<Role, string>;
  /** Further mentions, reviewed in bulk (the queue's group accept). */
  bulk: Record<Role, string>;
}

interface Row {
  resource: string;
  action: 'list' | 'read' | 'write';
  what: string;
  method?: 'GET' | 'POST' | 'PUT';
  url: (ids: Ids, role: Role) => string;
  body?: (role: Role, ids: Ids) => unknown;
  expect: Statuses;
}

const staffOnly: Statuses = [201, 403, 403, 403, 201];
const everyone: Statuses = [200, 200, 200, 200, 200];
const nobody: Statuses = [404, 404, 404, 404, 404];

/**
 * The record: v1 circulated in full to north (A) only; v2 only in summary to south (B);
 * v3 to nobody; v6 in full to both, with provision 2 on the shore track (south and the
 * broker: B is on it, A is not). North has a private stance (no source) and a shared one
 * (citing a public source) on v1; south a reported one on v6 §2. Provision 2 of v1 sits on
 * the fisheries track (north, south, watchers).
 */
const rows: Row[] = [
  { resource: 'draft', action: 'list', what: 'list', url: () => '/api/drafts', expect: everyone },
  {
    resource: 'draft',
    action: 'read',
    what: 'circulated to A only',
    url: () => '/api/drafts/v1',
    expect: [200, 200, 404, 404, 200],
  },
  {
    resource: 'draft',
    action: 'read',
    what: 'summary to B only',
    url: () => '/api/drafts/v2',
    expect: [200, 404, 200, 404, 200],
  },
  {
    resource: 'draft',
    action: 'read',
    what: 'not circulated',
    url: () => '/api/drafts/v3',
    expect: [200, 404, 404, 404, 200],
  },
  { resource: 'draft', action: 'read', what: 'unknown id', url: () => '/api/drafts/v9', expect: nobody },
  {
    resource: 'draft',
    action: 'write',
    what: 'import',
    method: 'POST',
    url: () => '/api/drafts',
    body: (role) => ({
      text: '1. Boats pass freely.',
      label: `Text by ${role}`,
      id: `by-${role.toLowerCase()}`,
    }),
    expect: staffOnly,
  },
  {
    resource: 'status',
    action: 'read',
    what: 'of the draft A holds',
    url: () => '/api/status?draft=v1',
    expect: [200, 200, 404, 404, 200],
  },
  {
    resource: 'status',
    action: 'read',
    what: 'of a summary',
    url: () => '/api/status?draft=v2',
    expect: [200, 404, 403, 404, 200],
  },
  {
    resource: 'status',
    action: 'read',
    what: 'of a hidden draft',
    url: () => '/api/progress?draft=v3',
    expect: [200, 404, 404, 404, 200],
  },
  {
    resource: 'compare',
    action: 'read',
    what: 'with a hidden draft',
    url: () => '/api/compare?from=v1&to=v3',
    expect: [200, 404, 404, 404, 200],
  },
  {
    resource: 'pairing',
    action: 'write',
    what: 'on a draft B holds in summary',
    method: 'POST',
    url: () => '/api/drafts/v2/pairings',
    body: () => ({ provisions: ['2'], from: ['3'] }),
    expect: [201, 404, 403, 404, 201],
  },
  {
    resource: 'pairing',
    action: 'write',
    what: 'on a hidden draft',
    method: 'POST',
    url: () => '/api/drafts/v3/pairings',
    body: () => ({ provisions: ['1'], from: ['1'] }),
    expect: [201, 404, 404, 404, 201],
  },
  {
    resource: 'pairing',
    action: 'write',
    what: 'on an unknown draft',
    method: 'POST',
    url: () => '/api/drafts/v9/pairings',
    body: () => ({ provisions: ['1'], from: ['1'] }),
    expect: nobody,
  },
  {
    resource: 'export',
    action: 'read',
    what: 'whole record',
    url: () => '/api/export',
    expect: [200, 403, 403, 403, 200],
  },
  { resource: 'negotiation', action: 'read', what: 'title', url: () => '/api/negotiation', expect: everyone },
  { resource: 'position', action: 'list', what: 'list', url: () => '/api/positions', expect: everyone },
  {
    resource: 'position',
    action: 'read',
    what: "A's private stance by id",
    url: (ids) => `/api/positions/${ids.privateA}`,
    expect: [200, 200, 404, 404, 200],
  },
  {
    resource: 'position',
    action: 'read',
    what: "A's shared stance on the draft only A holds, by id",
    url: (ids) => `/api/positions/${ids.sharedA}`,
    expect: [200, 200, 404, 404, 200],
  },
  {
    resource: 'position',
    action: 'read',
    what: 'unknown id',
    url: () => '/api/positions/p-404',
    expect: nobody,
  },
  {
    resource: 'position',
    action: 'read',
    what: 'history on a hidden draft',
    url: () => '/api/positions/history?draft=v1&provision=1',
    expect: [200, 200, 404, 404, 200],
  },
  {
    resource: 'position',
    action: 'write',
    what: "A's stance on the draft A holds",
    method: 'POST',
    url: () => '/api/positions',
    body: () => ({ party: 'north', draft: 'v1', provision: '3', stance: 'amend', asOf: '2025-03-06' }),
    expect: [201, 201, 404, 404, 201],
  },
  {
    resource: 'position',
    action: 'write',
    what: "B's stance on the summary B holds",
    method: 'POST',
    url: () => '/api/positions',
    body: () => ({ party: 'south', draft: 'v2', provision: '1', stance: 'accept', asOf: '2025-03-06' }),
    expect: [201, 404, 403, 404, 201],
  },
  // Track × role: v6 is held by A and B alike; its provision 2 is on B's shore track only.
  {
    resource: 'provision',
    action: 'read',
    what: 'on a track of B, in a draft both hold (its body: the next test)',
    url: () => '/api/drafts/v6',
    expect: [200, 200, 200, 404, 200],
  },
  {
    resource: 'position',
    action: 'read',
    what: "B's reported stance on a track of B, by id",
    url: (ids) => `/api/positions/${ids.shoreB}`,
    expect: [200, 404, 200, 404, 200],
  },
  {
    resource: 'position',
    action: 'read',
    what: 'history on a track of B',
    url: () => '/api/positions/history?draft=v6&provision=2',
    expect: [200, 404, 200, 404, 200],
  },
  {
    resource: 'position',
    action: 'list',
    what: 'narrowed to a provision on a track of B',
    url: () => '/api/positions?draft=v6&provision=2',
    expect: [200, 404, 200, 404, 200],
  },
  {
    resource: 'position',
    action: 'read',
    what: 'history on a provision of no track, in a draft both hold',
    url: () => '/api/positions/history?draft=v6&provision=1',
    expect: [200, 200, 200, 404, 200],
  },
  {
    resource: 'position',
    action: 'write',
    what: "A's stance on a track of B",
    method: 'POST',
    url: () => '/api/positions',
    body: () => ({ party: 'north', draft: 'v6', provision: '2', stance: 'accept', asOf: '2025-03-16' }),
    expect: [201, 404, 403, 404, 201],
  },
  {
    resource: 'position',
    action: 'write',
    what: "B's stance on a track of B",
    method: 'POST',
    url: () => '/api/positions',
    body: () => ({ party: 'south', draft: 'v6', provision: '2', stance: 'accept', asOf: '2025-03-16' }),
    expect: [201, 404, 201, 404, 201],
  },
  {
    resource: 'status',
    action: 'read',
    what: 'of a draft with a provision on a track of B',
    url: () => '/api/status?draft=v6',
    expect: [200, 200, 200, 404, 200],
  },
  {
    resource: 'compare',
    action: 'read',
    what: 'a draft with a provision on a track of B with itself',
    url: () => '/api/compare?from=v6&to=v6',
    expect: [200, 200, 200, 404, 200],
  },
  { resource: 'event', action: 'list', what: 'list', url: () => '/api/events', expect: everyone },
  {
    resource: 'event',
    action: 'write',
    what: 'add',
    method: 'POST',
    url: () => '/api/events',
    body: (role) => ({
      id: `talks-${role.toLowerCase()}`,
      kind: 'meeting',
      title: 'Talks',
      date: '2025-03-07',
    }),
    expect: staffOnly,
  },
  { resource: 'source', action: 'list', what: 'list', url: () => '/api/sources', expect: everyone },
  {
    resource: 'source',
    action: 'read',
    what: 'by id',
    url: () => '/api/sources/gazette-1',
    expect: everyone,
  },
  { resource: 'source', action: 'read', what: 'unknown id', url: () => '/api/sources/nope', expect: nobody },
  {
    resource: 'source',
    action: 'write',
    what: 'add',
    method: 'POST',
    url: () => '/api/sources',
    body: (role) => ({
      id: `note-${role.toLowerCase()}`,
      title: 'Note',
      outlet: 'Lake Gazette',
      date: '2025-03-08',
    }),
    expect: staffOnly,
  },
  {
    resource: 'source',
    action: 'write',
    what: 'ingest (its copies linked in the same write)',
    method: 'POST',
    url: () => '/api/sources/ingest',
    body: (role) => ({
      fileName: `note-${role.toLowerCase()}.txt`,
      content: `Lake talks, day ${role.length}\n\nThe ${role} desk reports that the delegations met again in Lakeview.`,
    }),
    expect: staffOnly,
  },
  {
    resource: 'source',
    action: 'write',
    what: 'ingest a batch in one write',
    method: 'POST',
    url: () => '/api/sources/ingest-batch',
    body: (role) => ({
      files: [
        {
          fileName: `batch-${role.toLowerCase()}.txt`,
          content: `Lake talks, round ${role.length}\n\nThe ${role} desk writes that the delegations met in Harbourtown.`,
        },
      ],
    }),
    expect: [200, 403, 403, 403, 200],
  },
  {
    resource: 'claim',
    action: 'write',
    what: 'accept',
    method: 'POST',
    url: (ids, role) => `/api/claims/${ids.mentions[role]}/accept`,
    body: () => ({ note: 'seen' }),
    expect: [200, 403, 403, 403, 200],
  },
  { resource: 'claim', action: 'list', what: 'list', url: () => '/api/claims', expect: everyone },
  { resource: 'claim', action: 'list', what: 'queue', url: () => '/api/claims/queue', expect: everyone },
  {
    resource: 'claim',
    action: 'write',
    what: 'review in bulk (reject, as any kind takes it without an edit)',
    method: 'POST',
    url: () => '/api/claims/review',
    body: (role, ids) => ({ claims: [ids.bulk[role]], decision: 'reject' }),
    expect: [200, 403, 403, 403, 200],
  },
  {
    resource: 'claim',
    action: 'write',
    what: 'review in bulk, an unknown id',
    method: 'POST',
    url: () => '/api/claims/review',
    body: () => ({ claims: ['nope'], decision: 'reject' }),
    expect: nobody,
  },
  {
    resource: 'claim',
    action: 'list',
    what: 'contradictions',
    url: () => '/api/contradictions',
    expect: everyone,
  },
  {
    resource: 'claim',
    action: 'write',
    what: 'reject',
    method: 'POST',
    url: (ids, role) => `/api/claims/${ids.claims[role]}/reject`,
    body: () => ({}),
    expect: [200, 403, 403, 403, 200],
  },
  {
    resource: 'claim',
    action: 'write',
    what: 'unknown id',
    method: 'POST',
    url: () => '/api/claims/nope/reject',
    body: () => ({}),
    expect: nobody,
  },
  { resource: 'party', action: 'list', what: 'list', url: () => '/api/parties', expect: everyone },
  {
    resource: 'party',
    action: 'write',
    what: 'add',
    method: 'POST',
    url: () => '/api/parties',
    body: (role) => ({ id: `isle-${role.toLowerCase()}`, name: `Isle ${role}`, role: 'observer' }),
    expect: staffOnly,
  },
  {
    resource: 'person',
    action: 'write',
    what: "a member of A's delegation",
    method: 'POST',
    url: () => '/api/people',
    body: (role) => ({ id: `aide-${role.toLowerCase()}`, name: `Aide ${role}`, party: 'north' }),
    expect: [201, 201, 403, 403, 201],
  },
  { resource: 'track', action: 'list', what: 'list', url: () => '/api/tracks', expect: everyone },
  { resource: 'user', action: 'list', what: 'list', url: () => '/api/users', expect: everyone },
  {
    resource: 'user',
    action: 'write',
    what: 'add',
    method: 'POST',
    url: () => '/api/users',
    body: (role) => ({
      id: `new-${role.toLowerCase()}`,
      name: 'New',
      role: 'analyst',
      password: 'another passphrase',
    }),
    expect: staffOnly,
  },
  {
    resource: 'user',
    action: 'write',
    what: "a token for A's delegate",
    method: 'POST',
    url: () => '/api/users/da/tokens',
    body: () => ({}),
    expect: [403, 201, 404, 404, 201],
  },
  { resource: 'circulation', action: 'list', what: 'list', url: () => '/api/circulations', expect: everyone },
  {
    resource: 'circulation',
    action: 'read',
    what: "A's copy by id",
    url: (ids) => `/api/circulations/${ids.copyA}/copy?format=text`,
    expect: [200, 200, 404, 404, 200],
  },
  {
    resource: 'circulation',
    action: 'write',
    what: 'circulate the draft A holds',
    method: 'POST',
    url: () => '/api/drafts/v1/circulations',
    body: () => ({ to: 'watch' }),
    expect: [201, 403, 404, 404, 201],
  },
  {
    resource: 'circulation',
    action: 'write',
    what: 'circulate a hidden draft',
    method: 'POST',
    url: () => '/api/drafts/v3/circulations',
    body: () => ({ to: 'broker', summary: 'A short summary.' }),
    expect: [201, 404, 404, 404, 201],
  },
  {
    resource: 'circulation',
    action: 'write',
    what: 'trace a leak',
    method: 'POST',
    url: () => '/api/trace',
    body: () => ({ text: 'The parties shall share the lake equally.' }),
    expect: [200, 403, 403, 403, 200],
  },
  {
    resource: 'signature',
    action: 'read',
    what: 'status of the final text A holds',
    url: () => '/api/drafts/v5/signing',
    expect: [200, 200, 404, 200, 200],
  },
  {
    resource: 'signature',
    action: 'read',
    what: 'signed bundle',
    url: () => '/api/drafts/v5/signed',
    expect: [200, 200, 404, 200, 200],
  },
  {
    resource: 'signature',
    action: 'read',
    what: 'certificate',
    url: () => '/api/drafts/v5/certificate?format=html',
    expect: [200, 200, 404, 200, 200],
  },
  {
    resource: 'signature',
    action: 'read',
    what: "B's payload on a text B never got",
    url: () => '/api/drafts/v5/signing/payload?as=south',
    expect: [403, 403, 404, 403, 403],
  },
  {
    resource: 'signature',
    action: 'write',
    what: 'plan',
    method: 'PUT',
    url: () => '/api/drafts/v5/signing',
    body: () => ({ signatories: ['north', 'south'], order: 'north before south' }),
    expect: [200, 403, 404, 403, 200],
  },
  {
    resource: 'signature',
    action: 'write',
    what: "a key challenge for B, on a text B never got (only B's delegates set B's key)",
    method: 'POST',
    url: () => '/api/drafts/v5/signing/keys/south/challenge',
    body: () => ({ publicKey: 'ab'.repeat(32) }),
    expect: [403, 403, 404, 403, 403],
  },
  {
    resource: 'signature',
    action: 'write',
    what: 'a key challenge for A, on the text A holds',
    method: 'POST',
    url: () => '/api/drafts/v5/signing/keys/north/challenge',
    body: () => ({ publicKey: 'ab'.repeat(32) }),
    expect: [403, 201, 404, 403, 403],
  },
  {
    resource: 'audit',
    action: 'list',
    what: 'log',
    url: () => '/api/audit',
    expect: [200, 403, 403, 403, 200],
  },
  {
    resource: 'audit',
    action: 'read',
    what: 'verify',
    url: () => '/api/audit/verify',
    expect: [200, 403, 403, 403, 200],
  },
  // Last: a final text is public, so once the secretariat finalizes v3 the analyst sees it (403, not 404).
  {
    resource: 'draft',
    action: 'write',
    what: 'finalize a hidden draft',
    method: 'POST',
    url: () => '/api/drafts/v3/finalize',
    expect: [200, 404, 404, 403, 200],
  },
];

/** What each role's listings contain: filtered, never refused. */
const listed: {
  url: string;
  pick: (item: Record<string, unknown>) => string;
  expect: Record<Role, string[]>;
}[] = [
  {
    url: '/api/drafts',
    pick: (d) => String(d.id),
    expect: {
      sec: ['v1', 'v2', 'v3', 'v5', 'v6'],
      delegateA: ['v1', 'v5', 'v6'],
      delegateB: ['v2', 'v6'],
      analyst: ['v5'],
      admin: ['v1', 'v2', 'v3', 'v5', 'v6'],
    },
  },
  {
    url: '/api/positions',
    pick: (p) => `${p.party}:${p.source ? 'shared' : 'private'}@${p.draft}`,
    // Shared stances only on text the reader holds: B never got v1, A is off v6 §2's track.
    expect: {
      sec: ['north:private@v1', 'north:shared@v1', 'south:shared@v6'],
      delegateA: ['north:private@v1', 'north:shared@v1'],
      delegateB: ['south:shared@v6'],
      analyst: [],
      admin: ['north:private@v1', 'north:shared@v1', 'south:shared@v6'],
    },
  },
  {
    url: '/api/circulations',
    pick: (c) => `${c.draft}>${c.party}`,
    expect: {
      sec: ['v1>north', 'v2>south', 'v5>north', 'v6>north', 'v6>south'],
      delegateA: ['v1>north', 'v5>north', 'v6>north'],
      delegateB: ['v2>south', 'v6>south'],
      analyst: [],
      admin: ['v1>north', 'v2>south', 'v5>north', 'v6>north', 'v6>south'],
    },
  },
  {
    url: '/api/users',
    pick: (u) => String(u.id),
    expect: {
      sec: ['adm', 'an', 'da', 'db', 'sec'],
      delegateA: ['da'],
      delegateB: ['db'],
      analyst: ['an'],
      admin: ['adm', 'an', 'da', 'db', 'sec'],
    },
  },
];

const ACCOUNTS: Record<Role, { id: string; role: AccountRole; party?: string }> = {
  sec: { id: 'sec', role: 'secretariat' },
  delegateA: { id: 'da', role: 'delegate', party: 'north' },
  delegateB: { id: 'db', role: 'delegate', party: 'south' },
  analyst: { id: 'an', role: 'analyst' },
  admin: { id: 'adm', role: 'admin' },
};

describe.each(backends)('the policy matrix over the API and the live channel, on $name', (backend) => {
  let h: Harness;
  let ids: Ids;
  const auth = {} as Record<Role, { authorization: string }>;

  beforeAll(async () => {
    h = await openHarness(backend);
    ids = await write(h.services, owner, 'negotiation', async (ctx) => {
      await importDraft(ctx, {
        id: 'v3',
        label: 'Third text',
        date: '2025-03-12',
        parents: ['v2'],
        provisions: [{ path: '1', number: '1', text: 'The lake is shared by season.' }],
      });
      const { circulation } = await circulateDraft.run(ctx, { draft: 'v1', to: 'north' });
      await circulateDraft.run(ctx, {
        draft: 'v2',
        to: 'south',
        summary: 'A commission settles disputes.',
      });
      const stance = { party: 'north', draft: 'v1', stance: 'accept', asOf: '2025-03-02' };
      const privateA = await setPosition(ctx, { ...stance, provision: '1' });
      const sharedA = await setPosition(ctx, { ...stance, provision: '3', source: 'gazette-1' });
      await runWithin(ctx, addEvent, {
        id: 'call',
        kind: 'call',
        title: 'A call',
        date: '2025-03-03',
        participants: ['north'],
      });
      await importDraft(ctx, {
        id: 'v5',
        label: 'Final text',
        date: '2025-03-14',
        state: 'final',
        provisions: [{ path: '1', number: '1', text: 'The lake is shared for ever.' }],
      });
      await circulateDraft.run(ctx, { draft: 'v5', to: 'north' });
      await planSigning.run(ctx, {
        draft: 'v5',
        signatories: ['north', 'south'],
        order: 'north before south',
      });
      for (const [signatory, privateKey] of [
        ['north', '1a'.repeat(32)],
        ['south', '2b'.repeat(32)],
      ] as const) {
        await proveAndRegisterKey(ctx, { draft: 'v5', signatory, privateKey });
      }
      await runWithin(ctx, addTrack, { id: 'shore', name: 'Shore', parties: ['south', 'broker'] });
      await importDraft(ctx, {
        id: 'v6',
        label: 'Sixth text',
        date: '2025-03-15',
        provisions: [
          { path: '1', number: '1', text: 'The lake is shared.' },
          { path: '2', number: '2', text: 'The southern shore keeps its harbour.' },
        ],
        annotations: { '2': { topics: [], track: 'shore' } },
      });
      await circulateDraft.run(ctx, { draft: 'v6', to: 'north' });
      await circulateDraft.run(ctx, { draft: 'v6', to: 'south' });
      const shoreB = await setPosition(ctx, {
        party: 'south',
        draft: 'v6',
        provision: '2',
        stance: 'accept',
        asOf: '2025-03-15',
        source: 'gazette-1',
      });
      const bytes = readFileSync(path.resolve('test/fixtures/ingest', 'lake-gazette.md'));
      await ingestDocument(ctx, { fileName: 'lake-gazette.md', bytes });
      for (const role of ROLES) {
        const { id, ...account } = ACCOUNTS[role];
        await addUser.run(ctx, { id, name: id, ...account, password: 'a long passphrase' });
        auth[role] = { authorization: `Bearer ${(await addToken.run(ctx, { user: id })).token}` };
      }
      return {
        privateA: privateA.id,
        sharedA: sharedA.id,
        shoreB: shoreB.id,
        copyA: circulation.id,
        claims: {} as Ids['claims'],
        mentions: {} as Ids['mentions'],
        bulk: {} as Ids['bulk'],
      };
    });
    const claims = await h.app.inject({
      method: 'GET',
      url: '/api/claims?status=suggested',
      headers: auth.sec,
    });
    const suggested = (claims.json() as { id: string }[]).map((c) => c.id);
    expect(suggested.length).toBeGreaterThanOrEqual(ROLES.length);
    ROLES.forEach((role, i) => {
      ids.claims[role] = suggested[i]!;
    });
    const mentions = await h.app.inject({
      method: 'GET',
      url: '/api/claims?status=suggested&kind=mention',
      headers: auth.sec,
    });
    const rejected = new Set(Object.values(ids.claims));
    const spare = (mentions.json() as { id: string }[]).map((c) => c.id).filter((id) => !rejected.has(id));
    expect(spare.length).toBeGreaterThanOrEqual(2);
    const taken = new Set([...rejected, ...spare.slice(0, 2)]);
    const left = suggested.filter((id) => !taken.has(id));
    expect(left.length).toBeGreaterThanOrEqual(2);
    ROLES.forEach((role, i) => {
      // The secretariat accepts one, the admin (last to ask) the other; those refused change nothing.
      ids.mentions[role] = spare[Math.min(i, 1)]!;
      ids.bulk[role] = left[Math.min(i, 1)]!;
    });
  });
  afterAll(() => h.close());

  it('each listing holds exactly what the role may see', async () => {
    for (const { url, pick, expect: expected } of listed) {
      for (const role of ROLES) {
        const response = await h.app.inject({ method: 'GET', url, headers: auth[role] });
        expect(response.statusCode, `${role} GET ${url}`).toBe(200);
        const got = (response.json() as Record<string, unknown>[]).map(pick).sort();
        expect(got, `${role} GET ${url}`).toEqual(expected[role]);
      }
    }
  });

  it('every role gets the status its row expects, for every resource and action', async () => {
    const failures: string[] = [];
    for (const row of rows) {
      for (const [i, role] of ROLES.entries()) {
        const url = row.url(ids, role);
        const body = row.body?.(role, ids);
        const response = await h.app.inject({
          method: row.method ?? 'GET',
          url,
          headers: auth[role],
          ...(body !== undefined ? { payload: body as object } : {}),
        });
        if (response.statusCode !== row.expect[i]) {
          failures.push(
            `${row.resource} ${row.action} (${row.what}) as ${role}: ${row.method ?? 'GET'} ${url} → ` +
              `${response.statusCode}, expected ${row.expect[i]}: ${response.body.slice(0, 160)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('a guessed id of something hidden answers exactly like an id that does not exist', async () => {
    const answer = async (url: string, id: string) => {
      const r = await h.app.inject({ method: 'GET', url, headers: auth.delegateB });
      return `${r.statusCode} ${r.json().error.message.replaceAll(id, 'ID')}`;
    };
    const guesses: [hidden: string, hiddenId: string, absent: string, absentId: string][] = [
      [`/api/positions/${ids.privateA}`, ids.privateA, '/api/positions/p-404', 'p-404'],
      ['/api/drafts/v1', 'v1', '/api/drafts/v9', 'v9'],
      ['/api/status?draft=v1', 'v1', '/api/status?draft=v9', 'v9'],
      ['/api/compare?from=v1&to=v2', 'v1', '/api/compare?from=v9&to=v2', 'v9'],
      [
        `/api/circulations/${ids.copyA}/copy?format=pdf`,
        ids.copyA,
        '/api/circulations/c-404/copy?format=pdf',
        'c-404',
      ],
    ];
    for (const [hidden, hiddenId, absent, absentId] of guesses) {
      const said = await answer(hidden, hiddenId);
      expect(said, hidden).toMatch(/^404 /);
      expect(said, hidden).toBe(await answer(absent, absentId));
    }
  });

  it('a draft shows each role the provisions of its tracks only', async () => {
    const paths = async (role: Role) => {
      const r = await h.app.inject({ method: 'GET', url: '/api/drafts/v6', headers: auth[role] });
      return (r.json() as { provisions: { path: string }[] }).provisions.map((p) => p.path);
    };
    expect(await paths('sec')).toEqual(['1', '2']);
    expect(await paths('delegateA')).toEqual(['1']);
    expect(await paths('delegateB')).toEqual(['1', '2']);
  });

  it('a provision of a track the party is not on answers exactly like one that does not exist', async () => {
    const answer = async (role: Role, url: string, ref: string) => {
      const r = await h.app.inject({ method: 'GET', url, headers: auth[role] });
      return `${r.statusCode} ${r.body.replaceAll(ref, 'REF')}`;
    };
    const guesses: [hidden: string, hiddenRef: string, absent: string, absentRef: string][] = [
      [
        '/api/positions/history?draft=v6&provision=2',
        'v6:2',
        '/api/positions/history?draft=v6&provision=9',
        'v6:9',
      ],
      ['/api/positions?draft=v6&provision=2', 'v6:2', '/api/positions?draft=v6&provision=9', 'v6:9'],
      [`/api/positions/${ids.shoreB}`, ids.shoreB, '/api/positions/p-404', 'p-404'],
    ];
    for (const [hidden, hiddenRef, absent, absentRef] of guesses) {
      const said = await answer('delegateA', hidden, hiddenRef);
      expect(said, hidden).toMatch(/^404 /);
      expect(said, hidden).toBe(await answer('delegateA', absent, absentRef));
    }
  });

  it('the live channel tells each role only of changes it may read', async () => {
    const base = await h.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `${base.replace(/^http/, 'ws')}/api/live`;
    const clients = {} as Record<Role, { socket: WebSocket; seen: string[] }>;
    for (const role of ROLES) {
      const socket = new WebSocket(url, { headers: auth[role] });
      const seen: string[] = [];
      socket.on('message', (raw) => {
        const m = JSON.parse(String(raw));
        if (m.type === 'change') seen.push(`${m.entity}:${m.id}`);
      });
      await new Promise((resolve, reject) => {
        socket.once('message', resolve);
        socket.once('error', reject);
      });
      clients[role] = { socket, seen };
    }
    const post = (role: Role, path: string, payload: object) =>
      h.app.inject({ method: 'POST', url: path, headers: auth[role], payload });
    // A's private stance, a new (uncirculated) draft, then something everyone may see.
    const stance = await post('delegateA', '/api/positions', {
      party: 'north',
      draft: 'v1',
      provision: '1',
      stance: 'reject',
      asOf: '2025-03-09',
    });
    expect(stance.statusCode).toBe(201);
    const privateA = `position:${stance.json().id}`;
    // B's reported stance on its own track: A holds the draft but is not on the track.
    const reported = await post('delegateB', '/api/positions', {
      party: 'south',
      draft: 'v6',
      provision: '2',
      stance: 'reject',
      asOf: '2025-03-17',
      source: 'gazette-1',
    });
    expect(reported.statusCode).toBe(201);
    const shoreB = `position:${reported.json().id}`;
    expect(
      (await post('sec', '/api/drafts', { text: '1. Closed text.', label: 'Closed', id: 'v4' })).statusCode,
    ).toBe(201);
    expect(
      (await post('sec', '/api/parties', { id: 'last', name: 'Last', role: 'observer' })).statusCode,
    ).toBe(201);
    const deadline = performance.now() + 5000;
    while (ROLES.some((r) => !clients[r].seen.includes('party:last')) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const expected: Record<Role, string[]> = {
      sec: [privateA, shoreB, 'draft:v4', 'party:last'],
      delegateA: [privateA, 'party:last'],
      delegateB: [shoreB, 'party:last'],
      analyst: ['party:last'],
      admin: [privateA, shoreB, 'draft:v4', 'party:last'],
    };
    for (const role of ROLES) {
      expect(clients[role].seen, role).toEqual(expected[role]);
      clients[role].socket.close();
    }
  });
});
