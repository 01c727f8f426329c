// A long run of names: each name found used to be checked against every mention found before
// it, and each office against every mention to find its party, so 200,000 characters of names
// took 1.6–5.9 s. Both checks now cost the length of the name, or a binary search.
import { describe, expect, it } from 'vitest';
import { entityMentions } from '../../src/evidence/entities.ts';
import { roster } from './roster.ts';
import { cpuMs } from './timedRuns.ts';

const BOUND_MS = 1000;

describe('who a passage names, on hostile input', () => {
  it('reads 200,000 characters of names and offices in linear time, each mention once', () => {
    const unit = `Mira Kostal of Arvenia met the president of Torvania and Norland's special envoy, `;
    const copies = Math.ceil(200_000 / unit.length);
    let found: ReturnType<typeof entityMentions> = [];
    const ms = cpuMs(() => (found = entityMentions(unit.repeat(copies), roster)));
    // Per copy: Kostal, Arvenia, "president" held by Torvania's president, Torvania, Norland, its envoy.
    expect(found.filter((m) => m.person === 'kostal' && m.via === 'name')).toHaveLength(copies);
    expect(found.filter((m) => m.person === 'varin' && m.via === 'office')).toHaveLength(copies);
    expect(found.filter((m) => m.person === 'dahl')).toHaveLength(copies);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});
