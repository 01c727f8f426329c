// Adjusted Winner against published worked examples, each recomputed by hand in the comments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedWinner, parseAwInput } from '../../src/deals/adjustedWinner.ts';
import { Rational } from '../../src/deals/rational.ts';

const aw = (json: unknown) => adjustedWinner(parseAwInput(json, 'aw.json'));

describe('adjustedWinner', () => {
  it('splits the lowest-ratio item of the leader: COMAP, For All Practical Purposes (9th ed.), the John and Mary example of its Adjusted Winner applet', () => {
    // John wins A 30/20, C 20/15, D 30/15 = 80; Mary wins B 15/25, E 5/25 = 50.
    // John's ratios: A 1.5, C 4/3, D 2 → C moves first. Whole, it would leave John 60 < Mary 65,
    // so C is split: 60 + 20x = 50 + 15(1 − x) → x = 5/35 = 1/7; both end at 60 + 20/7 = 440/7.
    const result = aw({
      parties: ['John', 'Mary'],
      items: [
        { item: 'A', John: 30, Mary: 20 },
        { item: 'B', John: 15, Mary: 25 },
        { item: 'C', John: 20, Mary: 15 },
        { item: 'D', John: 30, Mary: 15 },
        { item: 'E', John: 5, Mary: 25 },
      ],
    });
    expect(result).toEqual({
      allocation: {
        A: { John: '1', Mary: '0' },
        B: { John: '0', Mary: '1' },
        C: { John: '1/7', Mary: '6/7' },
        D: { John: '1', Mary: '0' },
        E: { John: '0', Mary: '1' },
      },
      initialPoints: { John: '80', Mary: '50' },
      points: { John: '440/7', Mary: '440/7' },
      split: 'C',
    });
  });

  it('gives a tied item to the trailer first: Brams, Adjusted Winner site (NYU), the Bob and Carol divorce example', () => {
    // Carol wins retirement 50/40 and cottage 15/10 = 65; Bob wins home 30/20 and other 10/5 = 40.
    // Investments tie at 10/10 and go to Bob, who trails on the untied items: Bob 50.
    // Carol's ratios: retirement 1.25, cottage 1.5 → retirement moves first; whole it leaves
    // Carol 15 < Bob 90, so it is split: 15 + 50x = 50 + 40(1 − x) → x = 75/90 = 5/6;
    // both end at 15 + 250/6 = 170/3.
    const result = aw({
      parties: ['Carol', 'Bob'],
      items: [
        { item: 'retirement', Carol: 50, Bob: 40 },
        { item: 'home', Carol: 20, Bob: 30 },
        { item: 'cottage', Carol: 15, Bob: 10 },
        { item: 'investments', Carol: 10, Bob: 10 },
        { item: 'other', Carol: 5, Bob: 10 },
      ],
    });
    expect(result.initialPoints).toEqual({ Carol: '65', Bob: '50' });
    expect(result.allocation.investments).toEqual({ Carol: '0', Bob: '1' });
    expect(result.allocation.retirement).toEqual({ Carol: '5/6', Bob: '1/6' });
    expect(result.allocation.cottage).toEqual({ Carol: '1', Bob: '0' });
    expect(result.points).toEqual({ Carol: '170/3', Bob: '170/3' });
    expect(result.split).toBe('retirement');
  });

  it("derives the issue's example: X 35/55 split 1/6 : 5/6, both at 395/6", () => {
    // A wins Y 60/25 = 60; B wins X 35/55 and Z 5/20 = 75, so B leads. B's ratios (B/A):
    // X 55/35 ≈ 1.57, Z 20/5 = 4 → X moves first; whole it leaves B 20 < A 95, so B keeps q:
    // 20 + 55q = 60 + 35(1 − q) → 90q = 75 → q = 5/6; A ends at 60 + 35/6 = 395/6 = B.
    const result = aw({
      parties: ['A', 'B'],
      items: [
        { item: 'X', A: 35, B: 55 },
        { item: 'Y', A: 60, B: 25 },
        { item: 'Z', A: 5, B: 20 },
      ],
    });
    expect(result).toEqual({
      allocation: { X: { A: '1/6', B: '5/6' }, Y: { A: '1', B: '0' }, Z: { A: '0', B: '1' } },
      initialPoints: { A: '60', B: '75' },
      points: { A: '395/6', B: '395/6' },
      split: 'X',
    });
  });

  it('splits nothing when whole transfers balance, moves equal ratios in listed order, never moves 0/0 items', () => {
    // A wins p 30/10 and q 30/10 (ratio 3 each) = 60; B wins r 10/20 = 20; z ties at 0/0 and goes to
    // B, who trails on the untied items. p is listed first and moves whole: A 30, B 30 → equal.
    const result = aw({
      parties: ['A', 'B'],
      items: [
        { item: 'p', A: 30, B: 10 },
        { item: 'q', A: 30, B: 10 },
        { item: 'r', A: 10, B: 20 },
        { item: 'z', A: 0, B: 0 },
      ],
    });
    expect(result.split).toBeNull();
    expect(result.allocation.p).toEqual({ A: '0', B: '1' });
    expect(result.allocation.q).toEqual({ A: '1', B: '0' });
    expect(result.allocation.z).toEqual({ A: '0', B: '1' });
    expect(result.points).toEqual({ A: '30', B: '30' });
  });

  it('reads decimals exactly and refuses bad input by path', () => {
    const result = aw({
      parties: ['A', 'B'],
      items: [
        { item: 'x', A: 0.1, B: 0.2 },
        { item: 'y', A: 0.3, B: 0 },
      ],
    });
    expect(result.initialPoints).toEqual({ A: '3/10', B: '1/5' });
    expect(() => aw({ parties: ['A'], items: [] })).toThrow(
      /Deals: aw\.json: parties: .*exactly two parties/,
    );
    expect(() => aw({ parties: ['A', 'B'], items: [{ item: 'x', A: -1, B: 2 }] })).toThrow(
      /items\[0\]\.A: negative points -1/,
    );
    expect(() => aw({ parties: ['A', 'B'], items: [{ item: 'x', A: 1, C: 2 }] })).toThrow(
      /items\[0\]\.C: unknown party "C"/,
    );
    expect(() => aw({ parties: ['A', 'B'], items: [{ item: 'x', A: 'lots', B: 2 }] })).toThrow(
      /items\[0\]\.A: expected a number/,
    );
  });

  it('always ends equitable, with at most one split item and every share in [0, 1]', () => {
    const points = fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(points, (rows) => {
        const result = aw({ parties: ['A', 'B'], items: rows.map(([A, B], i) => ({ item: `i${i}`, A, B })) });
        expect(result.points.A).toBe(result.points.B);
        const shares = Object.values(result.allocation).map((s) => Rational.parse(s.A, 'share'));
        const fractional = shares.filter((s) => s.cmp(Rational.ZERO) > 0 && s.cmp(Rational.ONE) < 0);
        expect(fractional.length).toBeLessThanOrEqual(1);
        expect(result.split === null).toBe(fractional.length === 0);
      }),
    );
  });
});
