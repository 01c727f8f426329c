// A new home starts as a copy of a migrated empty data directory (the build ships one in
// dist/empty-home) instead of running initdb; the migrations still run on the copy.

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listClaims } from '../../src/app/claims.ts';
import { addParty, listParties } from '../../src/app/roster.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { migrationsFolder, openStore } from '../../src/store/database.ts';
import { testServices } from '../support/stores.ts';

describe('a new home from an empty data directory', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parley-empty-home-'));
  const empty = path.join(dir, 'empty', 'pgdata');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    // Made as the build makes it, with only the first migration: the copy must get the rest.
    const folder = path.join(dir, 'migrations');
    cpSync(migrationsFolder, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
    journal.entries = journal.entries.slice(0, 1);
    writeFileSync(journalFile, JSON.stringify(journal));
    const store = await openStore({ home: path.join(dir, 'empty'), migrations: folder });
    await store.close();
    rmSync(path.join(dir, 'empty', 'keys'), { recursive: true, force: true });
  }, 120_000);

  it('opens as a copy, migrated to the end, and leaves the empty one empty', async () => {
    const before = readdirSync(empty).sort();
    const home = path.join(dir, 'first');
    const store = await openStore({ home, emptyDataDir: empty });
    const s = testServices(store);
    // A table of a later migration exists: the migrations ran on the copy.
    expect(await runUseCase(s, owner, listClaims, {})).toEqual([]);
    await runUseCase(s, owner, addParty, { id: 'north', name: 'Northland', role: 'principal' });
    await store.close();
    expect(existsSync(path.join(home, 'pgdata.new'))).toBe(false);
    expect(readdirSync(empty).sort()).toEqual(before);

    const second = await openStore({ home: path.join(dir, 'second'), emptyDataDir: empty });
    expect(await runUseCase(testServices(second), owner, listParties, {})).toEqual([]);
    await second.close();

    const again = await openStore({ home, emptyDataDir: empty });
    expect((await runUseCase(testServices(again), owner, listParties, {})).map((p) => p.id)).toEqual([
      'north',
    ]);
    await again.close();
  });

  it('starts over from a copy that was cut short', async () => {
    const home = path.join(dir, 'half');
    cpSync(empty, path.join(home, 'pgdata.new'), { recursive: true });
    rmSync(path.join(home, 'pgdata.new', 'PG_VERSION'));
    const store = await openStore({ home, emptyDataDir: empty });
    expect(await runUseCase(testServices(store), owner, listParties, {})).toEqual([]);
    await store.close();
    expect(existsSync(path.join(home, 'pgdata', 'PG_VERSION'))).toBe(true);
    expect(existsSync(path.join(home, 'pgdata.new'))).toBe(false);
  });
});
