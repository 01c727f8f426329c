// A chamber's chair gives a member the floor as "the call": a committee record's "Senator Lind, you
// have the call" is no telephone call. Sentences invented for the test; 2031-03-05 is a Wednesday,
// 2031-03-03 the Monday before.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a chair giving a member the call', () => {
  it('reads no call where the chair gives a senator or a member the floor', () => {
    expect(events('CHAIR: We will resume. Senator Lind, you have the call.', 'meeting-transcript')).toEqual(
      [],
    );
    expect(events('CHAIR: Order! Senator Lind has the call.', 'meeting-transcript')).toEqual([]);
    expect(events('Senator Lind, you had the call on the Kessel crossing.', 'meeting-transcript')).toEqual(
      [],
    );
  });

  it('still reads a telephone call someone had with another', () => {
    expect(events('Solberg had the call with Varin on Monday.', 'meeting-transcript')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(
      events('Senator Lind asked about the call between Kostal and Varin on Monday.', 'meeting-transcript'),
    ).toEqual([['call', '2031-03-03']]);
  });
});
