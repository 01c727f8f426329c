// Periods across sources. A deadline set by a period ("mid-April", "the first half of April")
// against one set by a day: the day must fall within the period for the two to agree ("the end of
// March" is 31 March). A span of days ("from 18 to 20 March") is one event dated by its first day,
// whose last day another source may give. Documents invented for the test: a presidency readout,
// a wire, a ministry post.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs, kinds } from './linkedDocs.ts';

const readout = doc(
  'a',
  'The President noted that the deadline for a ceasefire along the Vell line is March 31.',
  'readout',
);
const wire = (when: string) =>
  doc('b', `The deadline for a ceasefire along the Vell line is ${when}, the Citadel said.`);

describe('a deadline set by a period, against one set by a day', () => {
  it('is flagged when the day falls outside the period', () => {
    expect(kinds(readout, wire('mid-April'))).toEqual(['date ab']);
    expect(kinds(readout, wire('the first half of April'))).toEqual(['date ab']);
  });

  it('agrees when the day falls within it', () => {
    expect(kinds(readout, wire('the end of March'))).toEqual([]);
    const post = doc('c', 'The ceasefire deadline along the Vell line is 18 April, the ministry said.');
    expect(kinds(wire('mid-April'), post)).toEqual([]);
  });
});

describe('a span of days told by one source, and its last day by another', () => {
  const ministry = doc(
    'a',
    'The delegations of Arvenia and Torvania will hold talks in Fjellby from 18 to 20 March.',
    'readout',
  );
  it('is one event, with no date in dispute', () => {
    const end = doc(
      'b',
      'The talks between Arvenia and Torvania in Fjellby will end on 20 March.',
      'readout',
    );
    expect(kinds(ministry, end)).toEqual([]);
    expect(eventPairs([ministry, end])).toEqual(['a-b']);
  });

  it('is flagged when another source opens it on another day', () => {
    const wire = doc(
      'b',
      'Arvenian and Torvanian negotiators will open talks in Fjellby on March 19, officials said.',
    );
    expect(kinds(ministry, wire)).toEqual(['date ab']);
  });
});
