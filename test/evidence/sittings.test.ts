// A body's sitting told by what happened in it on a day, without the word "meeting": a leader's
// evening post, an EU-style council statement, a wire, a ministry's Telegram, a Hansard speech.
// Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events, PUBLISHED } from './eventsOf.ts';

describe('a chamber named with the day its words were said in it', () => {
  it('is the sitting, on that day', () => {
    expect(
      events('This morning in the Security Council our ambassador set out the facts.', 'social'),
    ).toEqual([['meeting', PUBLISHED]]);
    expect(events('Yesterday in the Security Council we heard the same claims again.', 'social')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
    expect(
      events(
        'As Secretary Solberg put it to the Security Council on Tuesday, the parties are close.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-04']]);
  });
});

describe('a council or its ministers acting on a day', () => {
  it('is the sitting, on that day', () => {
    expect(
      events(
        'The Foreign Affairs Council today tasked the High Representative to present options.',
        'joint-statement',
      ),
    ).toEqual([['meeting', PUBLISHED]]);
    expect(
      events(
        "The Union's foreign ministers on Monday asked the High Representative to prepare a mission.",
        'news',
      ),
    ).toEqual([['meeting', '2031-03-03']]);
    expect(events("The Union's ministers voted on Monday to prepare a monitoring mission.", 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });
});

describe('near misses: the body, not a sitting', () => {
  it('leaves a body with no day, and a chamber in lower case', () => {
    expect(events('The ministers agreed to stay in contact.', 'news')).toEqual([]);
    expect(events('The Council has long asked both parties to refrain from violence.', 'news')).toEqual([]);
    expect(events('The resolution in the Security Council was adopted without a vote.', 'news')).toEqual([]);
    expect(events('Workers said the assembly line in Kessel would reopen on Monday.', 'news')).toEqual([]);
  });
});
