// On a party's own page, and in its spokesperson's turn, "the President" is that party's
// president: a mediator's call with the other president that day is another call.
import { describe, expect, it } from 'vitest';
import { doc, eventPairs } from './linkedDocs.ts';

const readout = doc(
  'readout',
  'Readout\n5 March 2031\n\nThe Foreign Minister of Norland held a call with President Kostal of Arvenia this morning.',
);

describe('a bare title on its own side’s page or in its spokesperson’s turn', () => {
  it('keeps apart the mediator’s call with the other leader', () => {
    for (const own of [
      doc(
        'own',
        'Press Service of the President of Torvania\n5 March 2031\n\nThe Head of State had a telephone conversation with the Foreign Minister of Norland this morning.',
      ),
      doc(
        'own',
        'Office of the President of Torvania\n5 March 2031\n\nThe President received a phone call from the Norland Foreign Minister today. They discussed the ceasefire.',
      ),
      doc(
        'own',
        'Daily press briefing, 5 March 2031\n\nMODERATOR: Pavel Surin, please.\n\nSURIN: This morning the President spoke by phone with the Norland Foreign Minister.\n\nQUESTION: Thank you.',
        'press-conference',
      ),
    ])
      expect(eventPairs([readout, own])).toEqual([]);
  });

  it('still links the call when the page’s own leader is the one the other source names', () => {
    const both = doc(
      'readout',
      'Readout\n5 March 2031\n\nThe Foreign Minister of Norland held a call with President Varin of Torvania this morning.',
    );
    const own = doc(
      'own',
      'Office of the President of Torvania\n5 March 2031\n\nThe President had a telephone conversation with the Foreign Minister of Norland this morning.',
    );
    expect(eventPairs([both, own])).toEqual(['own-readout']);
  });

  it('still links one leaders’ call told by each side’s page', () => {
    expect(
      eventPairs([
        doc(
          'arv',
          'Official website of the President of Arvenia\n5 March 2031\n\nThe President held a telephone conversation with President Varin this morning.',
        ),
        doc(
          'tor',
          'President of Torvania | Official website\n5 March 2031\n\nThe President had a phone call with President Kostal of Arvenia this morning.',
        ),
      ]),
    ).toEqual(['arv-tor']);
  });

  it('leaves "the President" of a news report, which has no side, as it was', () => {
    const news = doc(
      'news',
      'FJELLBY, March 5 - The President spoke by phone with the Norland Foreign Minister this morning, officials said.',
    );
    expect(eventPairs([readout, news])).toEqual(['news-readout']);
  });
});

describe('a bare title of the side beside a report that names one end only', () => {
  it('may still be the leader that report leaves unnamed', () => {
    expect(
      eventPairs([
        doc(
          'wire',
          'FJELLBY, March 6 (Wire) - President Oleg Varin said after his first call with Norland’s foreign minister on March 5 that the talks could go on.',
        ),
        doc(
          'own',
          'Daily press briefing, 6 March 2031\n\nSURIN: Our position has not changed since the President’s call on 5 March.',
          'press-conference',
        ),
      ]),
    ).toEqual(
      eventPairs([
        doc(
          'wire',
          'FJELLBY, March 6 (Wire) - President Oleg Varin said after his first call with Norland’s foreign minister on March 5 that the talks could go on.',
        ),
        doc(
          'own',
          'Daily press briefing, 6 March 2031\n\nSURIN: Our position has not changed since the call on 5 March.',
          'press-conference',
        ),
      ]),
    );
  });
});
