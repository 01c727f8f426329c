// Replies due told by their day in clipped wording (repliesOnDay.ts). Sentences invented for the
// test, in the house styles of a Der Spiegel analysis, a Bloomberg wire, an AP explainer, a Slack
// export and a UN press release; read as written on Wednesday 5 March 2031.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

const deadlines = (text: string, genre?: Parameters<typeof events>[1]) =>
  events(text, genre).filter(([k]) => k === 'deadline');

describe('replies due told by their day', () => {
  it('reads the replies in a list of moved dates or of more time as a deadline on their day', () => {
    expect(
      deadlines('Both dates have been moved, the replies to 20 March, the signing to 1 April.', 'news'),
    ).toEqual([['deadline', '2031-03-20']]);
    expect(
      deadlines('[09:12] anna.k: they asked for more time: comments on the 18th, signing later', 'social'),
    ).toEqual([['deadline', '2031-03-18']]);
  });

  it('reads replies that may be submitted until a day, expected on it, or a day named for them', () => {
    expect(
      deadlines(
        'Written replies could now be submitted until March 23, a spokeswoman said on Tuesday.',
        'news',
      ),
    ).toEqual([['deadline', '2031-03-23']]);
    expect(deadlines('Drava names 23 March for the replies.', 'news')).toEqual([['deadline', '2031-03-23']]);
    expect(deadlines('Replies to the mediators are expected on March 20.', 'press-release')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
    expect(deadlines('The written answers are expected by 20 March.', 'press-release')).toEqual([
      ['deadline', '2031-03-20'],
    ]);
  });

  it('reads no deadline from replies given or talked of without a day they are due', () => {
    expect(deadlines('The replies were moved to the annex, the mediators said.', 'news')).toEqual([]);
    expect(deadlines('Comments on the text were submitted on Monday.', 'news')).toEqual([]);
    expect(deadlines('He named the replies a step forward.', 'news')).toEqual([]);
    // Someone's comments expected on a day are remarks to come, not replies due (review25b).
    expect(
      deadlines('Comments from the mediator are expected on Monday, when she returns from Geneva.', 'news'),
    ).toEqual([]);
    expect(deadlines('Answers are expected on Monday, an aide said.', 'news')).toEqual([]);
  });
});
