// The server side of bench/api.bench.ts, in its own process so that the load generator
// does not share its event loop: the Geneva demo in a fresh home (as `parley demo` loads
// it), served twice from one store — ours (the read cache on) and the baseline (the same
// server with `readCache: { capacity: 0 }`, computing every request). Speaks over IPC.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addToken, addUser } from '../src/app/accounts.ts';
import { circulateDraft } from '../src/app/circulation.ts';
import { createServices, write } from '../src/app/context.ts';
import { loadScenario } from '../src/app/scenario.ts';
import { readDemo } from '../src/cli/commands/demo.ts';
import { owner } from '../src/core/actor.ts';
import { buildServer } from '../src/server/app.ts';
import { openStore } from '../src/store/database.ts';

export type BenchRequest = { type: 'accounts' } | { type: 'stop' };
export type BenchReply =
  | { type: 'ready'; cached: string; uncached: string; kind: string }
  | { type: 'accounts'; secretariat: string; delegate: string };

const send = (reply: BenchReply) => process.send?.(reply);

const home = mkdtempSync(path.join(tmpdir(), 'parley-bench-api-'));
// A scratch PostgreSQL database, never PARLEY_DATABASE_URL: the demo replaces what it holds.
const databaseUrl = process.env.PARLEY_BENCH_DATABASE_URL;
const store = await openStore(databaseUrl ? { databaseUrl } : { home });
const services = createServices(store);
const { scenario, texts } = readDemo();
await write(services, owner, 'negotiation', (ctx) =>
  loadScenario(ctx, scenario, texts, { force: Boolean(databaseUrl), secret: services.fingerprintSecret }),
);
const cached = buildServer({ services });
const uncached = buildServer({ services, readCache: { capacity: 0 } });
send({
  type: 'ready',
  cached: await cached.listen({ port: 0, host: '127.0.0.1' }),
  uncached: await uncached.listen({ port: 0, host: '127.0.0.1' }),
  kind: store.kind,
});

process.on('message', async (message: BenchRequest) => {
  if (message.type === 'accounts') {
    // Accounts close open mode: a secretariat member and a Ukrainian delegate holding the revision.
    const tokens = await write(services, owner, 'user', async (ctx) => {
      await circulateDraft(ctx, {
        draft: 'geneva-revision',
        to: 'ukraine',
        secret: services.fingerprintSecret,
      });
      const password = 'bench passphrase';
      await addUser(ctx, { id: 'bench-sec', name: 'Secretariat', role: 'secretariat', password });
      await addUser(ctx, { id: 'bench-ua', name: 'Delegate', role: 'delegate', party: 'ukraine', password });
      return {
        secretariat: (await addToken(ctx, { user: 'bench-sec' })).token,
        delegate: (await addToken(ctx, { user: 'bench-ua' })).token,
      };
    });
    send({ type: 'accounts', ...tokens });
  } else {
    await cached.close();
    await uncached.close();
    await store.close();
    rmSync(home, { recursive: true, force: true });
    process.exit(0);
  }
});
