// A period that sets no deadline: a standing duty counted from each occurrence ("report any
// breach within 24 hours", "a hotline to be answered within ten minutes") and time that had passed,
// fronted in narration ("Within a week the paper had doubled"). A one-off act given a period stays a
// deadline. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { setsNoLimit } from '../../src/evidence/standingPeriods.ts';
import { events } from './eventsOf.ts';

const BY_TWO_DAYS = 'By Monday Arvenia was refusing, and by Tuesday it was wavering.';
const at = (sentence: string) =>
  setsNoLimit(
    sentence,
    sentence.indexOf('Within') >= 0 ? sentence.indexOf('Within') : sentence.indexOf('within'),
  );

describe('periods that set no deadline', () => {
  it('reads no deadline in a duty counted from each occurrence', () => {
    expect(
      events(
        'Under the annex, each coast guard shall report any breach of the buffer zone within 24 hours.',
        'news',
      ),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(
      events(
        'The two navies would inform one another of an accidental collision within six hours.',
        'readout',
      ),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(at('A crisis line between the two staffs, to be answered within ten minutes')).toBe(true);
    expect(at('Monitors must be told within 12 hours of each violation they are to look into.')).toBe(true);
    expect(at('Both sides would notify the monitors of a ceasefire breach within two hours.')).toBe(true);
    expect(at('In case of an armed clash the commanders shall meet within a day.')).toBe(true);
  });

  it('keeps the deadline of a one-off act about a mishap that happened', () => {
    expect(
      events('Torvania pledged to publish its inquiry into a deadly border clash within two weeks.', 'news'),
    ).toContainEqual(['deadline', expect.anything()]);
    expect(at('The panel will report on a ferry collision within a month.')).toBe(false);
  });

  it('reads no deadline in time that had passed, told in narration', () => {
    expect(events('Within a week the paper had doubled in length.', 'news')).not.toContainEqual([
      'deadline',
      expect.anything(),
    ]);
    expect(at('Within an hour both envoys were denying the report.')).toBe(true);
    expect(
      events('By 3 March the envoy had sent a shorter paper to both capitals.', 'news'),
    ).not.toContainEqual(['deadline', expect.anything()]);
    expect(
      setsNoLimit(
        'By 2 March the Republic of Arvenia, a small state with a long history of hosting talks on the river, had tabled a plan.',
        0,
      ),
    ).toBe(true);
    expect(setsNoLimit(BY_TWO_DAYS, BY_TWO_DAYS.indexOf('by Tuesday'))).toBe(true);
  });

  it('keeps the deadline of a one-off act given a period', () => {
    expect(events('Arvenia must hand over the lists within ten days.', 'news')).toContainEqual([
      'deadline',
      '2031-03-15',
    ]);
    expect(at('Within ten days the parties will exchange their detainee lists.')).toBe(false);
    expect(at('Torvania is to reply to a request from the envoy within one week.')).toBe(false);
    expect(setsNoLimit('By 9 April, the two delegations were hoping to close the chapter.', 0)).toBe(false);
    expect(setsNoLimit('By 9 April, Torvania had planned to ratify the protocol.', 0)).toBe(false);
    expect(setsNoLimit('By 9 April the envoys were awaiting a reply from both capitals.', 0)).toBe(false);
    expect(events('By 20 March the parties had to answer the paper.', 'news')).toContainEqual([
      'deadline',
      '2031-03-20',
    ]);
  });
});
