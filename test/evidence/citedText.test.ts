// A text cited in the present ("the communiqué says", "whatever the readout says") is read as
// the speaker talks, not issued then: no statement event. Its issuing, said beside it, still is
// one. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a text cited in the present', () => {
  it('is no statement of that day', () => {
    expect(
      events('Mr Brand: The final communiqué says nine observers, not twelve.', 'meeting-transcript'),
    ).toEqual([]);
    expect(events('The harbour board statement now says the pier closes at night.', 'news')).toEqual([]);
  });

  it('still dates a text issued on a day the sentence gives', () => {
    expect(events('The communiqué issued on Monday says the text is agreed.', 'news')).toEqual([
      ['statement', '2031-03-03'],
    ]);
  });

  it('still is issued when a day or an act of putting it out stands between the text and its verb', () => {
    const issued = (sentence: string) => events(sentence, 'news').map(([kind]) => kind);
    expect(
      issued('The harbour board statement, put out on its website on Monday, says the pier reopens.'),
    ).toContain('statement');
    expect(issued('A statement from the harbour board on Monday notes that the pier reopens.')).toContain(
      'statement',
    );
    // Neither a day nor an issuing: still a text read as it is cited.
    expect(issued('The harbour board statement, in its second paragraph, says the pier reopens.')).toEqual(
      [],
    );
  });
});
