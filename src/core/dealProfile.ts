// A party's preference profile over a draft's provisions (package deals): weights over
// provisions, a score per option, a reservation level and red lines. Checked against the
// provisions and options the draft offers; what is legal but odd (weights not summing to
// 1, scores outside [0, 1], a red line on every option) comes back as warnings.
import { z } from 'zod';
import { ParleyError } from './errors.ts';

const Weight = z.number({ error: 'expected a number' }).finite().min(0, 'a weight cannot be negative');
const Score = z.number({ error: 'expected a number' }).finite();

/** What a party states; keys are provision paths and option keys of the draft. */
export const ProfileBody = z.object({
  weights: z.record(z.string(), Weight),
  scores: z.record(z.string(), z.record(z.string(), Score)).default({}),
  reservation: z.number({ error: 'expected a number' }).finite().default(0),
  redLines: z.record(z.string(), z.array(z.string())).default({}),
});
export type ProfileBody = z.output<typeof ProfileBody>;

/** The rules a deal is solved by (the export bundle checks a shared result's rule against them). */
export const DealRule = z.enum(['nash', 'maxmin', 'welfare', 'ks']);
export type DealRule = z.infer<typeof DealRule>;

export const ProfileWarning = z.object({
  code: z.enum(['weights_sum', 'score_range', 'all_red', 'reservation_range']),
  message: z.string(),
  issue: z.string().optional(),
});
export type ProfileWarning = z.infer<typeof ProfileWarning>;

/** The provisions a profile may speak of and the options of each (keys). */
export interface ProfileIssues {
  issue: string;
  options: readonly string[];
}

const EPSILON = 1e-9;

/**
 * Throws `invalid_input` when the body names a provision or option the draft does not
 * offer (details.field is the path, e.g. `scores.3.strike`). Returns the body unchanged.
 */
export function checkProfile(body: ProfileBody, issues: readonly ProfileIssues[]): ProfileBody {
  const optionsOf = new Map(issues.map((i) => [i.issue, new Set(i.options)]));
  const known = [...optionsOf.keys()].join(', ');
  const fail = (field: string, message: string): never => {
    throw new ParleyError('invalid_input', `${field}: ${message}`, {
      field,
      fields: [{ field, message }],
    });
  };
  const requireIssue = (field: string, issue: string) => {
    const options = optionsOf.get(issue);
    if (!options)
      return fail(field, `unknown provision '${issue}'; the draft's provisions are ${known || 'none'}`);
    return options;
  };
  const requireOption = (field: string, issue: string, option: string) => {
    const options = requireIssue(field, issue);
    if (!options.has(option)) {
      fail(
        `${field}.${option}`,
        `unknown option '${option}' of §${issue}; its options are ${[...options].join(', ')}`,
      );
    }
  };
  for (const issue of Object.keys(body.weights)) requireIssue(`weights.${issue}`, issue);
  for (const [issue, scores] of Object.entries(body.scores)) {
    for (const option of Object.keys(scores)) requireOption(`scores.${issue}`, issue, option);
  }
  for (const [issue, options] of Object.entries(body.redLines)) {
    for (const option of options) requireOption(`redLines.${issue}`, issue, option);
  }
  return body;
}

/** What is legal but probably a slip. Throws nothing. */
export function profileWarnings(body: ProfileBody, issues: readonly ProfileIssues[]): ProfileWarning[] {
  const warnings: ProfileWarning[] = [];
  const sum = Object.values(body.weights).reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-6) {
    warnings.push({
      code: 'weights_sum',
      message: `the weights sum to ${round(sum)}, not 1; utilities are then not on a 0–1 scale`,
    });
  }
  for (const [issue, scores] of Object.entries(body.scores)) {
    for (const [option, score] of Object.entries(scores)) {
      if (score < -EPSILON || score > 1 + EPSILON) {
        warnings.push({
          code: 'score_range',
          issue,
          message: `§${issue} option '${option}' scores ${score}, outside 0–1`,
        });
      }
    }
  }
  for (const { issue, options } of issues) {
    const red = new Set(body.redLines[issue] ?? []);
    if (options.length > 0 && options.every((o) => red.has(o))) {
      warnings.push({
        code: 'all_red',
        issue,
        message: `every option of §${issue} is a red line: no package is acceptable to this party`,
      });
    }
  }
  if (body.reservation < 0 || body.reservation > 1) {
    warnings.push({
      code: 'reservation_range',
      message: `the reservation level ${body.reservation} is outside 0–1`,
    });
  }
  return warnings;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
