// Who was in the room, read from the presence verb's own subject: a post's "the Union, whose
// representatives joined us for the second session", a spokesperson's "They were not in the room",
// a wire's "Norland was represented at the Wednesday session", a statement's "no Union official took
// part in the talks". The one who tells it is not said to be there, and a name that is another
// verb's object is no subject. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import type { Genre } from '../../src/evidence/genre.ts';
import { linkSources } from '../../src/evidence/link.ts';
import { readSeat, seatsApart } from '../../src/evidence/seatAtTable.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const reasons = (a: string, b: string, genreA: Genre = 'news', genreB: Genre = 'news') =>
  linkSources([doc('a', a, genreA), doc('b', b, genreB)], roster).links.map((l) => l.reason);

describe('a seat at the talks', () => {
  it('reads the party the verb is said of, not the one who tells it', () => {
    expect(
      readSeat(
        'According to Taras Melnyk, representatives of the Union did not take part in the session.',
        roster,
      ),
    ).toEqual({ who: ['union'], present: false });
    expect(
      readSeat(
        'I thank our hosts in Fjellby and our partners from the Union, whose representatives joined us for the second session.',
        roster,
      ),
    ).toEqual({ who: ['union'], present: true });
    expect(readSeat('No Torvanian official took part in the talks on Wednesday.', roster)).toEqual({
      who: ['torvania'],
      present: false,
    });
    expect(
      readSeat(
        'Norland, whose experts wrote most of the annex, was represented at the Wednesday session, diplomats said.',
        roster,
      ),
    ).toEqual({ who: ['norland'], present: true });
  });

  it('reads no seat for a name that is another verb’s object, nor a sentence of no presence', () => {
    expect(
      readSeat(
        'The spokesman said his country supported the efforts of Norland and had attended the session as a guest.',
        roster,
      ),
    ).toBe(undefined);
    expect(readSeat('The Union presented its proposals for the monitoring mission.', roster)).toBe(undefined);
  });

  it('links a post that seats the Union and a briefing that says it was not in the room', () => {
    expect(
      reasons(
        'I thank our partners from the Union, whose representatives joined us for the second session in Fjellby.',
        'MR SURIN: The Union people were not in the room. That is simply a fact.',
        'social',
        'press-conference',
      ),
    ).toContain('whether union was at the meeting');
  });

  it('links two statements that the Union took no part, one by a spokesperson named', () => {
    expect(
      reasons(
        'According to Taras Melnyk, representatives of the Union did not take part in the session.',
        'FJELLBY, March 5 (Tessin Wire) - Representatives of the Union were not present at the table, a diplomat said, adding that an aide waited in a separate room.',
        'press-release',
      ),
    ).toContain('whether union was at the meeting');
  });

  it('links a wire and a ministry’s release on one party at the Wednesday session', () => {
    expect(
      reasons(
        'Norland, whose experts wrote most of the annex, was represented at the Wednesday session, diplomatic sources said.',
        'The Foreign Minister of Norland attended the session on Wednesday as an observer, at the invitation of Arvenia.',
        'news',
        'press-release',
      ),
    ).toContain('whether norland was at the meeting');
  });

  it('leaves two parties, and one party at two occasions weeks apart', () => {
    expect(
      reasons(
        'Representatives of the Union did not take part in the session on 3 March.',
        'Representatives of Norland did not take part in the session on 3 March.',
      ),
    ).not.toContain('whether union was at the meeting');
    expect(
      reasons(
        'Representatives of the Union did not take part in the session on 3 March.',
        'Representatives of the Union attended the session on 24 March as observers.',
      ),
    ).not.toContain('whether union was at the meeting');
  });
});

describe('a seat at the talks, told both ways', () => {
  const participants = (a: string, b: string) =>
    kinds(doc('a', a, 'news'), doc('b', b, 'press-conference')).filter((k) => k.startsWith('participants'));

  it('flags a party seated at one day’s meeting by one source and said absent by another', () => {
    expect(
      participants(
        'Union delegates attended Sunday’s meeting of heads of delegation called by Taras Melnyk, where the paper of the Union was circulated beside the mediator’s own text, a diplomat said.',
        'MR SURIN: On Sunday the Union delegation was not in the room. I counted the chairs.',
      ),
    ).toEqual(['participants ab']);
  });

  it('leaves sessions on two days, two parties, and two sources that agree', () => {
    expect(
      seatsApart(
        sentencePassage(
          'Representatives of the Union attended the session on 3 March as observers.',
          '2031-03-05',
        ),
        sentencePassage(
          'Representatives of the Union did not take part in the session on 4 March.',
          '2031-03-05',
        ),
        roster,
      ),
    ).toBeUndefined();
    expect(
      participants(
        'Representatives of Norland attended the session on 3 March as observers.',
        'MR SURIN: Representatives of the Union did not take part in the session on 3 March.',
      ),
    ).toEqual([]);
    expect(
      participants(
        'Representatives of the Union did not attend the session on 3 March.',
        'MR SURIN: Representatives of the Union did not take part in the session on 3 March.',
      ),
    ).toEqual([]);
  });
});
