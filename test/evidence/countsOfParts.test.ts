// Counts that are parts of another, not other figures for it (tuning sets 11, 12, 19, 22 in real
// house styles): a running total against one exchange's count; each side's count against the two
// sides' total; a count of some among those held; monitors against people released. Each beside
// a near case that must still flag. Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { doc, kinds } from './linkedDocs.ts';

const numberFlags = (a: string, b: string) =>
  kinds(doc('a', a), doc('b', b)).filter((k) => k.startsWith('number'));

describe('a running total and one exchange', () => {
  const oneSwap = [
    'Arvenia and Torvania exchanged 390 prisoners each on April 20, the latest in a series of swaps this year, Arvenian officials said.',
    'Norland has facilitated exchanges of prisoners between Arvenia and Torvania, most recently on 20 April, when 390 persons from each side were exchanged.',
    'In the exchange on April 20, according to the Torvanian Defence Ministry, 372 servicemen were returned to Torvania.',
  ];
  const totals = [
    'The committee chair noted that in total since the beginning of the year 1,160 persons were returned to Arvenia.',
    'The Administration secured the return of 1,200 prisoners of war and civilians through exchanges facilitated by Norland this spring.',
    'Since the war began, 2,950 prisoners have come home to Arvenia in 41 exchanges, the Coordination HQ said.',
  ];
  it('takes a total over months for no other count of one exchange', () => {
    for (const total of totals) for (const one of oneSwap) expect(numberFlags(total, one)).toEqual([]);
  });
  it('still flags two counts of one exchange', () => {
    expect(
      numberFlags(
        'Arvenia and Torvania exchanged 390 prisoners each on April 20, Arvenian officials said.',
        'Arvenia and Torvania exchanged 372 prisoners each on April 20, the Defence Ministry said.',
      ),
    ).toEqual(['number ab']);
  });
  it('still flags two running totals of one week', () => {
    expect(
      numberFlags(
        'In total since the beginning of the year 1,160 persons were returned to Arvenia, the committee said.',
        'Since the beginning of the year, 1,420 persons have been returned to Arvenia, Kostal said.',
      ),
    ).toEqual(['number ab']);
  });
});

describe("each side's count and the total", () => {
  const parts = 'A total of 157 people were transferred to Arvenia and 155 to Torvania on March 17.';
  const total = (n: number) =>
    `Norland mediation produced an exchange of prisoners on March 17: ${n} people were transferred, the Red Crescent said.`;
  it('takes one side of a swap told with the other for a part of the total', () => {
    expect(numberFlags(parts, total(312))).toEqual([]);
    const split = 'On March 17, 160 people were transferred to Arvenia and 152 to Torvania.';
    expect(numberFlags(split, total(312))).toEqual([]);
  });
  it('still flags parts that do not add up to it', () => {
    expect(numberFlags(parts, total(330))).toEqual(['number ab']);
  });
});

describe('a count of some among them', () => {
  const whole =
    'President Kostal welcomed Torvania’s readiness to release the 46 vessels held in its ports with their crews.';
  it('takes those "among those held" or "in between" for a part, not the whole', () => {
    for (const some of [
      'The port authority said 14 ships from the Kessel register are among those held.',
      'An Arvenian official said the gap concerned five vessels Torvania regards as naval auxiliaries.',
      'The five ships in between are, depending on whom you ask, merchant vessels or naval auxiliaries.',
      'Of the vessels held, 12 fly the Arvenian flag, the port authority said.',
    ])
      expect(numberFlags(whole, some)).toEqual([]);
  });
  it('still flags two counts of the whole', () => {
    expect(
      numberFlags(whole, 'Torvania says it holds 41 merchant vessels and will release them after signature.'),
    ).toEqual(['number ab']);
  });
  it('reads "of the …" as some among them only where the clause opens with it', () => {
    // Fifty characters before the count open on "of the": the reach cut the clause there.
    expect(
      numberFlags(
        'Under the deal, the release of the detainees held in the two northern camps, 390 prisoners, was completed on 3 March.',
        'Arvenia and Torvania exchanged 372 prisoners on 3 March, the Defence Ministry said.',
      ),
    ).toEqual(['number ab']);
  });
});

describe('monitors and people released', () => {
  it('takes a mission’s monitors for no count of the prisoners a text frees', () => {
    const prisoners =
      'On humanitarian issues, the framework foresees the release of all prisoners held since the October clashes, 340 persons, the Arvenian delegate said.';
    for (const mission of [
      'Mr Dahl speaks of 250 monitors for the islands.',
      'The planning paper of the staff speaks of 400 monitors, because 250 cannot cover the islands.',
    ])
      expect(numberFlags(prisoners, mission)).toEqual([]);
  });
  it('still flags two sizes of one mission', () => {
    expect(
      numberFlags(
        'Mr Dahl speaks of 250 monitors for the islands.',
        'The mission will have 400 monitors on the islands, Solberg said.',
      ),
    ).toEqual(['number ab']);
  });
});

describe('a figure denied', () => {
  it('takes "not 20 points" for no size of the text', () => {
    const briefing = 'There is no new text on our table. Not 19 points, not 20 points, nothing.';
    expect(numberFlags('Scoop: inside the secret 28-point plan for Arvenia', briefing)).toEqual([]);
    const cap = 'In the new text the army cap is 800,000, not 600,000, Melnyk said.';
    expect(numberFlags('The first text set an army cap of 600,000 for Arvenia.', cap)).toEqual([]);
  });
});
