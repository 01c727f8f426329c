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

describe('a move asked for, refused or only possible', () => {
  const done = doc(
    'b',
    'Arvenia moved the ratification deadline for the fisheries protocol from 12 March to 19 March, officials said.',
    'news',
    '2031-03-09',
  );
  it('gives no new day', () => {
    for (const text of [
      'Torvania urged the joint commission on Monday to move the ratification deadline from 12 March to 26 March.',
      'Arvenia declined on Monday to move the ratification deadline from 12 March to 26 March.',
      'Arvenia refused on Monday to extend the ratification deadline from 12 March to 26 March.',
      'The ratification deadline could be pushed back to 26 March, a diplomat said.',
      'The commission has not moved the ratification deadline to 26 March.',
    ])
      expect(changedTo(passage(text), roster)).toBeUndefined();
    // Done, though a refusal stands in another clause.
    expect(
      changedTo(
        passage('Arvenia, which had refused to talk, moved the ratification deadline to 26 March.'),
        roster,
      ),
    ).toBe('2031-03-26');
  });

  it('does not disagree with a move told as done', () => {
    for (const text of [
      'Torvania urged the joint commission on Monday to move the ratification deadline for the fisheries protocol from 12 March to 26 March, a request still unanswered.',
      'Arvenia declined on Monday to move the ratification deadline for the fisheries protocol from 12 March to 26 March, as Torvania had urged.',
      'Arvenia refused on Monday to extend the ratification deadline for the fisheries protocol from 12 March to 26 March.',
    ])
      expect(kinds(doc('a', text, 'news', '2031-03-08'), done)).toEqual([]);
  });
});

describe('a move told as a later one', () => {
  const first = doc(
    'a',
    'The joint commission extended the ratification deadline for the fisheries protocol to 19 March.',
    'news',
    '2031-03-08',
  );
  it('does not disagree with the move before it', () => {
    for (const text of [
      'The joint commission extended the ratification deadline for the fisheries protocol again, to 26 March.',
      'The ratification deadline for the fisheries protocol was pushed back a second time, to 26 March.',
    ])
      expect(kinds(first, doc('b', text, 'news', '2031-03-11'))).toEqual([]);
  });

  it('still disagrees with another account of the same later move', () => {
    const again = (source: string, day: string) =>
      doc(
        source,
        `The joint commission extended the ratification deadline for the fisheries protocol again, to ${day} March.`,
        'news',
        '2031-03-11',
      );
    expect(kinds(again('a', '26'), again('b', '28'))).toEqual(['date ab']);
  });
});

describe('one move told by a source written first', () => {
  // The earlier source's new day is no old state of the later one's: each tells the move itself.
  it('disagrees though one source wrote before the other told its new day', () => {
    const wire = doc(
      'a',
      'The joint commission extended the ratification deadline for the fisheries protocol, moving it from 12 March to 19 March.',
      'news',
      '2031-03-08',
    );
    const digest = doc(
      'b',
      'The ratification deadline for the fisheries protocol, first set for 12 March, was extended to 17 March.',
      'news',
      '2031-03-09',
    );
    expect(kinds(wire, digest)).toEqual(['date ab']);
  });

  it('does not disagree with a source written before the move that gives the old day', () => {
    const wire = doc(
      'a',
      'The joint commission extended the ratification deadline for the fisheries protocol, moving it from 12 March to 19 March.',
      'news',
      '2031-03-08',
    );
    const before = doc(
      'b',
      'The ratification deadline for the fisheries protocol is 12 March, the commission said.',
      'news',
      '2031-03-06',
    );
    expect(kinds(wire, before)).toEqual([]);
  });

  const statement = doc(
    'a',
    'The period for concluding the talks on the fisheries protocol is extended to 19 March, the joint commission announced.',
    'joint-statement',
    '2031-03-08',
  );

  it('are one limit in dispute though one names nothing that is due', () => {
    const post = doc(
      'b',
      'Hearing from the facilitator’s office: the final deadline is now 26 March.',
      'social',
      '2031-03-09',
    );
    expect(kinds(statement, post)).toEqual(['date ab']);
  });

  it('are two limits when the second move is told weeks later', () => {
    const post = doc(
      'b',
      'Hearing from the facilitator’s office: the final deadline is now 26 April.',
      'social',
      '2031-04-02',
    );
    expect(kinds(statement, post)).toEqual([]);
  });
});
