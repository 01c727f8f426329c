// A sentence that tells a round that ended and the next one agreed ("talks ended on Wednesday,
// with the delegations agreeing to meet again on 27 March") reports two events, each on its own
// day: the next one links with the reports of the next round, the first with the first round.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';
import { doc, eventPairs } from './linkedDocs.ts';

describe('the next occasion told beside the one that ended', () => {
  it('is another event, in the wire, readout and briefing wordings', () => {
    expect(
      events(
        'Two days of talks between Arvenia and Torvania in Osterby ended on Wednesday without a deal, with the delegations agreeing to meet again on March 27.',
        'news',
      ),
    ).toEqual([
      ['talks', '2031-03-05'],
      ['talks', '2031-03-27'],
    ]);
    expect(
      events(
        'The talks in Osterby ended on Tuesday, and the sides agreed to meet again on 20 March.',
        'news',
      ),
    ).toEqual([
      ['talks', '2031-03-04'],
      ['talks', '2031-03-20'],
    ]);
    expect(
      events('The round ended yesterday with an agreement to hold the next session on 12 March.', 'news'),
    ).toEqual([
      ['talks', '2031-03-04'],
      ['meeting', '2031-03-12'],
    ]);
    expect(
      events(
        'President Kostal and President Varin met in Lindau on Monday and agreed to meet again in April.',
        'readout',
      ),
    ).toEqual([
      ['meeting', '2031-03-03'],
      ['meeting', null],
    ]);
  });

  it('is one event where nothing after the first tells a next one', () => {
    expect(events('The talks in Osterby ended on Tuesday, and the sides agreed on a text.', 'news')).toEqual([
      ['talks', '2031-03-04'],
    ]);
    expect(
      events(
        'Two days of talks in Osterby ended on Wednesday, with the delegations meeting late into the night.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-05']]);
  });
});

describe('links of the two', () => {
  const wire = doc(
    'a',
    'OSTERBY, 14 March - Two days of talks between Arvenia and Torvania in Osterby ended on Wednesday without a signature, with the two delegations agreeing to meet again on March 27, Foreign Minister Solberg said.',
    'news',
    '2031-03-14',
  );

  it('links the next occasion with the next round and the first with the round that ended', () => {
    expect(
      eventPairs([
        wire,
        doc(
          'b',
          'A second round of talks opens on Thursday, March 27, in the same palace in Osterby.',
          'news',
          '2031-03-25',
        ),
      ]),
    ).toEqual(['a-b']);
    expect(
      eventPairs([
        wire,
        doc(
          'c',
          'The delegations of Arvenia and Torvania held talks in Osterby on 11 and 12 March.',
          'readout',
          '2031-03-12',
        ),
      ]),
    ).toEqual(['a-c']);
  });

  it('links neither with a round in another town, nor with a call on the day of the next', () => {
    expect(
      eventPairs([
        wire,
        doc(
          'd',
          'A round of talks opens in Kessel on Thursday, 3 April, Norland said.',
          'news',
          '2031-03-25',
        ),
      ]),
    ).toEqual([]);
    expect(
      eventPairs([
        wire,
        doc(
          'e',
          'President Kostal spoke by phone with President Varin on 27 March.',
          'readout',
          '2031-03-27',
        ),
      ]),
    ).toEqual([]);
  });
});
