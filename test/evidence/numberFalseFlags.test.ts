// Classes of false number flag found on a set written blind (tuned4), each beside the case that
// must still flag: a figure the same sentence gives again without its unit; a distance on each side
// of a line against the band's whole width; one party's count against a count of all; a figure a
// party says it "can accept". Invented sentences about the Arvenia–Torvania talks.
import { describe, expect, it } from 'vitest';
import { elidedFigures } from '../../src/evidence/elidedFigures.ts';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

describe('a figure the sentence gives again without its unit', () => {
  it('is read in the unit of the figure before it, but not a day of a month or a figure with its own unit', () => {
    const text =
      'The zone is ten kilometres in total, five on either side, from 15 March, with 40 observers.';
    const [ten, ...rest] = quantities(text);
    expect(elidedFigures(text, ten!, [ten!, ...rest]).map((q) => q.value)).toEqual([5]);
    const observers =
      'The mission starts with sixty observers and grows to one hundred and twenty at full strength.';
    const [sixty] = quantities(observers);
    expect(elidedFigures(observers, sixty!, [sixty!]).map((q) => [q.value, q.unit])).toEqual([
      [120, sixty!.unit],
    ]);
  });

  it('is no contradiction of a source that gives that figure', () => {
    const both = doc(
      'a',
      'The monitoring mission will open with sixty observers and reach one hundred and twenty in June.',
    );
    const full = doc('b', 'At full strength the monitoring mission will have 120 observers.');
    expect(kinds(both, full)).toEqual([]);
    const other = doc('b', 'At full strength the monitoring mission will have 150 observers.');
    expect(
      kinds(doc('a', 'The monitoring mission will have 120 observers at full strength.'), other),
    ).toEqual(['number ab']);
  });
});

describe('a distance on each side of a line', () => {
  const perSide = doc(
    'a',
    'Heavy weapons must leave a zone of five kilometres on either side of the ceasefire line.',
  );
  it('is half the width of the band another source gives whole', () => {
    const whole = doc('b', 'Heavy weapons must leave a ten-kilometre zone along the ceasefire line.');
    expect(kinds(perSide, whole)).toEqual([]);
  });
  it('still contradicts a band of another width', () => {
    const wider = doc('b', 'Heavy weapons must leave a 15-kilometre zone along the ceasefire line.');
    expect(kinds(perSide, wider)).toEqual(['number ab']);
  });
});

describe("one party's count", () => {
  it('is a part of a count that names no party, not another figure for it', () => {
    const all = doc('a', 'Two hundred and eighty detainees crossed the bridge at Lorne on Tuesday.');
    const part = doc('b', 'On Tuesday Arvenia released 140 Torvanian detainees at the bridge at Lorne.');
    expect(kinds(all, part)).toEqual([]);
  });
  it("still contradicts the same party's count", () => {
    const a = doc('a', 'On Tuesday Arvenia released 140 Torvanian detainees at the bridge at Lorne.');
    const b = doc('b', 'Arvenia released 160 Torvanian detainees at the bridge at Lorne on Tuesday.');
    expect(kinds(a, b)).toEqual(['number ab']);
  });
});

describe('a figure a party says it can accept', () => {
  it('is its position, not the figure agreed', () => {
    const offer = doc(
      'a',
      'Torvania can accept a zone of eight kilometres, its negotiator told the plenary.',
    );
    const agreed = doc('b', 'The accord sets a zone of ten kilometres along the line.');
    expect(kinds(offer, agreed)).toEqual([]);
    const stated = doc('a', 'The accord sets a zone of eight kilometres along the line.');
    expect(kinds(stated, agreed)).toEqual(['number ab']);
  });
});

describe('a figure told as what it became', () => {
  it('is no contradiction of the figure from before the change, while a second count of one text is', () => {
    const before = doc('a', 'Plan update\n\nThe 28-point plan was drafted by Norland, officials said.');
    for (const changed of [
      'The plan was revised to 19 points in Fjellby, Kostal said.',
      'The plan was cut down to 19 points in Fjellby, Kostal said.',
      'The plan has 19 points, down from 28, Kostal said.',
      // A source that sizes the revised plan tells of a later version (textVersions.ts): a 28-point
      // plan and a revised 19-point one are two versions, not the first one miscounted.
      'The revised plan now has 19 points, Kostal said.',
    ])
      expect(kinds(before, doc('b', `Fjellby talks\n\n${changed}`)), changed).toEqual([]);
    for (const count of ['The plan has 19 points, Kostal said.'])
      expect(kinds(before, doc('b', `Fjellby talks\n\n${count}`)), count).toEqual(['number ab']);
  });
});

describe('two counts held by two parties', () => {
  it("are two quantities; one party's count given twice, or two parties giving one count, still flags", () => {
    const talks = (t: string) => `Talks\n\n${t}`;
    expect(
      kinds(
        doc('a', talks('Torvania holds 1,200 prisoners, Dahl said.')),
        doc('b', talks('Arvenia holds 900 prisoners, Kostal said.')),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc('a', talks('Torvania holds 1,200 prisoners, Dahl said.')),
        doc('b', talks('Torvania holds 900 prisoners, Kostal said.')),
      ),
    ).toEqual(['number ab']);
    expect(
      kinds(
        doc('a', talks('Arvenia says 1,200 prisoners are held.')),
        doc('b', talks('Torvania says 900 prisoners are held.')),
      ),
    ).toEqual(['number ab']);
  });
});

describe('a figure a counter-proposal wants after a decimal figure', () => {
  it('is its position still: a decimal point ends no clause', () => {
    const draft = doc(
      'a',
      "The mediator's draft asks Torvania to release 1.2 billion cubic metres a year from the Vell reservoir, with a minimum flow of 40 cubic metres per second.",
    );
    const demand = doc(
      'b',
      "Arvenia's counter-proposal of 9 March wants 1.5bn, plus a minimum flow of 55 cubic metres per second from the Vell reservoir.",
    );
    expect(kinds(draft, demand)).toEqual([]);
    const other = doc(
      'b',
      "The mediator's draft sets a minimum flow of 35 cubic metres per second from the Vell reservoir, the liveblog reported.",
    );
    expect(kinds(draft, other)).toEqual(['number ab']);
  });
});

describe('a sum given to each recipient against a total', () => {
  it('reads "for each" and "to each" as a rate per recipient', () => {
    expect(quantities('It pays EUR 2.5 million for each village of the valley.')[0]?.rate).toBe(
      'each village',
    );
    expect(quantities('It offers 2.1 million euros to each rebuilt village.')[0]?.rate).toBe('each village');
    expect(quantities('It offers 2.1 million euros in total.')[0]?.rate).toBeUndefined();
  });

  it('does not set the share of each against the total, and still flags two shares of each', () => {
    expect(
      kinds(
        doc(
          'a',
          'The revised text sets reconstruction aid at EUR 2.5 million for each village of the Vell valley.',
        ),
        doc('b', 'The revised text sets reconstruction aid for the Vell valley at EUR 18 million in total.'),
      ),
    ).toEqual([]);
    expect(
      kinds(
        doc(
          'a',
          'The revised text sets reconstruction aid at EUR 2.5 million for each village of the Vell valley.',
        ),
        doc(
          'b',
          'The revised text sets reconstruction aid at EUR 2.1 million to each village of the Vell valley.',
        ),
      ),
    ).toEqual(['number ab']);
  });
});

describe('a measure right before the noun of what it measures', () => {
  it('does not set a section of a road against the whole road', () => {
    expect(
      kinds(
        doc(
          'a',
          'Deminers said the worst stretch of the Vell road was the 7km section near the old customs post.',
        ),
        doc('b', 'The Vell road, a 41-kilometre road to the airport, must be cleared before flights resume.'),
      ),
    ).toEqual([]);
  });

  it('still flags two lengths of one road', () => {
    expect(
      kinds(
        doc('a', 'Deminers are working on the 38km road to the Vell airport, the ministry said.'),
        doc('b', 'The Vell road, a 41-kilometre road to the airport, must be cleared before flights resume.'),
      ),
    ).toEqual(['number ab']);
  });
});
