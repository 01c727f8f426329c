// "received the revised Harbour text from the mediators": a capital inside what was received names
// whose text it is; a text received is no guest, and no meeting. Received at a place, it was handed
// over in person. Sentences invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events } from './eventsOf.ts';

describe('a text received', () => {
  it('is no meeting when the text is what was received', () => {
    expect(
      events('Our negotiators received the amended Norland draft from the facilitators on Monday.', 'news'),
    ).toEqual([]);
    expect(events("The ministry received the Council's nine points yesterday.", 'news')).toEqual([]);
  });

  it('is still a meeting when a person is received, or the text is received at a place', () => {
    expect(events('President Kostal received Special Envoy Dahl in Drava on Monday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
    expect(events('The envoy received the revised text in Fjellby on Monday.', 'news')).toEqual([
      ['meeting', '2031-03-03'],
    ]);
  });
});
