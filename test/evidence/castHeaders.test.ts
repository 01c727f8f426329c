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
    'Write: 2031-05-18 10:20:07 / Update: 2031-05-18 14:02:51',
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
    expect(turnLabel('Write: 2031-05-18 10:20:07 / Update: 2031-05-18 14:02:51')).toBeUndefined();
    expect(turnLabel('Exported: 2031-03-19 22:41 (UTC+1)')).toBeUndefined();
  });

  it('leaves a turn that speaks of a day in figures', () => {
    expect(turnLabel('Dahl: 2031 is the year the map is due.')?.name).toBe('Dahl');
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
      'The sitting is suspended from 16.42 to 16.50.',
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
      'Item 2: Report of the Government on the Vell talks',
      'PRESIDENT: Ingrid Solberg',
      'Dear colleagues, we continue with item 2. Please, Deputy Minister.',
      'OLEG VARIN, Deputy Minister:\nThank you, Madam President. The text is a working draft.',
      'PRESIDENT:\nThank you. That concludes item 2.',
    ].join('\n\n');
    expect(turns(record)).toEqual([
      ['Dear colleagues, we continue with item 2. Please, Deputy Minister.', 'solberg'],
      ['Thank you, Madam President. The text is a working draft.', 'varin'],
      ['Thank you. That concludes item 2.', 'solberg'],
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
