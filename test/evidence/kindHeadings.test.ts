// A release's kind heading names the form of its own text, not a statement it reports; the body's
// statements, a heading line that goes on to report one, and a joint statement's or communiqué's
// heading in an agreed text still are. Texts invented for the test; 2031-03-05 is a Wednesday.
import { describe, expect, it } from 'vitest';
import { events, PUBLISHED } from './eventsOf.ts';

describe('a heading that names the kind of release it heads', () => {
  it('reads no statement from a press statement, communiqué or record heading of its own', () => {
    expect(
      events('PRESS STATEMENT\n\nNorland welcomes the opening of the Kessel crossing.', 'press-release'),
    ).toEqual([]);
    expect(
      events('COMMUNIQUÉ\n\nThe Council notes the progress of the Drava process.', 'press-release'),
    ).toEqual([]);
    expect(events('STATEMENT | 4 March 2031\n\nArvenia wants the corridor opened.', 'press-release')).toEqual(
      [],
    );
    expect(events('STATEMENT · Kessel\n\nArvenia wants the corridor opened.', 'press-release')).toEqual([]);
  });

  it("reads no statement from a Westminster record's ministerial statement heading", () => {
    expect(events('MINISTERIAL STATEMENT\n\nThe Minister welcomed the text.', 'meeting-transcript')).toEqual(
      [],
    );
    expect(
      events(
        'Fjellby Floods\n\nMINISTERIAL STATEMENT\n\nThe Minister told the House the river was falling.',
        'meeting-transcript',
      ),
    ).toEqual([]);
  });

  it('still reads a statement the body reports under such a heading', () => {
    expect(
      events(
        'MEDIA STATEMENT\n\nSurin issued a statement in Kessel on Monday on the crossing.',
        'press-release',
      ),
    ).toEqual([['statement', '2031-03-03']]);
  });

  it('reads a heading line that goes on to report a statement', () => {
    expect(
      events(
        'Statement — Kostal issued a statement on the Kessel crossing on Monday\n\nArvenia wants the corridor opened.',
        'press-release',
      ),
    ).toEqual([['statement', '2031-03-03']]);
    expect(
      events('STATEMENT | Kostal and Varin issued a joint statement in Kessel on Monday', 'press-release'),
    ).toEqual([['statement', '2031-03-03']]);
  });

  it('keeps a joint statement or communiqué heading of an agreed text and a heading that names its issuer', () => {
    expect(
      events('JOINT STATEMENT\n\nThe two ministers agreed to meet again.', 'joint-statement'),
    ).toContainEqual(['statement', PUBLISHED]);
    expect(
      events('COMMUNIQUÉ\n\nThe ministers of Arvenia and Torvania agreed to meet again.', 'joint-statement'),
    ).toContainEqual(['statement', PUBLISHED]);
    expect(
      events(
        'FINAL COMMUNIQUÉ\n\nThe ministers of Arvenia and Torvania agreed to meet again.',
        'joint-statement',
      ),
    ).toContainEqual(['statement', PUBLISHED]);
    expect(events('Statement by the Norland Foreign Ministry\n\nWe welcome the deal.', 'social')).toEqual([
      ['statement', PUBLISHED],
    ]);
  });
});
