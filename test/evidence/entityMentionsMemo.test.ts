// entityMentions keeps what it read of each text per roster: linking asks it again and again of
// one passage. The memo must answer as a fresh read would, for the roster asked, and be shared
// read-only. Invented names of the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { entityMentions } from '../../src/evidence/entities.ts';
import type { Roster } from '../../src/evidence/types.ts';

const text = 'Mira Kostal met the Council in Fjellby.';
const withKostal: Roster = {
  parties: [
    { id: 'arvenia', name: 'Arvenia', role: 'principal', aliases: [] },
    { id: 'north', name: 'the Northern Council', role: 'guarantor', aliases: [] },
  ],
  people: [{ id: 'kostal', name: 'Mira Kostal', party: 'arvenia', aliases: [] }],
};
const withoutKostal: Roster = { parties: withKostal.parties, people: [] };

describe('who a text names, read once per roster', () => {
  it('answers each roster as its own fresh read', () => {
    const first = entityMentions(text, withKostal).map((m) => m.person ?? m.party);
    expect(first).toEqual(['kostal', 'north']);
    expect(entityMentions(text, withoutKostal).map((m) => m.person ?? m.party)).toEqual(['north']);
    expect(entityMentions(text, withKostal).map((m) => m.person ?? m.party)).toEqual(first);
  });

  it('shares its answer read-only', () => {
    const mentions = entityMentions(text, withKostal);
    expect(() => (mentions as unknown[]).push({})).toThrow(TypeError);
    expect(() => Object.assign(mentions[0]!, { party: 'torvania' })).toThrow(TypeError);
    expect(entityMentions(text, withKostal)[0]!.party).toBe('arvenia');
  });

  it('reads a long text afresh each time, with the same answer', () => {
    const long = `${'The talks went on. '.repeat(150)}${text}`;
    expect(entityMentions(long, withKostal).map((m) => m.person ?? m.party)).toEqual(['kostal', 'north']);
  });
});
