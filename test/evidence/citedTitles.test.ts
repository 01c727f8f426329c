import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/evidence/extract.ts';
import { roster } from './roster.ts';

const quoted = (text: string) =>
  extractClaims(text, { roster }).flatMap((c) => (c.kind === 'quote' ? [c.data.words] : []));

describe('cited titles', () => {
  it('reads no quotation in the titles of a reading list or a reference list', () => {
    const reading = [
      'What we read this week:',
      '— "How the harbour deal nearly fell apart overnight," by Ada Lind for Radio Dahl.',
      '— "Twelve points on the Kessel text, explained," from The Fjellby Line.',
    ].join('\n');
    expect(quoted(reading)).toEqual([]);
    const references = [
      'References',
      '  1. ^ "Drava and Torvania open port talks in Kessel". Kessel Post. 4 May 2031. Retrieved 9 May 2031.',
      '  2. ^ Berg, Ola (6 May 2031). "Inside the twelve-point draft on the harbour". Fjellby Daily.',
    ].join('\n');
    expect(quoted(references)).toEqual([]);
    const british =
      "Further reading:\n— 'What the river accord leaves for later', by Ola Berg for the Vik Review.";
    expect(quoted(british)).toEqual([]);
  });

  it('keeps quotations a list gives as words said', () => {
    const demands = [
      'Minister Ada Lind set out her demands:',
      '- "Every detained sailor comes home before we sign."',
      '- "No patrol boat crosses the line without notice."',
    ].join('\n');
    expect(quoted(demands)).toHaveLength(2);
    const prose = '"We want a basis". Dahl said so in Kessel on 4 May 2031, before the talks.';
    expect(quoted(prose)).toEqual(['We want a basis']);
  });

  it('keeps a digest of quotations whose items name a speaker or a place where an outlet would stand', () => {
    const fromSpeakers = [
      'Heard this week',
      '— "Our boats will keep to their side of the river," from Minister Ada Lind.',
      '— "The crossing at Vik opens again on Monday," from President Kostal.',
    ].join('\n');
    expect(quoted(fromSpeakers)).toHaveLength(2);
    const dated = [
      'Heard this week',
      '1. "Our boats will keep to their side of the river". Minister Ada Lind, 2 June 2031.',
      '2. "The crossing at Vik opens again on Monday". Henrik Dahl, 3 June 2031.',
    ].join('\n');
    expect(quoted(dated)).toHaveLength(2);
    const placed = '- "Our boats will keep to their side of the river," by Berg in Kessel.';
    expect(quoted(placed)).toHaveLength(1);
  });
});
