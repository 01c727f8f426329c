// Reading a preference profile from CSV or JSON: what a delegation's file says lands in the
// profile, and every mistake is named by line and column (CSV, JSON syntax) or by field.
import { describe, expect, it } from 'vitest';
import { checkProfile, profileWarnings } from '../../src/core/dealProfile.ts';
import { ParleyError } from '../../src/core/errors.ts';
import { parseProfileFile } from '../../src/core/profileImport.ts';
import { provisionOptions } from '../../src/core/provisionOptions.ts';

const ISSUES = [
  { issue: '1', options: ['drafted', 'strike'] },
  { issue: '2', options: ['drafted', 'b1-1', 'b1-2', 'strike'] },
];

function failure(fn: () => unknown): { message: string; details: Record<string, unknown> } {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParleyError) return { message: error.message, details: error.details };
    throw error;
  }
  throw new Error('expected a ParleyError');
}

describe('profile import from CSV', () => {
  it('reads scores, weights on any row of their provision, red lines and the reservation', () => {
    const csv = [
      'Provision,Option,Score,Weight,Red line',
      '1,drafted,1,0.6,',
      '1,strike,0,,yes',
      '"2","b1-2",0.5,0.4,no',
      'reservation,,0.3,,',
      '',
    ].join('\r\n');
    expect(parseProfileFile(csv, 'csv', ISSUES)).toEqual({
      weights: { '1': 0.6, '2': 0.4 },
      scores: { '1': { drafted: 1, strike: 0 }, '2': { 'b1-2': 0.5 } },
      reservation: 0.3,
      redLines: { '1': ['strike'] },
    });
  });

  it.each([
    ['provision,option,score\n9,drafted,1\n', 2, 1, "unknown provision '9'"],
    ['provision,option,score\n1,keep,1\n', 2, 2, "unknown option 'keep' of §1"],
    ['provision,option,score\n1,drafted,high\n', 2, 3, "score: expected a number (0 to 1), got 'high'"],
    ['provision,option,score,weight\n1,drafted,1,-2\n', 2, 4, 'a weight cannot be negative'],
    [
      'provision,option,score,weight\n1,drafted,1,0.5\n1,strike,0,0.4\n',
      3,
      4,
      'given weight 0.5 on an earlier line',
    ],
    ['provision,option,score,red_line\n1,drafted,1,maybe\n', 2, 4, "expected yes or no, got 'maybe'"],
    ['provision,option\n1,drafted\n', 1, 1, "no 'score' column"],
    ['provision,option,score,colour\n', 1, 4, "unknown column 'colour'"],
    ['provision,option,score\n1,drafted,1\n1,drafted,0\n', 3, 2, "option 'drafted' is scored twice"],
    ['provision,option,score\n"1,drafted,1\n', 2, 1, 'never closed'],
  ])('names the line and column of %j', (csv, line, column, message) => {
    const error = failure(() => parseProfileFile(csv, 'csv', ISSUES));
    expect(error.details).toMatchObject({ line, column });
    expect(error.message).toContain(`line ${line}, column ${column}: `);
    expect(error.message).toContain(message);
  });
});

describe('profile import from JSON', () => {
  it('reads the profile shape, with defaults for what is left out', () => {
    expect(parseProfileFile('{"weights":{"1":1},"scores":{"1":{"strike":0.5}}}', 'json', ISSUES)).toEqual({
      weights: { '1': 1 },
      scores: { '1': { strike: 0.5 } },
      reservation: 0,
      redLines: {},
    });
  });

  it('names the line and column of a syntax error', () => {
    const error = failure(() => parseProfileFile('{\n  "weights": {"1": 1,}\n}', 'json', ISSUES));
    expect(error.details).toMatchObject({ line: 2, column: 22 });
    expect(error.message).toMatch(/^line 2, column 22: the JSON is not valid/);
  });

  it('names the field of a bad value, an unknown provision or an unknown option', () => {
    expect(failure(() => parseProfileFile('{"weights":{"1":-1}}', 'json', ISSUES)).details).toMatchObject({
      field: 'weights.1',
    });
    expect(failure(() => parseProfileFile('{"weights":{"7":1}}', 'json', ISSUES)).message).toContain(
      "weights.7: unknown provision '7'",
    );
    expect(
      failure(() => parseProfileFile('{"weights":{},"redLines":{"2":["b2-1"]}}', 'json', ISSUES)).details,
    ).toMatchObject({ field: 'redLines.2.b2-1' });
  });
});

describe('profile warnings', () => {
  it('warns of weights not summing to 1, scores out of range, a red line on every option', () => {
    const body = checkProfile(
      {
        weights: { '1': 0.5, '2': 0.2 },
        scores: { '2': { 'b1-1': 1.5 } },
        reservation: 0,
        redLines: { '1': ['drafted', 'strike'] },
      },
      ISSUES,
    );
    expect(profileWarnings(body, ISSUES).map((w) => [w.code, w.issue])).toEqual([
      ['weights_sum', undefined],
      ['score_range', '2'],
      ['all_red', '1'],
    ]);
    const clean = {
      weights: { '1': 0.25, '2': 0.75 },
      scores: {},
      reservation: 0.5,
      redLines: { '1': ['strike'] },
    };
    expect(profileWarnings(clean, ISSUES)).toEqual([]);
  });
});

describe('the options of a provision', () => {
  it('are the text as drafted and struck when nothing is bracketed', () => {
    expect(provisionOptions('Navigation is free.').map((o) => [o.key, o.text])).toEqual([
      ['drafted', 'Navigation is free.'],
      ['strike', null],
    ]);
  });

  it('offer each bracketed alternative, and keep or drop a lone bracketed passage', () => {
    const options = provisionOptions(
      'The commission [shall] [may] meet [each quarter]. See [the annex](#a).',
    );
    expect(options.map((o) => [o.key, o.text])).toEqual([
      ['drafted', 'The commission [shall] [may] meet [each quarter]. See [the annex](#a).'],
      ['b1-1', 'The commission shall meet [each quarter]. See [the annex](#a).'],
      ['b1-2', 'The commission may meet [each quarter]. See [the annex](#a).'],
      ['b2-keep', 'The commission [shall] [may] meet each quarter. See [the annex](#a).'],
      ['b2-drop', 'The commission [shall] [may] meet. See [the annex](#a).'],
      ['strike', null],
    ]);
    expect(provisionOptions('Quotas [rise/fall] yearly.').map((o) => o.text)).toContain(
      'Quotas fall yearly.',
    );
  });
});
