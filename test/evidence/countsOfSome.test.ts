// Counts of some of a whole, no figure for the whole: the rest beside those named ("six other
// detainees"), some members of a set the text names ("three of the hamlets"), some among a group,
// a stretch of a measured whole, and a part a source gives of its own figure ("of which"); a toll
// given as a floor ("at least 30 people were killed"); a hedged share in words ("more than a
// third"). Each beside the case that must still flag. Invented sentences about the Arvenia–Torvania
// talks.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

const parts = (text: string) => quantities(text).map((q) => [q.value, q.part === true]);

describe('a count of the rest beside those named', () => {
  it('is a part', () => {
    expect(parts('The two pilots were handed over at Kessel with six other detainees.')).toEqual([
      [2, false],
      [6, true],
    ]);
    expect(parts('The other 25 monitors arrive in April.')).toEqual([[25, true]]);
    expect(parts('Eight detainees were handed over at Kessel.')).toEqual([[8, false]]);
  });

  it('does not contradict a count of the whole', () => {
    const whole = doc(
      'a',
      'Two Arvenian engineers were among the eleven hostages freed on the Kessel bridge on 4 March.',
    );
    const rest = doc(
      'b',
      'The Arvenian engineers were freed on the Kessel bridge on 4 March along with nine other hostages.',
    );
    expect(kinds(whole, rest)).toEqual([]);
    const all = doc(
      'b',
      'The Arvenian engineers were among the nine hostages freed on the Kessel bridge on 4 March.',
    );
    expect(kinds(whole, all)).toEqual(['number ab']);
  });
});

describe('some members of a set the text names', () => {
  it('is a part, unless all of them are counted', () => {
    expect(parts('Under the map, three of the hamlets pass to Torvania.')).toEqual([[3, true]]);
    expect(parts('All nine of the hamlets pass to Torvania.')).toEqual([[9, false]]);
    expect(parts('Today 120 of our soldiers came home.')).toEqual([[120, false]]);
  });

  it('does not contradict the size of the set', () => {
    const set = doc('a', 'The Kessel map provides for the exchange of nine hamlets along the line.');
    const some = doc('b', 'Under the Kessel map, three of the hamlets along the line pass to Torvania.');
    expect(kinds(set, some)).toEqual([]);
    const other = doc('b', 'The Kessel map provides for the exchange of seven hamlets along the line.');
    expect(kinds(set, other)).toEqual(['number ab']);
  });
});

describe('a part a source gives of its own figure', () => {
  const fund = doc(
    'a',
    'The Kessel reconstruction fund will hold $90 million, of which $60 million comes from the Vell Bank.',
  );

  it('is no contradiction of another source giving that part', () => {
    const bank = doc('b', 'The Vell Bank will put $60 million into the Kessel reconstruction fund.');
    expect(kinds(fund, bank)).toEqual([]);
  });

  it('still lets its whole contradict another figure', () => {
    const other = doc('b', 'The Kessel reconstruction fund will hold $75 million, the Vell Bank said.');
    expect(kinds(fund, other)).toEqual(['number ab']);
  });
});

describe('some said to be among a group, and a stretch of a measured whole', () => {
  it('are parts', () => {
    expect(
      parts(
        'The embassy said four Arvenian nationals, all of them mechanics, were among the crews held at Kessel.',
      ),
    ).toEqual([[4, true]]);
    // The group the others were among is counted in its own clause: it is the whole.
    expect(parts('Ten boats were returned at Kessel, and four nationals were among their crews.')).toEqual([
      [10, false],
      [4, true],
    ]);
    expect(parts('The worst stretch is the 7 km section near the Kessel quarry.')).toEqual([[7, true]]);
    expect(parts('The 52 km road to Kessel is open again.')).toEqual([[52, false]]);
  });

  it('are not the whole counted with a clause about it, nor the count handed to each other', () => {
    expect(
      parts('The raid left 18 villagers dead on Sunday, in what is among the deadliest nights so far.'),
    ).toEqual([[18, false]]);
    expect(parts('Some 60 observers, who are among the best trained in the region, reached Kessel.')).toEqual(
      [[60, false]],
    );
    expect(parts('At the bridge the two sides handed each other 35 detainees.')).toEqual([[35, false]]);
    expect(parts('The convoy carried nine other detainees.')).toEqual([[9, true]]);
  });

  it('a stretch does not contradict the length of the whole', () => {
    const whole = doc('a', 'The Kessel road is 52 km long and is being cleared of mines by the mission.');
    const stretch = doc(
      'b',
      'The worst stretch of the Kessel road is the 7 km section near the quarry, being cleared of mines by the mission.',
    );
    expect(kinds(whole, stretch)).toEqual([]);
    const other = doc('b', 'The Kessel road is 45 km long and is being cleared of mines by the mission.');
    expect(kinds(whole, other)).toEqual(['number ab']);
  });
});

describe('a toll given as a floor', () => {
  it('reads "at least" before what befell people as a floor, and before a rule as the figure set', () => {
    const [toll] = quantities('At least 30 people were killed in the clashes at Kessel.');
    expect(toll!.approx).toBe('atLeast');
    const [rule] = quantities('The sites must lie at least 30 km from any town.');
    expect(rule!.approx).toBeUndefined();
  });

  it('does not contradict a higher toll, and a toll given exactly still does', () => {
    const floor = doc(
      'a',
      'At least 30 people were killed in the clashes at Kessel on Sunday, the ministry said.',
    );
    const more = doc(
      'b',
      'More than 50 people were killed in the clashes at Kessel on Sunday, the monitors said.',
    );
    expect(kinds(floor, more)).toEqual([]);
    const exact = doc(
      'a',
      'Thirty people were killed in the clashes at Kessel on Sunday, the ministry said.',
    );
    const fifty = doc('b', 'Fifty people were killed in the clashes at Kessel on Sunday, the monitors said.');
    expect(kinds(exact, fifty)).toEqual(['number ab']);
  });
});

describe('a share in words with a hedge', () => {
  it('keeps its hedge, as a figure does', () => {
    expect(quantities('Owners of more than a third of the boats stayed away.')[0]!.approx).toBe('above');
    expect(quantities('Holders of a third of the bonds have not signed.')[0]!.approx).toBeUndefined();
  });

  it('meets a figure its hedge allows, and still contradicts one it does not', () => {
    const about = doc(
      'a',
      'The creditor group says it holds about 38 per cent of the Kessel bonds, the ministry said.',
    );
    const over = doc(
      'b',
      'The creditors holding more than a third of the Kessel bonds have not signed, the ministry said.',
    );
    expect(kinds(about, over)).toEqual([]);
    const quarter = doc(
      'b',
      'The creditors holding a quarter of the Kessel bonds have not signed, the ministry said.',
    );
    expect(kinds(about, quarter)).toEqual(['number ab']);
  });
});
