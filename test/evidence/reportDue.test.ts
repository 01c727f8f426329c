// An event named as what an awaited report is about takes no day from when the report is due:
// "she awaits a detailed report on where the talks stand by tonight" says nothing of when
// the talks were. Found on a real wire report, where the talks were dated the day of writing.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('the day an awaited report on an event is due', () => {
  it('is not the day of the event the report is on', () => {
    // Wire, newspaper and post styles; none may date the talks by the report's day.
    const texts = [
      'President Kostal said she awaited a detailed report on where the Lorne talks stood by this evening.',
      'Foreign Minister Solberg said he was awaiting a briefing on the outcome of the river negotiations tomorrow morning.',
      'Dahl said he expected a "full account" of the Lorne talks from the delegation tomorrow.',
      'Back in the capital tonight. Expecting an update from our delegation on the talks in Lorne tomorrow.',
    ];
    for (const text of texts) {
      const dated = events(text, 'news').filter(([kind, day]) => kind === 'talks' && day !== null);
      expect(dated, text).toEqual([]);
    }
  });

  it('still dates an event whose own phrase gives its day', () => {
    expect(
      events('Arvenia and Torvania will hold talks in Lorne on Friday, the envoy said.', 'news'),
    ).toContainEqual(['talks', '2031-03-07']);
    // A report already out, or given: the day is the event's as before.
    expect(
      events("Kostal welcomed the Mediator's report on Monday's talks in Lorne.", 'news'),
    ).toContainEqual(['talks', '2031-03-03']);
    expect(events('Dahl gave a readout of the talks in Lorne on Monday.', 'news')).toContainEqual([
      'statement',
      '2031-03-03',
    ]);
    // A statement to a council: the event's own clause gives its day.
    expect(
      events(
        'Arvenia wishes to update the Permanent Council on the negotiations, which resumed in Lorne on 3 and 4 March.',
        'press-release',
      ),
    ).toContainEqual(['talks', '2031-03-03']);
    // The talks themselves expected, not a report on them.
    expect(events('Dahl said he expected the talks in Lorne to resume on Friday.', 'news')).toContainEqual([
      'talks',
      '2031-03-07',
    ]);
  });
});
