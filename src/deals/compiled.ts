// The problem as flat arrays for the searches: each party's value (weight × score) of each
// option, who red-lines what, and the two tolerances every rule shares. Utilities are always
// summed in the issues' order so that the same package gives the same number everywhere.
import { type DealPackage, type DealProblem, optionValue } from './problem.ts';

/** A package is acceptable to p when u_p − d_p exceeds this (so "above the reservation" survives rounding). */
export const ABOVE = 1e-9;
/** Two objective values closer than this (relative, at least absolute) are a tie. */
export const TIE = 1e-9;

export interface CompiledProblem {
  parties: number;
  issues: number;
  /** options[i]: how many options issue i has. */
  options: number[];
  /** value[p][i][o] = weight × score. */
  value: number[][][];
  /** redBy[i][o]: indices of the parties red-lining option o of issue i. */
  redBy: number[][][];
  /** allowed[i]: the options of issue i nobody red-lines, in listed order. */
  allowed: number[][];
  reservation: number[];
  source: DealProblem;
}

export function compileProblem(problem: DealProblem): CompiledProblem {
  const profiles = problem.parties.map((p) => problem.profiles[p]!);
  const redBy = problem.issues.map(({ issue, options }) =>
    options.map((o) => profiles.flatMap((profile, p) => (profile.redLines[issue]?.includes(o) ? [p] : []))),
  );
  return {
    parties: problem.parties.length,
    issues: problem.issues.length,
    options: problem.issues.map((i) => i.options.length),
    value: profiles.map((profile) =>
      problem.issues.map(({ issue, options }) => options.map((o) => optionValue(profile, issue, o))),
    ),
    redBy,
    allowed: redBy.map((row) => row.flatMap((by, o) => (by.length === 0 ? [o] : []))),
    reservation: profiles.map((profile) => profile.reservation),
    source: problem,
  };
}

/** Each party's utility of a package given as option indices, summed in issue order. */
export function utilitiesOf(c: CompiledProblem, choice: ArrayLike<number>): number[] {
  const u = new Array<number>(c.parties).fill(0);
  for (let p = 0; p < c.parties; p++) {
    const row = c.value[p]!;
    let sum = 0;
    for (let i = 0; i < c.issues; i++) sum += row[i]![choice[i]!]!;
    u[p] = sum;
  }
  return u;
}

export function aboveReservations(c: CompiledProblem, u: readonly number[]): boolean {
  return u.every((x, p) => x - c.reservation[p]! > ABOVE);
}

export function isTie(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= TIE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Negative when package a (option indices) comes first in the listed order of issues and options. */
export function comparePackages(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export function packageOf(c: CompiledProblem, choice: ArrayLike<number>): DealPackage {
  const pkg: DealPackage = {};
  c.source.issues.forEach(({ issue, options }, i) => {
    pkg[issue] = options[choice[i]!]!;
  });
  return pkg;
}

export function utilitiesByParty(c: CompiledProblem, u: readonly number[]): Record<string, number> {
  return Object.fromEntries(c.source.parties.map((p, i) => [p, u[i]!]));
}
