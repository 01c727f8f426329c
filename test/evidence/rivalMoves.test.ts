// One move of a deadline told with two new days: two accounts from the same old day, or written
// the same week, disagree even where the exceptions for moved deadlines would read two states.
// A source that gives the old day as old does not disagree with one giving the new day.
// Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { changedTo } from '../../src/evidence/deadlineMoves.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { doc, kinds } from './linkedDocs.ts';
import { roster } from './roster.ts';

const passage = (text: string) => ({ text, published: '2031-03-05' }) as Passage;

describe('the new day of a move told with its old day', () => {
  it('reads the day after "from <day> to" when the verb of change stands far before it', () => {
    expect(
      changedTo(
        passage('The ratification deadline was moved by the joint commission from 12 March to 19 March.'),
        roster,
      ),
    ).toBe('2031-03-19');
    expect(
      changedTo(
        passage('Minutes: agreed to move the ratification deadline from 12 March to 19 March.'),
        roster,
      ),
    ).toBe('2031-03-19');
    // "From … to" without a verb of change is a span, not a move.
    expect(
      changedTo(passage('The commission sits from 12 March to 19 March in Fjellby.'), roster),
    ).toBeUndefined();
  });
});

describe('two accounts of one move', () => {
  it('disagree when both move the deadline from one old day to two new days', () => {
    const minutes = doc(
      'a',
      'The joint commission agreed to move the ratification deadline for the fisheries protocol from 12 March to 19 March.',
      'meeting-transcript',
      '2031-03-08',
    );
    const wire = doc(
      'b',
      'The ratification deadline for the fisheries protocol has been pushed back from 12 March to 26 March, officials said.',
      'news',
      '2031-03-09',
    );
    expect(kinds(minutes, wire)).toEqual(['date ab']);
  });

  it('do not disagree when one gives the old day as the original one', () => {
    const minutes = doc(
      'a',
      'The joint commission agreed to move the ratification deadline for the fisheries protocol from 12 March to 19 March.',
      'meeting-transcript',
      '2031-03-08',
    );
    const explainer = doc(
      'b',
      'The ratification deadline for the fisheries protocol had originally been 12 March.',
      'news',
      '2031-03-09',
    );
    expect(kinds(minutes, explainer)).toEqual([]);
  });

  it('do not disagree when they move it from two old days (two moves)', () => {
    const first = doc(
      'a',
      'The ratification deadline for the fisheries protocol has been pushed back from 12 March to 19 March.',
      'news',
      '2031-03-08',
    );
    const second = doc(
      'b',
      'The ratification deadline for the fisheries protocol has been pushed back again, from 19 March to 2 April.',
      'news',
      '2031-03-18',
    );
    expect(kinds(first, second)).toEqual([]);
  });
});
