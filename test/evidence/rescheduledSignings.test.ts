// A signing moved from one day to another, told in the words of wires, parliaments, councils and
// chats: the event is the signing, on the day it was moved to; the day it had is history. A
// signing's word beside a move that moves no day ("moved both sides closer") is no event.
// Documents invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type EventClaim = Extract<SuggestedClaim, { kind: 'event' }>;
const events = (text: string, genre: Genre = 'news') =>
  extractClaims(text, { roster, genre, published: '2031-06-11' })
    .filter((c): c is EventClaim => c.kind === 'event')
    .map((c) => `${c.data.eventKind} ${c.data.date ?? '-'}`);

describe('a signing moved from one day to another', () => {
  it('dates a signing postponed "from June 21 to June 28" by the day it goes to, the verb before the signing', () => {
    expect(
      events(
        'Arvenia and Torvania agreed on Tuesday to postpone the signing of their border accord from June 21 to June 28, officials said.',
      ),
    ).toContain('meeting 2031-06-28');
    expect(
      events('The ministers agreed to postpone the signing of the accord from 21 June to 28 June 2031.'),
    ).toEqual(['meeting 2031-06-28']);
  });

  it('reads a signing told only by its move: "has already moved once, from …", "originally planned for …, is now set for …"', () => {
    expect(
      events(
        'The Minister of State: The signing itself has already moved once, from 21 June to 27 June, and I cannot promise the House that it will not move again.',
        'meeting-transcript',
      ),
    ).toEqual(['meeting 2031-06-27']);
    expect(events('* The signing, originally planned for June 21, is now set for June 28 in Lorne.')).toEqual(
      ['meeting 2031-06-28'],
    );
    expect(
      events(
        'The Council takes note that the signing has been brought forward to 24 June 2031.',
        'joint-statement',
      ),
    ).toEqual(['meeting 2031-06-24']);
    expect(events('The signing was delayed by a week, to 28 June, at the request of Arvenia.')).toEqual([
      'meeting 2031-06-28',
    ]);
  });

  it('finds no signing where the move moves no day', () => {
    expect(events('The signing moved both sides closer to peace.')).toEqual([]);
    expect(events('The signing, the envoy said, moved him to tears.')).toEqual([]);
    expect(events('We must not delay the signing any longer.')).toEqual([]);
    // The verb before the signing needs a day after it too (review24).
    expect(
      events("Monday's compromise on fisheries moves the signing closer, officials said on 3 June."),
    ).toEqual([]);
    expect(events('The ministry delayed signing up new members until 12 June.')).toEqual([]);
    expect(events('The dispute over the signing, which Arvenia called a delay, is set for talks.')).toEqual(
      [],
    );
  });

  it('reads a moved limit as one deadline, on its new day', () => {
    expect(events('The date for signature is moved from 21 June to 28 June.')).toEqual([
      'deadline 2031-06-28',
    ]);
  });
});
