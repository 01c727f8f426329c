// A record's head names who holds a role on a field line ("Anchor: Lena Berg", "Chair: Lind",
// "PRESIDENT: Ada Lind") and its turns give the role alone. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { castHeader } from '../../src/evidence/castHeaders.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre, turnLabel } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string) =>
  extractClaims(text, {
    roster,
    genre: detectGenre(text).genre === 'news' ? 'meeting-transcript' : detectGenre(text).genre,
  })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => [c.data.words, c.speaker?.personId ?? c.speaker?.name]);

describe("a broadcast's cast named in its head", () => {
  const interview = [
    'FJELLBY WORLD RADIO',
    'Saved: 2031-04-02 09:15:30 / Edited: 2031-04-02 11:40:02',
    'Anchor: Lena Berg',
    'Guest: Henrik Dahl, Special Envoy of Norland',
    'Anchor: Welcome back. The envoy is on the line from Kessel. Is the map finished?',
    'Dahl: The map is finished. The monitors are not.',
    'Anchor: Henrik Dahl, Special Envoy, thank you.',
    'Dahl: Thank you.',
  ].join('\n\n');

  it('gives the turns under the bare role the one the head names, and the head says nothing', () => {
    expect(turns(interview)).toEqual([
      ['Welcome back. The envoy is on the line from Kessel. Is the map finished?', 'Lena Berg'],
      ['The map is finished. The monitors are not.', 'dahl'],
      ['Henrik Dahl, Special Envoy, thank you.', 'Lena Berg'],
      ['Thank you.', 'dahl'],
    ]);
  });

  it('reads a field line of a name and an office, never a sign-off said under the role', () => {
    expect(castHeader('Presenter: ADA VIK, Kessel Radio')).toEqual({ role: 'Presenter', holder: 'Ada Vik' });
    expect(castHeader('Anchor: Henrik Dahl, Special Envoy, thank you.')).toBeUndefined();
    expect(castHeader('Dahl: Ada Vik')).toBeUndefined();
    expect(castHeader('Host: Dr Ada Lind')?.holder).toBe('Dr Ada Lind');
  });

  it('reads no holder in a greeting, a thanks or an address set in capitals', () => {
    expect(castHeader('ANCHOR: GOOD EVENING AND WELCOME')).toBeUndefined();
    expect(castHeader('Host: Good Morning')).toBeUndefined();
    expect(castHeader('Anchor: Thank You Minister Dahl')).toBeUndefined();
    expect(castHeader('Interviewer: Minister Dahl')).toBeUndefined();
  });

  it('names no holder after a greeting under the role', () => {
    const record = [
      'Kessel Radio, the evening news',
      'ANCHOR: GOOD EVENING AND WELCOME',
      'ANCHOR: Tonight, the Vell talks. Minister Dahl, is the map done?',
      'DAHL: It is done, and Kessel has it.',
      'ANCHOR: Minister Dahl, thank you.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['Tonight, the Vell talks. Minister Dahl, is the map done?', 'Anchor'],
      ['It is done, and Kessel has it.', 'dahl'],
      ['Minister Dahl, thank you.', 'Anchor'],
    ]);
  });

  it('reads the field’s shape as a field in the head only, and as a turn after the first turn', () => {
    const record = [
      'ANCHOR: LENA BERG',
      'ANCHOR: THE VELL TALKS ENDED TODAY IN KESSEL.',
      'ANCHOR: OVER TO ADA VIK',
      'VIK: THE DELEGATIONS HAVE LEFT THE HALL.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['THE VELL TALKS ENDED TODAY IN KESSEL.', 'Lena Berg'],
      ['OVER TO ADA VIK', 'Lena Berg'],
      ['THE DELEGATIONS HAVE LEFT THE HALL.', 'Vik'],
    ]);
  });

  it('keeps the role as written where the head names no holder', () => {
    const text = interview.replace('Anchor: Lena Berg\n\n', '');
    expect(turns(text)[0]).toEqual([
      'Welcome back. The envoy is on the line from Kessel. Is the map finished?',
      'Anchor',
    ]);
  });
});

describe("a page's stamp in figures under a field's name", () => {
  it('is no turn', () => {
    expect(turnLabel('Saved: 2031-04-02 09:15:30 / Edited: 2031-04-02 11:40:02')).toBeUndefined();
    expect(turnLabel('Exported: 2031-03-19 22:41 (UTC+1)')).toBeUndefined();
    expect(turnLabel('Exported: 02/04/2031 09:15 by ada.lind')).toBeUndefined();
    expect(turnLabel('Recorded: 2031-07-18 10:03 | Length: 00:12:40 | Language: English')).toBeUndefined();
  });

  it('leaves a turn that speaks of a day in figures', () => {
    expect(turnLabel('Dahl: 2031 is the year the map is due.')?.name).toBe('Dahl');
    expect(turnLabel('Vik: 2031-03-03 at 04:10 is the time in the operator log.')?.name).toBe('Vik');
  });

  it('keeps a witness’s answer that opens on a day and a clock as the witness’s turn', () => {
    const record = [
      'Chair: Ms Vik, when was the cable cut?',
      'Vik: 2031-03-03 at 04:10 is the time in the operator log. The power failed at once.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['Ms Vik, when was the cable cut?', 'Chair'],
      ['2031-03-03 at 04:10 is the time in the operator log. The power failed at once.', 'Vik'],
    ]);
  });
});

describe("a chamber's chair named in its head", () => {
  it('reads a chair named by the surname alone as the holder of the presiding turns', () => {
    const record = [
      'Second Chamber of Norland — Proceedings, sitting of 17 May 2031',
      'Chair: Melnyk',
      'Present: 118 members, and Mrs Solberg, Minister of Foreign Affairs.',
      'The President:\nWe turn to the Vell accord. I give the floor to Mr Berg.',
      'Mr Berg (VPN):\nMadam President, who wrote this text?',
      'The President:\nThe Minister.',
      'Minister Solberg:\nMadam President, the text is the envoy’s.',
      'The President:\nThank you. I close the debate.',
      'Sitting suspended from 11.05 to 11.20.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['We turn to the Vell accord. I give the floor to Mr Berg.', 'melnyk'],
      ['Madam President, who wrote this text?', 'Berg'],
      ['The Minister.', 'melnyk'],
      ['Madam President, the text is the envoy’s.', 'solberg'],
      ['Thank you. I close the debate.', 'melnyk'],
    ]);
  });

  it('takes a one-word reply for a turn, not a surname', () => {
    expect(turnLabel('Chair: Agreed')?.name).toBe('Chair');
  });

  it('opens the first turn under a chair named on its own line over the chair’s sentences', () => {
    const record = [
      'ASSEMBLY OF NORLAND — Stenographic record',
      'Point 4 of the order paper: the Government’s paper on the Vell talks',
      'PRESIDENT: Ingrid Solberg',
      'Colleagues, the floor goes to the Deputy Minister now.',
      'OLEG VARIN, Deputy Minister:\nThank you, Madam President. The text is a working draft.',
      'PRESIDENT:\nThank you. We are done with point 4.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['Colleagues, the floor goes to the Deputy Minister now.', 'solberg'],
      ['Thank you, Madam President. The text is a working draft.', 'varin'],
      ['Thank you. We are done with point 4.', 'solberg'],
    ]);
  });

  it('leaves a chair named over a heading as the head’s field', () => {
    const record = [
      'Norland Council — Provisional record',
      'Chair: Ingrid Solberg',
      'Agenda item 2: The Vell basin',
      'CHAIR: I open the meeting. The envoy has the floor.',
      'HENRIK DAHL: Thank you. The map is done.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['I open the meeting. The envoy has the floor.', 'solberg'],
      ['Thank you. The map is done.', 'dahl'],
    ]);
  });
});
