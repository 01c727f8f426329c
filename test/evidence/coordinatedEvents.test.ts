// One verb, two events: "met Dahl on Monday and Solberg on Tuesday" gaps the verb of a second
// meeting with another counterpart on another day. Each is an event with its own day. Sentences
// invented for the test, in the house styles of a wire, a ministry readout, a briefing and a
// minister's post; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('two events coordinated under one verb', () => {
  it('reads each counterpart with its own day as an event of its own', () => {
    expect(events('Kostal met Dahl on Monday and Solberg on Tuesday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
      ['meeting', '2031-03-04'],
    ]);
    expect(events('Dahl will meet Varin on 10 March and Kostal on 12 March.')).toEqual([
      ['meeting', '2031-03-10'],
      ['meeting', '2031-03-12'],
    ]);
    expect(events('The Minister spoke by phone with Varin on Monday and with Solberg on Tuesday.')).toEqual([
      ['call', '2031-03-03'],
      ['call', '2031-03-04'],
    ]);
    expect(events('This week I visited Kessel on Monday and Drava on Tuesday.', 'social')).toEqual([
      ['visit', '2031-03-03'],
      ['visit', '2031-03-04'],
    ]);
  });

  it('leaves one event said over two days, and a second verb to its own pattern', () => {
    expect(events('Kostal met Dahl on Monday and Tuesday.', 'news')).toEqual([['meeting', '2031-03-03']]);
    expect(events('Kostal met Dahl on Monday and, in Kessel, on Tuesday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('Kostal met Dahl on Monday and Solberg on the same day.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });

  it('leaves a conjunct whose name is the subject of its own verb', () => {
    expect(
      events(
        'The delegations met Dahl on Monday and Varin on Tuesday said the meeting had been useful.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-03']]);
    expect(
      events('Kostal met Dahl on 3 March and Varin on 5 March told reporters the talks had failed.', 'news'),
    ).toEqual([['meeting', '2031-03-03']]);
  });
});
