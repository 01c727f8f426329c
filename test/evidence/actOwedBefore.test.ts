// An act owed or aimed at "before" a day is a limit: a minister's "our goal remains a ceasefire
// signed before 1 April", a hearing's "the Secretary said a truce would be signed before 1 April",
// a council's "requests the Commission to report before the end of April", "decides to undertake a
// mission to Drava before 25 March". A journey or a sitting before a day is held then, no limit;
// an act done before a day is done. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('an act owed before a day', () => {
  it('reads a deadline in a goal, a forecast, a request and a decision', () => {
    expect(events('And our goal remains a ceasefire signed before 1 April.', 'press-conference')).toEqual([
      ['deadline', '2031-04-01'],
    ]);
    expect(events('Our aim is a framework initialled before the end of March.', 'press-conference')).toEqual([
      ['deadline', '2031-03-31'],
    ]);
    expect(
      events(
        'Senator, the Secretary told us in Fjellby that a truce would be signed before 1 April.',
        'news',
      ),
    ).toEqual([['deadline', '2031-04-01']]);
    expect(
      events(
        'The Council requests the Commission to report to the Council before the end of April 2031.',
        'joint-statement',
      ),
    ).toEqual([['deadline', '2031-04-30']]);
    expect(
      events(
        'The Council decides to undertake a mission to Drava and Kessel before 25 March 2031.',
        'joint-statement',
      ),
    ).toEqual([['deadline', '2031-03-25']]);
    expect(
      events('The parties agreed to exchange the lists of detainees before 20 March.', 'readout'),
    ).toEqual([['deadline', '2031-03-20']]);
  });

  it('reads no deadline in a journey or a sitting before a day, nor in an act done', () => {
    expect(
      events('The envoy said the delegation would arrive in Fjellby before Friday.', 'news'),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(
      events('The ministers would meet in Kessel before 20 March, an aide said.', 'news'),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(events('Torvania replied before 22 March, officials said.', 'news')).toEqual([]);
  });
});
