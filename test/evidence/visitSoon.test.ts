// A visit to come told by the visitor's presence, with a time as loose as a briefing gives it: "he
// will be in Kessel himself shortly", "the Minister will be in Fjellby next week", "will be in
// Kessel in the coming days". "Was in Kessel soon after the war began" dates nothing by "soon".
// Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a visit to come, told by presence and a loose time', () => {
  it('reads the visit', () => {
    expect(
      events(
        'The Special Envoy has been to Drava twice, and he will be in Kessel himself shortly.',
        'press-conference',
      ),
    ).toEqual([['visit', null]]);
    expect(events('The Minister will be in Fjellby in the coming days, her office said.', 'news')).toEqual([
      ['visit', null],
    ]);
    expect(events('The Foreign Secretary will be in Drava later this week.', 'readout')).toEqual([
      ['visit', null],
    ]);
  });

  it('reads none in "soon after"', () => {
    expect(events('He was in Kessel soon after the war began.', 'press-conference')).toEqual([]);
  });
});
