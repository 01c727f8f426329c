// A question that gives no day asks whether an event is to be and reports none; a question about the
// signing, or one that gives a day, still names its event. Sentences invented for the test, in the
// style of a ministry's briefing transcript.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('an event only asked about', () => {
  it('is no event when the question gives no day', () => {
    expect(events('QUESTION: Will there be a second round of talks in Fjellby?', 'press-conference')).toEqual(
      [],
    );
    expect(
      events('Q: Is President Kostal going to meet President Varin in Drava?', 'press-conference'),
    ).toEqual([]);
  });

  it('is no event when an adverb only begins like initialling ("initially")', () => {
    expect(events('Q: Were the envoys initially meant to meet in Fjellby?', 'press-conference')).toEqual([]);
  });

  it('is still the event when the question is about the signing or gives its day', () => {
    expect(
      events('Q: Will President Kostal travel to Drava for the signing?', 'press-conference'),
    ).not.toEqual([]);
    expect(
      events('Q: Will President Kostal travel to Drava once the accord is initialled?', 'press-conference'),
    ).not.toEqual([]);
    expect(events('Q: Will the talks resume in Fjellby on 20 March?', 'press-conference')).toEqual([
      ['talks', '2031-03-20'],
    ]);
  });
});
