// "The next day Carrow is in Mostyn": a timeline's or a story's way of putting someone somewhere on
// the day after the one it gave. Texts invented for the test, in the house styles of a news
// explainer's timeline, a feature and a post; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('someone somewhere the next day', () => {
  it('reads "the next day X is in Y" and "the following day he was in Y" as a visit on the day after', () => {
    expect(
      events(
        'Timeline\n\n- 2 March: Dahl meets President Varin in Drava; the next day Dahl is in Kessel.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-02'],
      ['visit', '2031-03-03'],
    ]);
    expect(
      events(
        'Feature\n\nThe envoy met President Varin in Drava on Monday. The following day he was in Kessel.',
        'news',
      ),
    ).toEqual([
      ['meeting', '2031-03-03'],
      ['visit', '2031-03-04'],
    ]);
  });

  it('leaves a thing that is somewhere the next day', () => {
    expect(
      events('Report\n\nThe next day the text was in Kessel, on the desk of the Minister.', 'news'),
    ).toEqual([]);
  });
});
