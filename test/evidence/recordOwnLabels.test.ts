// Speakers a record itself shows: a label of a shape no rule knows that repeats before turns (a
// parliament's chair in its own language, a translated record's "La Présidente:"), and a panel's
// head that lists its moderator under a key ("WELCOME AND MODERATOR:", "PANELISTS:") before the
// turns label the moderator by role alone. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import type { Genre } from '../../src/evidence/genre.ts';
import type { SuggestedClaim } from '../../src/evidence/types.ts';
import { roster } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const turns = (text: string, genre: Genre = 'meeting-transcript') =>
  extractClaims(text, { roster, genre })
    .filter((c): c is Quote => c.kind === 'quote' && c.data.form === 'turn')
    .map((c) => [c.speaker?.personId ?? c.speaker?.name, c.data.words]);

describe('a label of an unknown shape that repeats before turns', () => {
  it("reads a parliament's chair in its own language as a turn, each time", () => {
    const dail = [
      'Vell River Talks: Statements',
      '',
      'Deputy Ruairc Tallon: The Minister has the text and will not publish it.',
      '',
      'An Leas-Cheann Comhairle: The Deputy is over time.',
      '',
      'Deputy Ruairc Tallon: I will conclude.',
      '',
      'An Leas-Cheann Comhairle: Please do.',
    ].join('\n');
    expect(turns(dail)).toEqual([
      ['Ruairc Tallon', 'The Minister has the text and will not publish it.'],
      ['An Leas-Cheann Comhairle', 'The Deputy is over time.'],
      ['Ruairc Tallon', 'I will conclude.'],
      ['An Leas-Cheann Comhairle', 'Please do.'],
    ]);
  });

  it("reads a translated record's office with its article", () => {
    const record = [
      'Compte rendu — Commission des affaires étrangères',
      '',
      'La Présidente: The hearing is open. Minister, you have the floor.',
      '',
      'Mira Kostal: Thank you. The text has nine points.',
      '',
      'La Présidente: Thank you, Minister.',
    ].join('\n');
    expect(turns(record).map(([s]) => s)).toEqual(['La Présidente', 'kostal', 'La Présidente']);
  });

  it('keeps a note that repeats as the record’s, and a label said once as a sentence', () => {
    const record = [
      'Henrik Dahl: The text is on the table.',
      '',
      'Note: the sound was cut.',
      '',
      'Oleg Varin: We have read it.',
      '',
      'Note: the sound was cut again.',
      '',
      'An aside from the chair: nothing followed.',
    ].join('\n');
    expect(turns(record).map(([s]) => s)).toEqual(['dahl', 'varin']);
  });
});

describe("a panel's head listing its moderator and panelists under keys", () => {
  const panel = [
    'THE KESTREL FORUM',
    '',
    '"THE VELL TEXT: WHAT COMES NEXT?"',
    '',
    'INTRODUCTION AND MODERATOR:',
    'AUDRA PELLINGHAM, Director, Kestrel Forum',
    '',
    'PANELISTS:',
    'HENRIK DAHL, Special Envoy of Norland',
    'DR. LOTTE FENWICK, Senior Fellow, Kestrel Forum',
    '',
    'Tuesday, March 4, 2031',
    '',
    'MODERATOR: Good afternoon. Henrik, where are we?',
    '',
    'DAHL: Closer than last week.',
    '',
    'MODERATOR: Lotte?',
    '',
    'FENWICK: I would not say closer.',
  ].join('\n');

  it('reads no turn in the lists and gives the moderator’s turns to the one listed', () => {
    expect(turns(panel, 'press-conference')).toEqual([
      ['Audra Pellingham', 'Good afternoon. Henrik, where are we?'],
      ['dahl', 'Closer than last week.'],
      ['Audra Pellingham', 'Lotte?'],
      ['Fenwick', 'I would not say closer.'],
    ]);
  });

  it('reads a hearing’s witness list the same way', () => {
    const hearing = [
      'COMMITTEE ON FOREIGN AFFAIRS',
      'HEARING ON THE VELL RIVER TALKS',
      '',
      'CHAIR:',
      'Hon. Marcus Ildane, Committee Chair',
      '',
      'WITNESSES:',
      'Mira Kostal, Foreign Minister of Arvenia',
      'Pavel Surin, Government Spokesperson of Torvania',
      '',
      'CHAIR: The committee will come to order.',
      '',
      'KOSTAL: Thank you, Chair.',
      '',
      'CHAIR: Mr. Surin.',
      '',
      'SURIN: We have nothing to add.',
    ].join('\n');
    expect(turns(hearing, 'meeting-transcript').map(([s]) => s)).toEqual([
      'Marcus Ildane',
      'kostal',
      'Marcus Ildane',
      'surin',
    ]);
  });
});
