// A package-deal problem: the issues on the table with their options, and each party's private
// profile (weights, scores, reservation, red lines). Parsed once, strictly, from untrusted JSON
// (a file, an import, an API body), so that every rule downstream can trust its shape.
import { ParleyError } from '../core/errors.ts';

export interface DealIssue {
  /** The provision's key. */
  issue: string;
  /** Its options' keys, in the order they were given (the order ties are broken by). */
  options: string[];
}

export interface PartyProfile {
  /** Issue → weight ≥ 0; a missing issue weighs 0. */
  weights: Record<string, number>;
  /** Issue → option → score, expected in [0, 1]; a missing score is 0. */
  scores: Record<string, Record<string, number>>;
  /** The disagreement utility d: a package must give the party more than this. */
  reservation: number;
  /** Issue → options the party never accepts. */
  redLines: Record<string, string[]>;
}

export interface DealProblem {
  parties: string[];
  issues: DealIssue[];
  profiles: Record<string, PartyProfile>;
}

/** Issue → the chosen option: one option per issue. */
export type DealPackage = Record<string, string>;

export type DealRule = 'nash' | 'maxmin' | 'welfare' | 'ks';

export const DEAL_RULES: readonly DealRule[] = ['nash', 'maxmin', 'welfare', 'ks'];

/** Something legal but probably not what the author meant; `path` is the JSON path. */
export interface ProblemWarning {
  code: 'weights_sum' | 'score_range' | 'all_red_lines' | 'reservation_unreachable' | 'no_weight';
  party: string;
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws the one error every bad field gets: where, what, how to fix. */
function fail(where: string, path: string, message: string, fix: string): never {
  throw new ParleyError('invalid_input', `Deals: ${where}: ${path}: ${message}; ${fix}`, {
    field: path,
    where,
  });
}

function objectAt(where: string, path: string, value: unknown, example: string): Json {
  if (!isObject(value))
    fail(where, path, `expected an object, got ${describe(value)}`, `write e.g. ${example}`);
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string'
    ? `the string ${JSON.stringify(value)}`
    : `${typeof value} ${String(value)}`;
}

function onlyKeys(where: string, path: string, value: Json, allowed: readonly string[]) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const at = path ? `${path}.${key}` : key;
      fail(where, at, 'unknown field', `the fields here are ${allowed.map((k) => `"${k}"`).join(', ')}`);
    }
  }
}

function keyAt(where: string, path: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    fail(where, path, `expected a non-empty name, got ${describe(value)}`, 'give a name in quotes');
  }
  return value;
}

function numberAt(where: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(where, path, `expected a number, got ${describe(value)}`, 'write a plain number such as 0.5');
  }
  return value;
}

function namesAt(where: string, path: string, value: unknown, what: string, one: string): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    fail(where, path, `expected a non-empty list of ${what}, got ${describe(value)}`, `list the ${what}`);
  }
  const seen = new Set<string>();
  return value.map((item, i) => {
    const name = keyAt(where, `${path}[${i}]`, item);
    if (seen.has(name)) fail(where, `${path}[${i}]`, `duplicate ${one} "${name}"`, 'list each once');
    seen.add(name);
    return name;
  });
}

/** A key of a record that must name something known (a party, an issue, an option). */
function known(where: string, path: string, key: string, names: readonly string[], what: string) {
  if (!names.includes(key)) {
    fail(where, path, `unknown ${what} "${key}"`, `use one of ${names.map((n) => `"${n}"`).join(', ')}`);
  }
}

function parseIssues(where: string, value: unknown): DealIssue[] {
  if (!Array.isArray(value) || value.length === 0) {
    fail(
      where,
      'issues',
      `expected a non-empty list, got ${describe(value)}`,
      'write [{"issue":"i","options":["a","b"]}]',
    );
  }
  const seen = new Set<string>();
  return value.map((raw, i) => {
    const at = `issues[${i}]`;
    const entry = objectAt(where, at, raw, '{"issue":"i","options":["a","b"]}');
    onlyKeys(where, at, entry, ['issue', 'options']);
    const issue = keyAt(where, `${at}.issue`, entry.issue);
    if (seen.has(issue)) fail(where, `${at}.issue`, `duplicate issue "${issue}"`, 'list each issue once');
    seen.add(issue);
    return { issue, options: namesAt(where, `${at}.options`, entry.options, 'options', 'option') };
  });
}

function parseWeights(where: string, path: string, value: unknown, issues: DealIssue[]) {
  const names = issues.map((i) => i.issue);
  const weights: Record<string, number> = {};
  for (const [issue, raw] of Object.entries(objectAt(where, path, value, '{"i":0.4}'))) {
    known(where, `${path}.${issue}`, issue, names, 'issue');
    const weight = numberAt(where, `${path}.${issue}`, raw);
    if (weight < 0) fail(where, `${path}.${issue}`, `negative weight ${weight}`, 'weights are 0 or more');
    weights[issue] = weight;
  }
  return weights;
}

function parseScores(where: string, path: string, value: unknown, issues: DealIssue[]) {
  const scores: Record<string, Record<string, number>> = {};
  for (const [issue, raw] of Object.entries(objectAt(where, path, value, '{"i":{"a":1,"b":0.2}}'))) {
    known(
      where,
      `${path}.${issue}`,
      issue,
      issues.map((i) => i.issue),
      'issue',
    );
    const options = issues.find((i) => i.issue === issue)!.options;
    const row: Record<string, number> = {};
    for (const [option, score] of Object.entries(
      objectAt(where, `${path}.${issue}`, raw, '{"a":1,"b":0.2}'),
    )) {
      known(where, `${path}.${issue}.${option}`, option, options, `option of "${issue}"`);
      row[option] = numberAt(where, `${path}.${issue}.${option}`, score);
    }
    scores[issue] = row;
  }
  return scores;
}

function parseRedLines(where: string, path: string, value: unknown, issues: DealIssue[]) {
  const redLines: Record<string, string[]> = {};
  for (const [issue, raw] of Object.entries(objectAt(where, path, value, '{"i":["b"]}'))) {
    known(
      where,
      `${path}.${issue}`,
      issue,
      issues.map((i) => i.issue),
      'issue',
    );
    const options = issues.find((i) => i.issue === issue)!.options;
    if (!Array.isArray(raw))
      fail(where, `${path}.${issue}`, `expected a list of options, got ${describe(raw)}`, 'write ["b"]');
    const lines = raw.map((option, i) => {
      const name = keyAt(where, `${path}.${issue}[${i}]`, option);
      known(where, `${path}.${issue}[${i}]`, name, options, `option of "${issue}"`);
      return name;
    });
    // Listing a red line twice means the same thing as once.
    redLines[issue] = options.filter((o) => lines.includes(o));
  }
  return redLines;
}

function parseProfile(where: string, party: string, value: unknown, issues: DealIssue[]): PartyProfile {
  const at = `profiles.${party}`;
  const raw = objectAt(where, at, value, '{"weights":{…},"scores":{…},"reservation":0,"redLines":{}}');
  onlyKeys(where, at, raw, ['weights', 'scores', 'reservation', 'redLines']);
  return {
    weights: parseWeights(where, `${at}.weights`, raw.weights, issues),
    scores: parseScores(where, `${at}.scores`, raw.scores, issues),
    // A missing reservation is the natural "no deal is worth nothing".
    reservation: raw.reservation === undefined ? 0 : numberAt(where, `${at}.reservation`, raw.reservation),
    redLines: raw.redLines === undefined ? {} : parseRedLines(where, `${at}.redLines`, raw.redLines, issues),
  };
}

/**
 * Parses a deal problem from JSON (`where` names its origin in messages: a file name, "body").
 * Throws `invalid_input` naming the JSON path and the fix: unknown party, issue or option,
 * a negative weight, a score that is not a number, a duplicate option, a missing profile.
 */
export function parseDealProblem(json: unknown, where: string): DealProblem {
  const root = objectAt(where, '(top)', json, '{"parties":[…],"issues":[…],"profiles":{…}}');
  onlyKeys(where, '', root, ['parties', 'issues', 'profiles', 'title']);
  const parties = namesAt(where, 'parties', root.parties, 'parties', 'party');
  const issues = parseIssues(where, root.issues);
  const rawProfiles = objectAt(where, 'profiles', root.profiles, '{"P":{"weights":{…},"scores":{…}}}');
  for (const party of Object.keys(rawProfiles)) known(where, `profiles.${party}`, party, parties, 'party');
  const profiles: Record<string, PartyProfile> = {};
  for (const party of parties) {
    if (!(party in rawProfiles)) {
      fail(
        where,
        `profiles.${party}`,
        `no profile for party "${party}"`,
        'add its weights, scores and reservation',
      );
    }
    profiles[party] = parseProfile(where, party, rawProfiles[party], issues);
  }
  return { parties, issues, profiles };
}

/** Party p's weight × score for option `option` of `issue` (missing entries count 0). */
export function optionValue(profile: PartyProfile, issue: string, option: string): number {
  return (profile.weights[issue] ?? 0) * (profile.scores[issue]?.[option] ?? 0);
}

/** What a well-formed problem may still get wrong: weights, score ranges, unreachable reservations. */
export function problemWarnings(problem: DealProblem): ProblemWarning[] {
  const warnings: ProblemWarning[] = [];
  for (const party of problem.parties) {
    const profile = problem.profiles[party]!;
    const at = `profiles.${party}`;
    const total = Object.values(profile.weights).reduce((a, b) => a + b, 0);
    if (total === 0) {
      warnings.push({
        code: 'no_weight',
        party,
        path: `${at}.weights`,
        message: `${party} weighs every issue 0: every package is worth 0 to it`,
      });
    } else if (Math.abs(total - 1) > 1e-9) {
      warnings.push({
        code: 'weights_sum',
        party,
        path: `${at}.weights`,
        message: `${party}'s weights sum to ${round(total)}, not 1`,
      });
    }
    for (const [issue, row] of Object.entries(profile.scores)) {
      for (const [option, score] of Object.entries(row)) {
        if (score < 0 || score > 1) {
          warnings.push({
            code: 'score_range',
            party,
            path: `${at}.scores.${issue}.${option}`,
            message: `${party} scores "${option}" on "${issue}" ${score}, outside 0…1`,
          });
        }
      }
    }
    for (const { issue, options } of problem.issues) {
      if (options.every((o) => profile.redLines[issue]?.includes(o))) {
        warnings.push({
          code: 'all_red_lines',
          party,
          path: `${at}.redLines.${issue}`,
          message: `${party} red-lines every option of "${issue}": no package can satisfy it`,
        });
      }
    }
    const best = problem.issues.reduce(
      (sum, { issue, options }) => sum + Math.max(...options.map((o) => optionValue(profile, issue, o))),
      0,
    );
    if (best <= profile.reservation) {
      warnings.push({
        code: 'reservation_unreachable',
        party,
        path: `${at}.reservation`,
        message: `${party}'s reservation ${profile.reservation} is at least its best possible utility ${round(best)}`,
      });
    }
  }
  return warnings;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
