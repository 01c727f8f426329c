// Who speaks an office's label when the record writes the office with its body ("Union High
// Representative:", "Norland Foreign Minister:"), or names the holder before the office and its
// complement ("by Lars Brenne, Spokesman for the Secretary-General"); a briefing's highlights in
// bullets over its topics. Every text is invented for the test.
import { describe, expect, it } from 'vitest';
import { briefingSections } from '../../src/evidence/briefingSections.ts';
import { extractClaims } from '../../src/evidence/extract.ts';
import { detectGenre } from '../../src/evidence/genre.ts';
import type { Roster, SuggestedClaim } from '../../src/evidence/types.ts';
import { roster as base } from './roster.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;
const speakers = (text: string, roster: Roster = base) =>
  extractClaims(text, { roster, genre: detectGenre(text).genre })
    .filter((c): c is Quote => c.kind === 'quote')
    .map((c) => c.speaker?.personId ?? c.speaker?.name);

describe("an office written after its body's name", () => {
  it("gives a doorstep's office label to the holder its title names, on the roster or not", () => {
    const doorstep = [
      'Union\nNewsroom\n\nDoorstep statement by Union High Representative Ada Lind ahead of the Council',
      'Union High Representative:',
      'Good morning. Ministers meet today on the Vell river, and the monitors are first on our agenda.',
      'Journalist (Fjord Herald): High Representative, will the monitors deploy in June?',
      'Union High Representative: That is a question for Norland. My understanding is June.',
    ].join('\n\n');
    expect(speakers(doorstep)).toEqual(['Ada Lind', 'journalist', 'Ada Lind']);
    const minister = [
      'Doorstep by Norland Foreign Minister Ingrid Solberg before the talks in Kessel',
      'Norland Foreign Minister: Good morning. Today we open the third round on the Vell river.',
      'Question (Radio Kessel): Minister, is the quota agreed?',
      'Norland Foreign Minister: Not yet. We will work on it tonight.',
    ].join('\n\n');
    expect(speakers(minister)).toEqual(['solberg', 'journalist', 'solberg']);
  });

  it("never gives one party's office label to another party's holder", () => {
    const other = [
      'Press point in Kessel, 4 March 2031',
      'Arvenia Foreign Minister: Good morning. We came to talk about the quota.',
      'Question: Minister, is the quota agreed?',
      'Arvenia Foreign Minister: Not yet.',
    ].join('\n\n');
    expect(speakers(other)).not.toContain('solberg');
  });
});

describe('a holder named before the office and its complement', () => {
  const roster: Roster = {
    ...base,
    people: [
      ...base.people,
      { id: 'oberg', name: 'Nils Oberg', office: 'Secretary-General', aliases: [] },
      { id: 'brenne', name: 'Lars Brenne', aliases: [] },
    ],
  };
  it("gives a noon briefing's Spokesman turns to the spokesman, not to the one the office serves", () => {
    const noon = [
      'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General',
      "The following is a near-verbatim transcript of today's noon briefing by Lars Brenne, Spokesman for the Secretary-General.",
      'Highlights:\n- Vell River\n- Floods',
      'VELL RIVER',
      'Good afternoon. The Secretary-General welcomes the round held in Kessel on Sunday.',
      'FLOODS',
      'Our humanitarian colleagues say more than 20,000 people have been affected.',
      'Questions and answers',
      'Question: Lars, has the Secretary-General seen the Vell text?',
      'Spokesman: We have not seen the text.',
    ].join('\n\n');
    expect(speakers(noon, roster)).toEqual(['brenne', 'brenne', 'journalist', 'brenne']);
  });

  it("reads a briefing's bulleted highlights as its table of contents", () => {
    const head =
      'Highlights:\n• Vell River\n• Floods\n\nVELL RIVER\n\nThe talks resumed.\n\nFLOODS\n\nRain fell.\n\n';
    const sections = briefingSections(head)!;
    expect(sections.map(([a, b]) => head.slice(a, b))).toEqual(['The talks resumed.', 'Rain fell.']);
  });
});
