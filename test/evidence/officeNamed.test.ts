// People a sentence names by office and country ("the presidents of Arvenia and Torvania",
// "Norland's foreign minister"), read in several house styles; offices that are another's
// complement ("Aide to the President of Arvenia") name no one at the event.
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../src/evidence/gazetteer.ts';
import { scanNames } from '../../src/evidence/names.ts';
import { peopleByOffice } from '../../src/evidence/officeNamed.ts';
import { roster } from './roster.ts';

const named = (text: string) => {
  const gazetteer = buildGazetteer(roster);
  return peopleByOffice(
    text,
    scanNames(text, gazetteer, () => false),
    gazetteer,
  ).map((h) => h.id);
};

describe('people named by office and country', () => {
  it('reads a plural office over two countries (wire, Kremlin-style readout)', () => {
    expect(
      named(
        'Melnyk said that the conversation between the presidents of Arvenia and Torvania on Tuesday had been useful.',
      ),
    ).toEqual(['kostal', 'varin']);
    expect(named('The Presidents of Torvania and of Arvenia discussed the water question.')).toEqual([
      'varin',
      'kostal',
    ]);
  });

  it('reads one office of one country, written either way', () => {
    expect(
      named('On 7 March the Minister held a telephone conversation with the President of Torvania.'),
    ).toEqual(['varin']);
    expect(named("Arvenia's president telephoned the Union on Wednesday.")).toEqual(['kostal']);
    expect(named('He met the Minister for Foreign Affairs of Norland in Fjellby.')).toEqual(['solberg']);
    expect(named("Norland's foreign minister, speaking in Fjellby, said the text was close.")).toEqual([
      'solberg',
    ]);
  });

  it('names no one where the office is another’s or not the whole office', () => {
    expect(named('Aide to the President of Arvenia Taras Melnyk briefed reporters.')).toEqual([]);
    expect(named('The Special Envoy of the President of Torvania arrived on Monday.')).toEqual([]);
    expect(named('He spoke on behalf of the President of Arvenia.')).toEqual([]);
    expect(named('The Vice President of Arvenia met the envoy.')).toEqual([]);
    expect(named("The President of Torvania's envoy met Dahl.")).toEqual([]);
    // Two countries, one office in the singular: no pair of holders.
    expect(named('The President of Arvenia and Torvania’s envoy met.')).toEqual(['kostal']);
  });
});
