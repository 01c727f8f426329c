// Who else was at an event a readout has just reported: a sentence that says so ("joined the call",
// "was accompanied on the call by", "taking part in the meeting were") adds people to that event,
// not another event of the same day. Sentences invented for the test, in readout style.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('someone who joined the event just reported', () => {
  it('is at that event, not at another of the same day', () => {
    for (const joined of [
      'Special Envoy Henrik Dahl joined the call at the invitation of both leaders.',
      'President Kostal was accompanied on the call by Special Envoy Henrik Dahl.',
      'The call, which lasted an hour, was attended from the Arvenian side by Special Envoy Henrik Dahl.',
    ])
      expect(
        events(`President Mira Kostal spoke today with President Oleg Varin of Torvania. ${joined}`),
        joined,
      ).toEqual([['call', '2031-03-05']]);
    expect(
      events(
        'President Mira Kostal received Special Envoy Henrik Dahl today. Taking part in the meeting on the Arvenian side was Foreign Minister Ingrid Solberg.',
      ),
    ).toEqual([['meeting', '2031-03-05']]);
  });

  it('keeps two events of one day with different people apart when no one joins the other', () => {
    expect(
      events(
        'President Mira Kostal spoke today with President Oleg Varin of Torvania. Special Envoy Henrik Dahl spoke today with Foreign Minister Ingrid Solberg.',
      ),
    ).toEqual([
      ['call', '2031-03-05'],
      ['call', '2031-03-05'],
    ]);
  });
});
