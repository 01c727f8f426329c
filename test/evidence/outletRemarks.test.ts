// A remark told to a broadcaster or a paper, named by what it is ("told Torvanian state television
// late Wednesday that ..."), is a statement on its day, as "told reporters on Friday" is; a
// trailing attribution and a person told are not.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a remark told to an outlet', () => {
  it('is a statement on its day', () => {
    expect(
      events('Solberg told Torvanian state television late Wednesday that nothing was final.', 'news'),
    ).toEqual([['statement', '2031-03-05']]);
    expect(
      events('Surin told the daily Vell Courier on Monday that the text was not agreed.', 'news'),
    ).toEqual([['statement', '2031-03-03']]);
    expect(events('Melnyk told Compass Radio on Tuesday that Arvenia would answer.', 'news')).toEqual([
      ['statement', '2031-03-04'],
    ]);
  });

  it('is none as a trailing attribution, without its day, or told to a person', () => {
    expect(events('Nothing is final, Solberg told Torvanian state television on Wednesday.', 'news')).toEqual(
      [],
    );
    expect(events('Solberg told Torvanian state television that nothing was final.', 'news')).toEqual([]);
    expect(events('Solberg told Melnyk on Wednesday that nothing was final.', 'news')).toEqual([]);
  });
});
