// What a clause is "ahead of" is an event to come, which the text reports as such: not background
// to place another in time, not dated by the record, and not the clause's subject's own. Texts
// invented for the test, in the house styles of a presidential readout, a State-Department-style
// readout, a wire and a ministry release; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';
import { doc, eventPairs } from './linkedDocs.ts';

describe('an event a clause is ahead of', () => {
  it('is read as an event to come, on no day unless it gives one', () => {
    expect(
      events(
        'The leaders agreed to stay in close contact ahead of the second round of talks in Drava.',
        'readout',
      ),
    ).toEqual([['talks', null]]);
    expect(
      events(
        'Secretary Holt underscored the importance of progress ahead of the meeting between President Varin and President Kostal.',
        'readout',
      ),
    ).toEqual([['meeting', null]]);
    expect(
      events(
        'KESSEL, March 5 (Tessin Wire) - The two ministers met in Drava on Monday ahead of the second round of talks, which opens in Fjellby on 12 March.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-03'],
      ['talks', '2031-03-12'],
    ]);
  });

  it('leaves an event named to place another in time after it, or at its close, as before', () => {
    expect(
      events('No prisoners will be exchanged until the second round of talks in Drava.', 'news'),
    ).toEqual([]);
    expect(
      events('At the close of the first round in Drava the delegations exchanged lists.', 'news'),
    ).toEqual([]);
    // Ahead of an event told by nothing of its own: only a time for the clause's act.
    expect(events('Dahl arrived in Drava on Monday, ahead of the next round of talks.', 'news')).toEqual([
      ['visit', '2031-03-03'],
    ]);
  });

  it('gives the event to come no people of the clause it is ahead of, and links it to its own report', () => {
    const readout = doc(
      'readout',
      'Foreign Minister Solberg and President Kostal agreed to remain in close contact ahead of the second round of talks in Fjellby.',
      'readout',
      '2031-03-05',
    );
    expect(
      eventPairs([readout, doc('wire', 'Solberg held talks with Kostal on Friday.', 'news', '2031-03-08')]),
    ).toEqual([]);
    expect(
      eventPairs([
        readout,
        doc(
          'release',
          'The second round of talks opened in Fjellby on Monday, 10 March.',
          'press-release',
          '2031-03-10',
        ),
      ]),
    ).toEqual(['readout-release']);
  });
});
