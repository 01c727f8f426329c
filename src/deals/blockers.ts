// Blockers: issues on which every option is red-lined by some party, so no package can close.
import type { DealProblem } from './problem.ts';

export interface Blocker {
  issue: string;
  /** The parties whose red lines together cover every option, in the problem's order. */
  parties: string[];
  /** Option → the parties red-lining it. */
  options: Record<string, string[]>;
}

/** The issues where no option is outside every party's red lines (all parties are required). */
export function findBlockers(problem: DealProblem): Blocker[] {
  return problem.issues.flatMap(({ issue, options }) => {
    const by = options.map((o) =>
      problem.parties.filter((p) => problem.profiles[p]!.redLines[issue]?.includes(o)),
    );
    if (by.some((parties) => parties.length === 0)) return [];
    return [
      {
        issue,
        parties: problem.parties.filter((p) => by.some((parties) => parties.includes(p))),
        options: Object.fromEntries(options.map((o, i) => [o, by[i]!])),
      },
    ];
  });
}
