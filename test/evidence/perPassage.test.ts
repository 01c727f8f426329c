import { describe, expect, it } from 'vitest';
import { perPassage } from '../../src/evidence/linkSupport.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import type { Roster } from '../../src/evidence/types.ts';

const roster = (...ids: string[]): Roster => ({
  parties: ids.map((id) => ({ id, name: id, role: 'principal', aliases: [] })),
  people: [],
});
const passage = { source: 'a', text: 'Varna and Oslet met.' } as Passage;

describe('perPassage', () => {
  const partiesNamed = perPassage((p, r) =>
    r.parties.filter((x) => p.text.includes(x.name)).map((x) => x.id),
  );

  it('reads a passage once per roster, and again against another roster', () => {
    const first = roster('Varna');
    const second = roster('Varna', 'Oslet');
    expect(partiesNamed(passage, first)).toEqual(['Varna']);
    expect(partiesNamed(passage, second)).toEqual(['Varna', 'Oslet']);
    expect(partiesNamed(passage, first)).toEqual(['Varna']);
  });

  it('computes once for repeated asks with one roster', () => {
    let calls = 0;
    const counted = perPassage(() => ++calls);
    const r = roster('Varna');
    counted(passage, r);
    counted(passage, r);
    expect(calls).toBe(1);
  });
});
