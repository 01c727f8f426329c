import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/app/audit.ts';
import { claimQueue, listClaims } from '../../src/app/claims.ts';
import { write } from '../../src/app/context.ts';
import { addParty, listParties } from '../../src/app/roster.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { type AuditEntry, appendEntry, checkpointLog } from '../../src/govern/auditChain.ts';
import { migrationsFolder, openStore } from '../../src/store/database.ts';
import { selectAuditTree } from '../../src/store/repo/audit.ts';
import { testServices } from '../support/stores.ts';

/** A copy of the shipped migrations holding only the first `count`, as an older Parley shipped them. */
function olderMigrations(dir: string, count: number): string {
  const folder = path.join(dir, 'migrations');
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('versioned migrations', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a newer Parley upgrades a home written by an older one and keeps its data', async () => {
    const home = path.join(dir, 'home');
    const old = await openStore({ home, migrations: olderMigrations(dir, 1) });
    // Written as the older Parley wrote it: today's code expects today's columns.
    await old.db.execute(
      sql`insert into party (id, name, role, aliases) values ('north', 'Northland', 'principal', '[]')`,
    );
    await old.db.execute(
      sql`insert into audit (at, actor, action, entity, entity_id, data) values ('2025-01-01T00:00:00.000Z', 'owner', 'add', 'party', 'north', '{}')`,
    );
    await old.close();

    const current = await openStore({ home });
    try {
      const s = testServices(current);
      expect((await runUseCase(s, owner, listParties, {})).map((p) => p.id)).toEqual(['north']);
      expect(await runUseCase(s, owner, listClaims, {})).toEqual([]);
      await runUseCase(s, owner, addParty, { id: 'south', name: 'Southland', role: 'principal' });
    } finally {
      await current.close();
    }
  });

  it('a chained log written before the stored tree (migration 0002) verifies and grows after the upgrade', async () => {
    const home = path.join(dir, 'chained');
    const old = await openStore({ home, migrations: olderMigrations(path.join(dir, 'm3'), 3) });
    const key = testServices(old).auditKey;
    // The log as Parley wrote it before 0003: chained rows and one checkpoint per write.
    const log: AuditEntry[] = [];
    for (const id of ['north', 'south', 'east']) {
      const at = '2025-01-01T00:00:00.000Z';
      const entry = appendEntry(log, {
        at,
        actor: 'owner',
        action: 'add',
        subject: `party:${id}`,
        details: {},
      });
      log.push(entry);
      await old.db.execute(
        sql`insert into audit (seq, at, actor, action, entity, entity_id, data, prev_hash, hash) values (${entry.seq}, ${at}, 'owner', 'add', 'party', ${id}, '{}', ${entry.prevHash}, ${entry.hash})`,
      );
      const c = checkpointLog(log, at, key.privateKey);
      await old.db.execute(
        sql`insert into audit_checkpoint (size, root, time, signature, public_key) values (${c.size}, ${c.root}, ${c.time}, ${c.signature}, ${key.publicKey})`,
      );
    }
    await old.close();

    const current = await openStore({ home });
    try {
      const s = testServices(current);
      await runUseCase(s, owner, addParty, { id: 'west', name: 'Westland', role: 'principal' });
      await runUseCase(s, owner, addParty, { id: 'isle', name: 'Isle', role: 'observer' });
      const verdict = await runUseCase(s, owner, verifyAudit, {});
      expect(verdict).toMatchObject({ ok: true, size: 5, checkpointed: 5 });
      expect(await selectAuditTree(current.db)).toMatchObject({ size: 5 });
    } finally {
      await current.close();
    }
  });
  it('claims written before match_key (0009) keep the digests the log holds, and are corroborated after the upgrade', async () => {
    const home = path.join(dir, 'claims');
    const old = await openStore({ home, migrations: olderMigrations(path.join(dir, 'm9'), 9) });
    // An audited write as the Parley before 0009 made it: two sources quoting the same words.
    await write(testServices(old), owner, 'source', async (ctx) => {
      for (const [n, source] of ['wire', 'gazette'].entries()) {
        await ctx.q.execute(
          sql`insert into source (id, title, outlet, date, kind, reliability) values (${source}, ${source}, ${source}, '2025-06-12', 'article', 'unknown')`,
        );
        await ctx.q.execute(
          sql`insert into claim (id, source_id, kind, status, text, span_start, span_end, data) values (${`c-${n}`}, ${source}, 'quote', 'suggested', 'We have found a fair balance', 0, 28, '{"words": "We have found a fair balance"}')`,
        );
        await ctx.record('ingest', 'source', source, {});
      }
    });
    await old.close();

    const current = await openStore({ home });
    try {
      const s = testServices(current);
      expect(await runUseCase(s, owner, verifyAudit, {})).toMatchObject({ ok: true });
      const queue = await runUseCase(s, owner, claimQueue, {});
      expect(queue.groups.flatMap((g) => g.claims.map((c) => c.corroboration))).toEqual([
        { sources: 2, independent: 2 },
        { sources: 2, independent: 2 },
      ]);
    } finally {
      await current.close();
    }
  });
});
