// A body's size said as a compound — "a 250-strong mission", "a 15-member delegation", "300
// personnel" — counts its people, so it is set against "a mission of 300 observers". Invented
// sentences in a joint statement's and a wire's styles.
import { describe, expect, it } from 'vitest';
import { quantities } from '../../src/evidence/numbers.ts';
import { doc, kinds } from './linkedDocs.ts';

describe("a body's size in people", () => {
  it('reads "-strong", "-member", "members" and "personnel" as people', () => {
    expect(quantities('a 250-strong international monitoring mission').map((q) => [q.value, q.unit])).toEqual(
      [[250, 'person']],
    );
    expect(quantities('A 15-member Arvenian delegation arrived.').map((q) => [q.value, q.unit])).toEqual([
      [15, 'person'],
    ]);
    expect(quantities('The mission will have 250 members.').map((q) => q.unit)).toEqual(['person']);
  });

  it('flags a mission of 300 observers against a 250-strong one', () => {
    expect(
      kinds(
        doc(
          'a',
          'Joint statement\n\nAn international monitoring mission of 300 observers will deploy by 1 April.',
          'joint-statement',
        ),
        doc(
          'b',
          'KESSEL, March 5 (Wirenews) - Arvenia and Torvania have agreed on a 250-strong international monitoring mission, Norland said.',
        ),
      ),
    ).toEqual(['number ab']);
  });

  it('leaves a strong showing and a member state uncounted as people', () => {
    expect(quantities('It was a strong showing by the 27 member states.').map((q) => q.unit)).not.toContain(
      'person',
    );
  });
});
