import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../src/core/errors.ts';
import { parseDealProblem, problemWarnings } from '../../src/deals/problem.ts';

const good = () => ({
  parties: ['A', 'B'],
  issues: [
    { issue: 'i', options: ['a', 'b'] },
    { issue: 'j', options: ['x', 'y', 'z'] },
  ],
  profiles: {
    A: {
      weights: { i: 0.4, j: 0.6 },
      scores: { i: { a: 1, b: 0.2 }, j: { x: 1 } },
      reservation: 0.1,
      redLines: { i: ['b'] },
    },
    B: { weights: { i: 0.5, j: 0.5 }, scores: { i: { b: 1 }, j: { z: 1, y: 0.5 } } },
  },
});

function messageOf(json: unknown): string {
  try {
    parseDealProblem(json, 'deal.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as ParleyError).code).toBe('invalid_input');
    return (error as ParleyError).message;
  }
  throw new Error('expected an error');
}

describe('parseDealProblem', () => {
  it('reads a problem, defaulting a missing reservation to 0 and red lines to none', () => {
    const problem = parseDealProblem(good(), 'deal.json');
    expect(problem.parties).toEqual(['A', 'B']);
    expect(problem.profiles.B!.reservation).toBe(0);
    expect(problem.profiles.B!.redLines).toEqual({});
    expect(problem.profiles.A!.redLines).toEqual({ i: ['b'] });
  });

  it('names the JSON path and the fix for each kind of bad input', () => {
    const cases: [(p: ReturnType<typeof good>) => unknown, RegExp][] = [
      [
        (p) => ({ ...p, profiles: { ...p.profiles, C: p.profiles.A } }),
        /profiles\.C: unknown party "C"; use one of "A", "B"/,
      ],
      [
        (p) => {
          p.profiles.A.weights = { k: 1 } as never;
          return p;
        },
        /profiles\.A\.weights\.k: unknown issue "k"/,
      ],
      [
        (p) => {
          p.profiles.A.scores.i = { c: 1 } as never;
          return p;
        },
        /profiles\.A\.scores\.i\.c: unknown option of "i" "c"/,
      ],
      [
        (p) => {
          p.profiles.A.weights.i = -0.4;
          return p;
        },
        /profiles\.A\.weights\.i: negative weight -0\.4/,
      ],
      [
        (p) => {
          p.profiles.A.scores.i.a = '1' as never;
          return p;
        },
        /profiles\.A\.scores\.i\.a: expected a number, got the string "1"/,
      ],
      [
        (p) => {
          p.issues[1]!.options = ['x', 'x'];
          return p;
        },
        /issues\[1\]\.options\[1\]: duplicate option "x"/,
      ],
      [
        (p) => {
          delete (p.profiles as Record<string, unknown>).B;
          return p;
        },
        /profiles\.B: no profile for party "B"/,
      ],
      [
        (p) => {
          p.profiles.A.redLines = { i: ['q'] };
          return p;
        },
        /profiles\.A\.redLines\.i\[0\]: unknown option of "i" "q"/,
      ],
      [(p) => ({ ...p, issue: [] }), /issue: unknown field; the fields here are "parties"/],
      [(p) => ({ ...p, parties: ['A', 'A'] }), /parties\[1\]: duplicate party "A"/],
      [() => [], /\(top\): expected an object, got a list/],
    ];
    for (const [mutate, pattern] of cases) {
      const message = messageOf(mutate(good()));
      expect(message).toMatch(/^Deals: deal\.json: /);
      expect(message).toMatch(pattern);
    }
  });
});

describe('problemWarnings', () => {
  it('warns of weights not summing to 1, scores out of range, a red line on every option, an unreachable reservation', () => {
    const p = good();
    p.profiles.B.weights = { i: 0.5, j: 0.7 };
    p.profiles.B.scores.j.y = 1.5;
    (p.profiles.B as Record<string, unknown>).redLines = { i: ['a', 'b'] };
    p.profiles.A.reservation = 2;
    const codes = problemWarnings(parseDealProblem(p, 'x')).map((w) => `${w.party}:${w.code}:${w.path}`);
    expect(codes).toEqual([
      'A:reservation_unreachable:profiles.A.reservation',
      'B:weights_sum:profiles.B.weights',
      'B:score_range:profiles.B.scores.j.y',
      'B:all_red_lines:profiles.B.redLines.i',
    ]);
    expect(problemWarnings(parseDealProblem(good(), 'x'))).toEqual([]);
  });
});
