// A committee chair gives a member the floor as "the call": in the chair's turn of a record,
// "Senator Lind, you have the call" is no telephone call. Anyone else's "you had the call", or a
// call with a party or on a day, is one. Sentences invented for the test; 2031-03-05 is a
// Wednesday, 2031-03-03 the Monday before.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a chair giving a member the call', () => {
  it("reads no call where the chair's turn gives a senator the floor", () => {
    expect(events('CHAIR: We will resume. Senator Lind, you have the call.', 'meeting-transcript')).toEqual(
      [],
    );
    expect(events('CHAIR: Order! Senator Lind has the call.', 'meeting-transcript')).toEqual([]);
    expect(
      events('CHAIR: Back from the break, then. Senator Dahl, you had the call.', 'meeting-transcript'),
    ).toEqual([]);
  });

  it('still reads a telephone call someone had with another', () => {
    expect(events('Solberg had the call with Varin on Monday.', 'meeting-transcript')).toEqual([
      ['call', '2031-03-03'],
    ]);
    expect(
      events('Senator Lind asked about the call between Kostal and Varin on Monday.', 'meeting-transcript'),
    ).toEqual([['call', '2031-03-03']]);
  });

  it("reads 'you had the call' outside a chair's turn", () => {
    expect(
      events('Q: Minister, you had the call on Monday. What did Varin tell you about the crossing?', 'news'),
    ).toEqual([['call', '2031-03-03']]);
    expect(
      events(
        'LIND: Minister, you had the call on Monday. Did Varin raise the crossing?',
        'meeting-transcript',
      ),
    ).toEqual([['call', '2031-03-03']]);
    expect(
      events(
        'LIND: Minister, on Monday you had the call. Did Varin raise the crossing?',
        'meeting-transcript',
      ),
    ).toEqual([['call', '2031-03-03']]);
    expect(
      events(
        'Senator Lind had the call on Monday, her office said, and pressed Varin on the crossing.',
        'news',
      ),
    ).toEqual([['call', '2031-03-03']]);
  });

  it('reads a call with a party or on a day, and another call in the chair sentence', () => {
    expect(
      events(
        'CHAIR: Senator Lind, you had the call with Varin on Monday, I understand?',
        'meeting-transcript',
      ),
    ).toEqual([['call', '2031-03-03']]);
    expect(
      events('CHAIR: Senator Lind, you had the call on Monday, I understand?', 'meeting-transcript'),
    ).toEqual([['call', '2031-03-03']]);
    expect(
      events(
        'CHAIR: Senator Lind, you have the call, and note that the President spoke with Varin by phone on Monday.',
        'meeting-transcript',
      ),
    ).toContainEqual(['call', '2031-03-03']);
  });
});
