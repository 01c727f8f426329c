// A source that gives a deadline's day and, a sentence or two on, "the new date": the first day is
// the deadline's old state in that source, and the new day is the one set against another
// source's; the new day's sentence says what is due only in the first one's words.
// Invented lines about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const dateFlags = (...docs: ReturnType<typeof doc>[]) =>
  linkSources(docs, roster)
    .disagreements.filter((d) => d.kind === 'date')
    .map((d) => `${d.a.source}${d.b.source}: ${d.a.text} / ${d.b.text}`);

describe('a deadline its source replaces a sentence later', () => {
  const wire = doc(
    'b',
    'The two delegations must send their written replies on the draft to the Norland mediator by 14 April, an official said.',
    'news',
    '2031-04-03',
  );

  it('flags the new day, not the old one, against another source', () => {
    const briefing = doc(
      'a',
      'Question: The deadline for written replies on the draft was 10 April. Is it still valid?\n\nSpokesman: The Norland mediator proposed to move it, and we agreed. The new date is 17 April.',
      'press-conference',
      '2031-04-02',
    );
    expect(dateFlags(briefing, wire)).toEqual([
      expect.stringMatching(/^ab: .*The new date is 17 April\. \/ The two delegations/),
    ]);
  });

  it('keeps a day its source follows with another deadline, not a new day for it', () => {
    const briefing = doc(
      'a',
      'Spokesman: The deadline for written replies on the draft is 10 April. The signing itself is due by 20 April.',
      'press-conference',
      '2031-04-02',
    );
    expect(dateFlags(briefing, wire)).toEqual([
      expect.stringMatching(/^ab: .*written replies on the draft is 10 April\. \/ The two delegations/),
    ]);
  });
  it('does not take another limit extended later for the new day of the deadline before', () => {
    const statement = doc(
      'a',
      'The deadline for written replies on the draft is 10 April, the ministry said. The truce on the border crossings was extended until 20 April.',
      'readout',
      '2031-04-02',
    );
    expect(dateFlags(statement, wire)).toEqual([
      expect.stringMatching(/^ab: .*written replies on the draft is 10 April, .* \/ The two delegations/),
    ]);
  });

  it('still reads a move of the same deadline in like words as its new day', () => {
    const statement = doc(
      'a',
      'The deadline for written replies on the draft was 10 April. The written replies were then extended until 17 April.',
      'readout',
      '2031-04-02',
    );
    expect(dateFlags(statement, wire)).toEqual([
      expect.stringMatching(/^ab: .*extended until 17 April\. \/ The two delegations/),
    ]);
  });
});
