// A server on a real test store (PGlite from the template, or PostgreSQL), seeded with the
// small Lake Treaty negotiation, driven through inject().
import type { FastifyInstance } from 'fastify';
import { addToken, addUser } from '../../src/app/accounts.ts';
import type { Services } from '../../src/app/context.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { type Actor, owner, type Role } from '../../src/core/actor.ts';
import { buildServer } from '../../src/server/app.ts';
import type { Store } from '../../src/store/database.ts';
import { seedSmall } from '../support/fixtures.ts';
import { type Backend, openSeeded, testServices } from '../support/stores.ts';

export interface Harness {
  store: Store;
  services: Services;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function openHarness(backend: Backend, options: { seed?: boolean } = {}): Promise<Harness> {
  // A seeded store starts from a dump of the seed, made by the file's first (stores.ts).
  const { store, services } =
    options.seed === false ? await openBare(backend) : await openSeeded(backend, 'small', seedSmall);
  const app = buildServer({ services });
  await app.ready();
  return {
    store,
    services,
    app,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

async function openBare(backend: Backend): Promise<{ store: Store; services: Services }> {
  const store = await backend.open();
  return { store, services: testServices(store) };
}

/**
 * The whole record as the API shows it, to prove a failed request changed nothing; once
 * accounts exist, pass a staff member's `authorization` header.
 */
export async function exported(app: FastifyInstance, headers: Record<string, string> = {}): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/api/export', headers });
  if (response.statusCode !== 200) throw new Error(`export failed: ${response.body}`);
  return response.body;
}

export interface Account {
  id: string;
  role: Role;
  party?: string;
}

/** A password long enough for the account rules, shared by the test accounts. */
export const PASSWORD = 'correct horse battery';

/**
 * Adds the accounts (as the local owner, which closes open mode) and a bearer token each
 * minted for itself; returns the headers that act as one of them.
 */
export async function addAccounts(
  services: Services,
  accounts: readonly Account[],
): Promise<(id: string) => { authorization: string }> {
  const tokens = new Map<string, string>();
  for (const a of accounts) {
    await runUseCase(services, owner, addUser, { ...a, name: a.id, password: PASSWORD });
    // Each account mints its own token (as after signing in): one the owner minted would
    // act as "owner for user:ID".
    const self: Actor = { kind: 'user', id: a.id, role: a.role, ...(a.party ? { party: a.party } : {}) };
    const { token } = await runUseCase(services, self, addToken, { user: a.id });
    tokens.set(a.id, token);
  }
  return (id) => {
    const token = tokens.get(id);
    if (!token) throw new Error(`no test account '${id}'`);
    return { authorization: `Bearer ${token}` };
  };
}

/** A draft in plain text, written for these tests. */
export const lakeDraftText = [
  'Lake Treaty — third text',
  '',
  'The parties agree as follows.',
  '',
  '1. The parties shall share the lake equally.',
  '2. A joint commission of five members settles disputes.',
  '   (a) The commission meets each quarter.',
  '3. Navigation is free for all vessels.',
].join('\n');
