// A wire's dateline gives the day the story was filed: it dates what the lead says happened
// ("DRAVA, March 4 (Reuters) - Dahl met Varin"), never an occasion the lead says is still to come
// ("... the next round would be held in Fjellby, without giving a date"), which would then be
// linked as one event with that day's meeting (probe 17, class 4). Invented wire leads in the
// styles of Reuters, AFP and a state agency.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';
import { doc, eventPairs } from './linkedDocs.ts';

describe("a dateline's day and an occasion to come", () => {
  it('leaves the next round undated, or dated by its own day', () => {
    expect(
      events(
        'DRAVA, March 4 (Reuters) - Henrik Dahl told reporters the next round of talks would be held in Fjellby, without giving a date.',
        'news',
      ),
    ).toEqual([['talks', null]]);
    expect(
      events(
        'KESSEL, 4 March (AFP) - The two delegations will meet again in Fjellby on 10 March, Dahl said.',
        'news',
      ),
    ).toEqual([['meeting', '2031-03-10']]);
  });

  it('still dates by the dateline what the lead says happened', () => {
    expect(events('DRAVA, March 4 (Reuters) - Henrik Dahl met President Varin in Drava.', 'news')).toEqual([
      ['meeting', '2031-03-04'],
    ]);
  });

  it("does not link the wire's next round with the day's meeting", () => {
    const readout = doc(
      'readout',
      'Special Envoy Henrik Dahl met President Oleg Varin in Drava today.',
      'readout',
      '2031-03-04',
    );
    const wire = doc(
      'wire',
      'DRAVA, March 4 (Reuters) - Henrik Dahl told reporters the next round of talks would be held in Fjellby, without giving a date.',
      'news',
      '2031-03-04',
    );
    expect(eventPairs([readout, wire])).toEqual([]);
  });
});
