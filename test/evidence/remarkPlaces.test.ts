// A remark to the press dated by its own day, with the place it was made between the verb and the
// day: a building or a capital told in a few words, not only a town's name. Sentences invented for
// the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a remark with its place before its day', () => {
  it('is a statement on its day, whatever words the place takes', () => {
    expect(
      events('Lind told journalists at the ministry on Monday that nothing had changed.', 'news'),
    ).toEqual([['statement', '2031-03-03']]);
    expect(
      events(
        'Speaking to reporters outside the Foreign Ministry on 4 March, Lind said nothing had changed.',
        'news',
      ),
    ).toEqual([['statement', '2031-03-04']]);
    expect(
      events('Lind told reporters in the Arvenian capital on Monday that the text was final.', 'news'),
    ).toEqual([['statement', '2031-03-03']]);
  });

  it('is no event when no day follows the place', () => {
    expect(events('Lind told reporters at the ministry that nothing had changed.', 'news')).toEqual([]);
    expect(
      events('Lind told reporters at the end of a long session that the text was final.', 'news'),
    ).toEqual([]);
  });
});
