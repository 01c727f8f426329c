// Who "the president" is when a story names two presidents, and a Spanish name's first surname
// used alone. Every text and roster entry is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const roster: Roster = {
  parties: [
    { id: 'norland', name: 'Norland', role: 'mediator', aliases: [] },
    { id: 'fund', name: 'Harbour Fund', role: 'mediator', aliases: [] },
  ],
  people: [
    { id: 'lind', name: 'Ada Lind', office: 'President', party: 'fund', aliases: [] },
    { id: 'vik', name: 'Rosa Vik Berg', office: 'President of Norland', party: 'norland', aliases: [] },
    { id: 'kessel', name: 'Tomas Kessel Surin', office: 'Minister of Energy', party: 'norland', aliases: [] },
    { id: 'dahl', name: 'Per Dahl', office: 'Minister of Trade', party: 'norland', aliases: [] },
    { id: 'melnyk', name: 'Ida Varin Melnyk', office: 'Envoy', party: 'norland', aliases: [] },
  ],
};
const speakers = (text: string) =>
  extractClaims(text, { roster, genre: 'news' })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId);

describe('an office named bare', () => {
  it('is the one the story last gave that title, not the roster’s sole holder of the bare word', () => {
    const story = [
      'A plan drawn up by the president of the Harbour Fund, Ada Lind, was seen on Sunday.',
      'The President of Norland, Rosa Vik Berg, said on Monday that her government had not received it.',
      '"Norland signs nothing it has not read," the president said.',
    ].join('\n\n');
    expect(speakers(story)).toEqual(['vik']);
  });

  it('is never the last person named under another title', () => {
    const story = [
      'Ada Lind opened the fund’s meeting on Sunday.',
      'The Minister of Trade, Per Dahl, spoke after her.',
      '"The plan is final," the president said.',
    ].join('\n\n');
    expect(speakers(story)).toEqual(['lind']);
  });

  it('is not a former holder of the title, nor one not yet sworn in', () => {
    for (const title of ['Former President', 'President-elect']) {
      const story = [
        'President Ada Lind opened the fund’s meeting on Sunday.',
        `${title} Per Dahl sat in the front row.`,
        '"The plan is final," the president said.',
      ].join('\n\n');
      expect(speakers(story)).toEqual(['lind']);
    }
  });
});

describe('a name with two surnames', () => {
  it('goes by its first surname alone', () => {
    const story = [
      'The Minister of Energy, Tomas Kessel Surin, spoke to reporters after the meeting.',
      '"We go to negotiate, not to take orders," Kessel said.',
    ].join('\n\n');
    expect(speakers(story)).toEqual(['kessel']);
  });

  it('leaves the middle word to another person who has it as a surname', () => {
    const story = [
      'The economist Olav Varin, who has followed the talks for a bank, doubts a deal.',
      '"Nobody in Kessel expects a deal before winter," Varin said.',
    ].join('\n\n');
    expect(speakers(story)).not.toContain('melnyk');
  });
});
