// A signing named as a noun with a verb that holds it ("the signing will take place", "signing is
// set for"), and a signing to come dated by the limit the text set for it. Sentences invented for
// the test, in the house styles of a joint statement, a wire, a news explainer and a ministry
// release; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a signing named with a verb that holds it', () => {
  it('reads "the signing will take place", "signing is now set for", "a signing is planned" as the signing', () => {
    expect(events('The signing will take place in Drava on 20 March.', 'joint-statement')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
    expect(events('Signing is now set for 29 March, a week later than the mediator hoped.', 'news')).toEqual([
      ['meeting', '2031-03-29'],
    ]);
    expect(events('- A signing is planned in Kessel on 6 April.', 'news')).toEqual([
      ['meeting', '2031-04-06'],
    ]);
    expect(events('The signing was held in Fjellby on Monday.', 'press-release')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });

  it('leaves a signing held up, one only expected to be something, and one due by a limit', () => {
    expect(events('The signing was held up by a dispute over the annex.', 'news')).toEqual([]);
    expect(events('The signing is expected to be a low-key affair.', 'news')).toEqual([]);
    expect(events('The signing of the accord is planned before the end of the month.', 'readout')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
  });
});

describe('a signing to come on no day of its own', () => {
  it('is on the day the text set as the limit for signing', () => {
    expect(
      events(
        'The date for signature is moved from 3 April to 10 April 2031. The signing will take place in Drava, at the invitation of Kessel.',
        'joint-statement',
      ),
    ).toEqual([
      ['deadline', '2031-04-10'],
      ['meeting', '2031-04-10'],
    ]);
    expect(
      events(
        'The parties undertook to sign the Agreement no later than 31 March 2031. The signing ceremony will be held in Fjellby.',
        'press-release',
      ),
    ).toEqual([
      ['deadline', '2031-03-31'],
      ['meeting', '2031-03-31'],
    ]);
  });

  it('keeps a signing undated where the text set no limit for signing', () => {
    expect(
      events(
        'The Council will meet again by 20 March 2031. The signing will take place in Drava.',
        'press-release',
      ),
    ).toEqual([
      ['deadline', '2031-03-20'],
      ['meeting', null],
    ]);
  });
});

describe('signing on a day, not by it', () => {
  it('reads "sign ... on a day" and "sign in a town" as the signing, and "sign ... by a day" as the limit', () => {
    expect(events('Doorstep\n\nWe are ready to sign in Fjellby on 6 April.', 'press-conference')).toEqual([
      ['meeting', '2031-04-06'],
    ]);
    expect(
      events(
        'Final text\n\nThe Parties intend to sign the Framework in Drava on 6 April 2031 in the presence of the mediators.',
        'joint-statement',
      ),
    ).toEqual([['meeting', '2031-04-06']]);
    expect(events('Update\n\nBoth sides will sign on Friday, the ministry said.', 'news')).toEqual([
      ['meeting', '2031-03-07'],
    ]);
    expect(events('Release\n\nThe parties must sign the accord by 6 April.', 'press-release')).toEqual([
      ['deadline', '2031-04-06'],
    ]);
  });

  it('leaves signing in good faith, signing on to a plan, and a question', () => {
    expect(
      events(
        'Remarks\n\nWe came to Drava in good faith and we will sign in good faith, but not today.',
        'press-conference',
      ),
    ).toEqual([]);
    expect(events('Post\n\nKessel may sign on to the plan next week.', 'social')).toEqual([]);
    expect(events('Briefing\n\nQUESTION: Will the President sign in Fjellby?', 'press-conference')).toEqual(
      [],
    );
  });
});
