// The signing named as an occasion someone attends, goes to or asks about: "will attend the
// signing", "at the signing", "Is the 20 March signing still on?". Sentences invented for the
// test, in the house styles of a briefing, a ministry release and a post; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a signing someone attends', () => {
  it('reads attending, going to or being at the signing as the signing still ahead', () => {
    expect(events('Will Norland attend the signing?', 'press-conference')).toEqual([['meeting', null]]);
    expect(events('Q Are you going to Drava for the signing?', 'press-conference')).toEqual([
      ['meeting', null],
    ]);
    expect(events('Arvenia will send its foreign minister to the signing.', 'press-release')).toEqual([
      ['meeting', null],
    ]);
  });

  it('reads a signing asked about as still on', () => {
    expect(events('Is the 20 March signing still on for Torvania?', 'social')).toEqual([
      ['meeting', '2031-03-20'],
    ]);
  });

  it('reads no occasion in the signing as the name of a date, a limit or a table', () => {
    expect(events('Torvania agreed to the signing date.', 'press-release')).toEqual([]);
    expect(events('Arvenia asked for more time for the signing.', 'press-release')).toEqual([]);
    expect(events('Norland looked at the signing order again.', 'press-release')).toEqual([]);
    expect(events('Is the signing pen still on the table?', 'social')).toEqual([]);
  });
});
