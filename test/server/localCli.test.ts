// POST /api/local/cli, attacked: only a caller on this machine that shows the secret of the
// home's parley.server file gets a command run, and nothing runs for anyone else.
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/app/changes.ts';
import type { Services } from '../../src/app/context.ts';
import { runHosted } from '../../src/cli/hosted.ts';
import {
  LOCAL_CLI_PATH,
  LOCAL_CLI_SECRET_HEADER,
  type LocalCliRequest,
} from '../../src/contract/localCli.ts';
import { buildServer } from '../../src/server/app.ts';
import type { Store } from '../../src/store/database.ts';
import { pglite, testServices } from '../support/stores.ts';
import { addAccounts } from './harness.ts';

const SECRET = 'a-test-secret-of-the-home';
const command = (args: string[]): LocalCliRequest => ({
  args,
  cwd: process.cwd(),
  env: {},
  color: false,
  bytesOut: true,
});
const addNorth = command(['party', 'add', 'north', '--name', 'Northland', '--role', 'principal']);

describe('POST /api/local/cli', () => {
  let store: Store;
  let services: Services;
  let app: FastifyInstance;
  let ran: LocalCliRequest[];
  beforeEach(async () => {
    store = await pglite.open();
    services = testServices(store);
    ran = [];
    app = buildServer({
      services,
      localCli: {
        secret: SECRET,
        run: (request) => {
          ran.push(request);
          return runHosted(services, request);
        },
      },
    });
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
    await store.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
    app.inject({ method: 'POST', url: LOCAL_CLI_PATH, payload: body as object, headers, remoteAddress });
  const parties = async () => (await app.inject({ method: 'GET', url: '/api/parties' })).json();

  it('runs a command as the local owner for the holder of the secret, and publishes its changes', async () => {
    const changes: Change[] = [];
    services.bus.subscribe((c) => changes.push(c));
    const r = await post(addNorth, { [LOCAL_CLI_SECRET_HEADER]: SECRET });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      exitCode: 0,
      output: [{ stream: 'stdout', text: 'added party north (Northland, principal)\n' }],
    });
    expect(await parties()).toEqual([expect.objectContaining({ id: 'north' })]);
    expect(changes).toEqual([expect.objectContaining({ entity: 'party', id: 'north', action: 'add' })]);
  });

  it('gives the exit code and the message a failing command has in a terminal', async () => {
    const r = await post(command(['draft', 'show', 'nope']), { [LOCAL_CLI_SECRET_HEADER]: SECRET });
    expect(r.json()).toEqual({
      exitCode: 4,
      output: [
        {
          stream: 'stderr',
          text: "parley: unknown draft 'nope': run `parley draft list` to see draft ids\n",
        },
      ],
    });
  });

  it('refuses a missing or wrong secret with 401, and runs nothing', async () => {
    const attempts: Record<string, string>[] = [
      {},
      { [LOCAL_CLI_SECRET_HEADER]: 'guess' },
      { [LOCAL_CLI_SECRET_HEADER]: '' },
    ];
    for (const headers of attempts) {
      const r = await post(addNorth, headers);
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('unauthorized');
    }
    // Neither a bearer token nor a session stands in for the secret.
    const r = await post(addNorth, { authorization: `Bearer ${SECRET}` });
    expect(r.statusCode).toBe(401);
    expect(ran).toEqual([]);
    expect(await parties()).toEqual([]);
  });

  it('answers another machine 404, even with the secret, and runs nothing', async () => {
    for (const address of ['10.1.2.3', '192.168.0.7', '::ffff:10.0.0.1', '2001:db8::1']) {
      const r = await post(addNorth, { [LOCAL_CLI_SECRET_HEADER]: SECRET }, address);
      expect(r.statusCode, address).toBe(404);
    }
    expect(ran).toEqual([]);
  });

  it('refuses a page in a browser (Origin, Sec-Fetch-Site) even with the secret', async () => {
    const browsers: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'http://127.0.0.1:4319' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of browsers) {
      const r = await post(addNorth, { [LOCAL_CLI_SECRET_HEADER]: SECRET, ...headers });
      expect(r.statusCode).toBe(403);
    }
    expect(ran).toEqual([]);
    expect(await parties()).toEqual([]);
  });

  it('checks the secret before it reads the body', async () => {
    const r = await app.inject({
      method: 'POST',
      url: LOCAL_CLI_PATH,
      payload: 'not json',
      headers: { 'content-type': 'application/json' },
    });
    expect(r.statusCode).toBe(401);
  });

  it('accepts only the environment variables a command reads', async () => {
    const r = await post(
      { ...addNorth, env: { PARLEY_DATABASE_URL: 'postgres://elsewhere/db' } },
      { [LOCAL_CLI_SECRET_HEADER]: SECRET },
    );
    expect(r.statusCode).toBe(400);
    expect(ran).toEqual([]);
  });

  it('refuses to start a second server from a command it runs', async () => {
    for (const args of [
      ['serve', '--port', '0'],
      ['start', '--port', '0'],
    ]) {
      const r = await post(command(args), { [LOCAL_CLI_SECRET_HEADER]: SECRET });
      expect(r.json()).toEqual({
        exitCode: 7,
        output: [{ stream: 'stderr', text: expect.stringMatching(/cannot start another server/) }],
      });
    }
  });

  it('still acts as the owner once accounts exist, while the API wants a credential', async () => {
    await addAccounts(services, [{ id: 'sec', role: 'secretariat' }]);
    expect((await app.inject({ method: 'GET', url: '/api/parties' })).statusCode).toBe(401);
    const r = await post(command(['party', 'list', '--json']), { [LOCAL_CLI_SECRET_HEADER]: SECRET });
    expect(r.json()).toMatchObject({ exitCode: 0, output: [{ stream: 'stdout', text: '[]\n' }] });
  });

  it('is not there when the server was not given a secret', async () => {
    const plain = buildServer({ services });
    const r = await plain.inject({
      method: 'POST',
      url: LOCAL_CLI_PATH,
      payload: addNorth,
      headers: { [LOCAL_CLI_SECRET_HEADER]: SECRET },
    });
    expect(r.statusCode).toBe(404);
    await plain.close();
    expect(ran).toEqual([]);
  });
});
