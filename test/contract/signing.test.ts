// The signing and circulation declarations keep their promises: a private key is never an
// input of anything served over HTTP (only the CLI's key-file use cases take one, in the
// signer's own process), and each read of the area is made stale by every kind the area's
// writes emit, so the signing desk and the circulation table refresh after each write.
import { describe, expect, it } from 'vitest';
import { circulation } from '../../src/contract/circulation.ts';
import type { Declaration } from '../../src/contract/declare.ts';
import { declarations } from '../../src/contract/index.ts';
import { signing } from '../../src/contract/signing.ts';

const inputFields = (d: Declaration) => Object.keys(d.input.shape);

describe('the signing and circulation contract', () => {
  it('serves no use case that takes a private key over HTTP', () => {
    const takingKeys = declarations().filter((d) => inputFields(d).includes('privateKey'));
    expect(takingKeys.map((d) => d.name).sort()).toEqual([
      'signing.registerKeyFile',
      'signing.signWithKeyFile',
    ]);
    for (const d of takingKeys) expect(d.http, d.name).toBeUndefined();
  });

  it('makes every read of the area stale after every kind its writes emit', () => {
    for (const area of [signing, circulation]) {
      const all = Object.values(area) as Declaration[];
      const emitted = new Set(all.flatMap((d) => (d.kind === 'write' ? d.emits : [])));
      for (const read of all) {
        if (read.kind !== 'read') continue;
        for (const kind of emitted) expect(read.staleAfter, `${read.name} after '${kind}'`).toContain(kind);
      }
    }
  });

  it('records a circulation as a change to its draft, and keys and signatures as signing changes', () => {
    expect(circulation.circulate.emits).toEqual(['draft']);
    for (const write of [signing.plan, signing.challenge, signing.registerKey, signing.sign])
      expect(write.emits, write.name).toEqual(['signing']);
  });
});
