// The contract holds together: names and routes are unique, every path field is an input
// field, every declaration is implemented and served, and every change kind a read waits
// for is one some write emits (so no screen waits for a change that never comes).
import { describe, expect, it } from 'vitest';
import { USE_CASES } from '../../src/app/useCases.ts';
import { CHANGE_ENTITIES } from '../../src/contract/changes.ts';
import { pathFields } from '../../src/contract/declare.ts';
import { declarations } from '../../src/contract/index.ts';

const all = declarations();

describe('the contract', () => {
  it('names every use case once and binds each HTTP route once', () => {
    const names = all.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    const routes = all.flatMap((d) =>
      d.http ? [`${d.http.method} ${d.http.path.replace(/:\w+/g, ':')}`] : [],
    );
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('takes every path segment from an input field of the same name', () => {
    for (const d of all) {
      for (const field of d.http ? pathFields(d.http.path) : []) {
        expect(Object.keys(d.input.shape), `${d.name}: :${field}`).toContain(field);
      }
    }
  });

  it('implements and serves every declaration, and nothing undeclared', () => {
    const served = USE_CASES.map((u) => u.declaration);
    // A hand-written route serves its declaration itself (test/server/openapi.test.ts checks it is there).
    for (const d of all) if (!d.http?.handWritten) expect(served, d.name).toContain(d);
    for (const d of served) expect(all, d.name).toContain(d);
  });

  it('waits only for change kinds that some write emits, and every kind is emitted', () => {
    const emitted = new Set(all.flatMap((d) => (d.kind === 'write' ? d.emits : [])));
    for (const d of all) {
      if (d.kind !== 'read') continue;
      for (const entity of d.staleAfter) expect(emitted, `${d.name} waits for '${entity}'`).toContain(entity);
    }
    expect([...emitted].sort()).toEqual([...CHANGE_ENTITIES].sort());
  });
});
