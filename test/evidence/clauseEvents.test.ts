// Events of one class told in two clauses of one sentence, each with its own day. Sentences
// invented for the test, in the house styles of a live page, a wire, a ministry readout and a
// parliamentary record; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a round and a meeting told in clauses of their own', () => {
  it('reads the talks before a semicolon and the meeting after it as two events, each on its day', () => {
    expect(
      events(
        'Talks in Ardmouth ended on Monday; President Brantigan met both delegations there on Tuesday.',
        'news',
      ),
    ).toEqual([
      ['talks', '2031-03-03'],
      ['meeting', '2031-03-04'],
    ]);
    expect(
      events('The negotiations closed in Drava on 2 March; the ministers met again on 4 March.'),
    ).toEqual([
      ['talks', '2031-03-02'],
      ['meeting', '2031-03-04'],
    ]);
    expect(
      events(
        'The second round opened in Fjellby on Monday, while the two presidents met in Kessel on Tuesday.',
        'news',
      ),
    ).toEqual([
      ['talks', '2031-03-03'],
      ['meeting', '2031-03-04'],
    ]);
  });

  it('keeps one event where the clauses give one day, or the first clause none', () => {
    expect(
      events('The talks ended on Monday; the delegations met for a last time that day in Drava.', 'news'),
    ).toEqual([['meeting', '2031-03-03']]);
    expect(events('The talks went well; the ministers met in Drava on Tuesday.', 'news')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
    expect(
      events(
        'The talks, which opened on Monday, continued when the ministers met in Drava on Tuesday.',
        'news',
      ),
    ).toHaveLength(1);
  });
});

describe('a day across a semicolon', () => {
  it('gives a trigger the day of its own clause, not a nearer one across the semicolon', () => {
    expect(
      events(
        'Recap\n\nA twenty-point draft leaked on 3 March; talks in Fjellby from 11 to 13 March cut it to sixteen points.',
        'news',
      ),
    ).toEqual([['talks', '2031-03-11']]);
    expect(
      events(
        'Background\n\nThe first text was handed over on 2 March; the two ministers met in Drava on Friday, 7 March, to go through it.',
        'readout',
      ),
    ).toEqual([
      ['meeting', '2031-03-02'],
      ['meeting', '2031-03-07'],
    ]);
  });

  it('still dates a trigger whose own clause gives no day by the day across it', () => {
    expect(
      events('Update\n\nOn Monday the text was leaked in Drava; the talks were suspended.', 'news'),
    ).toEqual([['talks', '2031-03-03']]);
  });
});
