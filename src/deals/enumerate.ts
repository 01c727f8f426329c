// Every package, one by one: the brute force the searches are checked against (tests, benches)
// and the exact frontier for more than two parties on small problems.
import type { CompiledProblem } from './compiled.ts';
import { type Incumbent, type Objective, offer } from './search.ts';

/** How many packages avoid every red line (may exceed 2⁵³ in theory; a float is enough to compare). */
export function countPackages(c: CompiledProblem): number {
  return c.allowed.reduce((n, a) => n * a.length, 1);
}

/** Calls `visit` with each package avoiding every red line, in listed order (the array is reused). */
export function forEachPackage(c: CompiledProblem, visit: (choice: number[]) => void): void {
  if (c.allowed.some((a) => a.length === 0)) return;
  const at = new Array<number>(c.issues).fill(0);
  const choice = c.allowed.map((a) => a[0]!);
  for (;;) {
    visit(choice);
    let i = c.issues - 1;
    while (i >= 0 && at[i] === c.allowed[i]!.length - 1) {
      at[i] = 0;
      choice[i] = c.allowed[i]![0]!;
      i--;
    }
    if (i < 0) return;
    at[i]!++;
    choice[i] = c.allowed[i]![at[i]!]!;
  }
}

/** The best package for `objective` by looking at every one (same ties as the search). */
export function enumerateBest(c: CompiledProblem, objective: Objective): Incumbent {
  const best: Incumbent = { choice: null, value: -Infinity, welfare: -Infinity };
  forEachPackage(c, (choice) => offer(c, objective, best, choice));
  return best;
}
