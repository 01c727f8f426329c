// A deadline named by its noun or its move, as a claim frame: a readout's "the new deadline of
// 27 March", a wire's "moving it from 20 March to 27 March", council conclusions' "the deadline
// for signature has been moved to 3 April" and a minister's "the date for signature is now 3
// April" name one deadline day; a meeting on that day, a round moved to it and a day told
// before a deadline are no deadline. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { deadlineDays } from '../../src/evidence/deadlineDays.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { doc } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string) =>
  linkSources([doc('a', a), doc('b', b)], roster).links.map((l) => l.reason);

describe('a deadline named by its noun or its move', () => {
  it('links a readout’s new deadline to a wire’s move to the same day', () => {
    expect(
      reasons(
        'The Secretary welcomed the Prime Minister’s commitment to give a considered reply by the new deadline of 27 March.',
        'FJELLBY, March 18 (Tessin Wire) - Mediators on Wednesday extended the deadline for Torvania’s reply by a week, moving it from 20 March to 27 March.',
      ),
    ).toContain('one deadline day: 2031-03-27');
  });

  it('links council conclusions and a minister’s statement that give one day for signature', () => {
    expect(
      reasons(
        'The Council notes that the deadline for signature has been moved to 3 April 2031 and encourages the parties to use the time well.',
        'Mr Speaker, we agreed in Fjellby that the date for signature is now 3 April, to give Kessel time to study the text.',
      ),
    ).toContain('one deadline day: 2031-04-03');
  });

  it('reads both days of a move and a post’s deadline "now" a day', () => {
    expect(
      deadlineDays(
        'The date for signature, originally set for 27 March, has been moved to 3 April.',
        '2031-03-05',
      ),
    ).toEqual(['2031-03-27', '2031-04-03']);
    expect(
      deadlineDays(
        'Reminder: the mediator’s final deadline is now 27 March. No more extensions.',
        '2031-03-05',
      ),
    ).toEqual(['2031-03-27']);
  });

  it('leaves a round moved to a day, a meeting on it and a day told before a deadline', () => {
    expect(
      deadlineDays('The second round was moved to 27 March at Torvania’s request.', '2031-03-05'),
    ).toEqual([]);
    expect(deadlineDays('The ministers met in Kessel on 27 March.', '2031-03-05')).toEqual([]);
    expect(
      deadlineDays('The first round was held on 3 April, a week before the deadline.', '2031-03-05'),
    ).toEqual([]);
  });
});
