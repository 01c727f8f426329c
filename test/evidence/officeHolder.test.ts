// An office named as a quotation's speaker and the person the roster gives that office are one
// voice; another person, or an office the named person does not hold, are two. Invented speakers
// of the Arvenia–Torvania talks, as a BBC News online report and a Hansard record give them.
import { describe, expect, it } from 'vitest';
import { officeAndHolder } from '../../src/evidence/officeHolder.ts';
import type { Passage } from '../../src/evidence/passages.ts';
import { doc, kinds, sentencePassage } from './linkedDocs.ts';
import { roster } from './roster.ts';

const said = (text: string, speaker: Passage['speaker']): Passage => ({
  ...sentencePassage(text),
  kind: 'quote',
  ...(speaker ? { speaker } : {}),
});
const words = 'Nothing is agreed until everything is agreed on the river.';

describe('an office and its holder', () => {
  it('takes "the Foreign Minister" and the roster’s Foreign Minister for one voice', () => {
    const office = said(words, { name: 'the Foreign Minister' } as Passage['speaker']);
    const holder = said(words, {
      name: 'Ingrid Solberg',
      personId: 'solberg',
      partyId: 'norland',
    } as Passage['speaker']);
    expect(officeAndHolder(office, holder, roster)).toBe(true);
    expect(officeAndHolder(holder, office, roster)).toBe(true);
  });

  it('keeps two voices for an office its named speaker does not hold, or two named people', () => {
    const office = said(words, { name: 'the Foreign Minister' } as Passage['speaker']);
    const other = said(words, {
      name: 'Mira Kostal',
      personId: 'kostal',
      partyId: 'arvenia',
    } as Passage['speaker']);
    const named = said(words, {
      name: 'Ingrid Solberg',
      personId: 'solberg',
      partyId: 'norland',
    } as Passage['speaker']);
    expect(officeAndHolder(office, other, roster)).toBe(false);
    expect(officeAndHolder(named, other, roster)).toBe(false);
  });
  it('takes no office for its holder where the title is only part of another office ("Vice-President", "Secretary-General")', () => {
    const withOffices = {
      ...roster,
      people: [
        ...roster.people,
        {
          id: 'vp',
          name: 'Lena Vossberg',
          office: 'Vice-President of Arvenia',
          party: 'arvenia',
          aliases: [],
        },
        {
          id: 'sg',
          name: 'Omar Haddi',
          office: 'Secretary-General of the Union',
          party: 'union',
          aliases: [],
        },
      ],
    };
    const person = (id: string, name: string) => said(words, { name, personId: id } as Passage['speaker']);
    const office = (name: string) => said(words, { name } as Passage['speaker']);
    expect(officeAndHolder(office('the President'), person('vp', 'Lena Vossberg'), withOffices)).toBe(false);
    expect(officeAndHolder(office('the Secretary'), person('sg', 'Omar Haddi'), withOffices)).toBe(false);
    expect(officeAndHolder(office('the Vice-President'), person('vp', 'Lena Vossberg'), withOffices)).toBe(
      true,
    );
  });

  it("keeps two voices for another party's office of the same name ('its foreign minister', Arvenia's)", () => {
    const theirs = said(words, {
      name: 'foreign minister',
      partyId: 'arvenia',
      via: 'description',
    } as Passage['speaker']);
    const named = said(words, {
      name: 'Ingrid Solberg',
      personId: 'solberg',
      partyId: 'norland',
    } as Passage['speaker']);
    expect(officeAndHolder(theirs, named, roster)).toBe(false);
    expect(officeAndHolder(named, theirs, roster)).toBe(false);
    const ours = said(words, {
      name: 'foreign minister',
      partyId: 'norland',
      via: 'description',
    } as Passage['speaker']);
    expect(officeAndHolder(ours, named, roster)).toBe(true);
  });

  it("flags the same words given to Norland's minister and to another party's office", () => {
    const wire = doc(
      'a',
      'Arvenia rejected the plan on Monday, a day after its foreign minister said "every dam stays under one authority".',
    );
    const brief = doc('b', 'Ingrid Solberg said on Monday: "Every dam stays under one authority."');
    expect(kinds(wire, brief)).toContain('attribution ab');
  });
});
