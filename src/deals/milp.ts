// The linear rules (maxmin, ks, welfare and each party's ideal) as mixed-integer programs for
// HiGHS, where the branch-and-bound's bounds are too weak to prove the optimum quickly.
// Variables: x[i,o] ∈ {0,1} for every option nobody red-lines, Σ_o x[i,o] = 1 per issue;
// u_p = Σ value[p][i][o]·x[i,o]; acceptable: u_p − d_p ≥ ABOVE (checked again in JS, exactly).
//   min-gain rules  maximise t  s.t. u_p − d_p ≥ scale_p·t        (maxmin: scale 1; ks: I_p − d_p)
//   linear rules    maximise Σ w_p·u_p                           (welfare: w = 1; ideal of p: e_p)
// Ties as the engine defines them (value within TIE, then welfare, then the package listed
// first): solve for the value, then maximise welfare among packages within TIE of it, then ask
// whether any other package ties on both; only if one does, fix the issues one by one to their
// first option that still ties (lexicographic). Every candidate is compared by search.ts's
// `better` on utilities recomputed in JS, so the solver's rounding never decides alone.
// HiGHS is WebAssembly: loaded once, on first need, so the CLI's start-up does not pay for it.
import type { Highs } from 'highs';
import { ABOVE, type CompiledProblem, TIE, utilitiesOf } from './compiled.ts';
import { better, type Incumbent, welfareOf } from './search.ts';

let loading: Promise<Highs> | undefined;

/** HiGHS, instantiated once per process on first call. */
export function loadHighs(): Promise<Highs> {
  // The package is CommonJS: at run time the namespace's default is the loader itself.
  loading ??= import('highs').then((m) => (m.default as unknown as () => Promise<Highs>)());
  return loading;
}

/** What the MILP maximises: a min-gain rule's t, or a weighted sum of utilities. */
export type LinearRule = { kind: 'minGain'; scale: number[] } | { kind: 'linear'; weights: number[] };

export interface MilpResult {
  best: Incumbent;
  /** True when every solve HiGHS ran reported Optimal or Infeasible (proofs, not limits). */
  proven: boolean;
  solves: number;
}

// Tight tolerances: the engine's ties are 1e-9 relative, so the solver must not stop at a 1e-4 gap.
const OPTIONS = {
  mip_rel_gap: 0,
  mip_abs_gap: 0,
  mip_feasibility_tolerance: 1e-9,
  primal_feasibility_tolerance: 1e-9,
  output_flag: false,
} as const;

const num = (v: number) => (Number.isFinite(v) ? String(v) : v > 0 ? '1e30' : '-1e30');
const tieTol = (v: number) => TIE * Math.max(1, Math.abs(v));

interface Extra {
  /** min-gain rules: t ≥ this; linear rules: Σ w u ≥ this. */
  valueAtLeast?: number;
  welfareAtLeast?: number;
  /** Packages (option indices) excluded by a no-good cut. */
  exclude?: number[][];
  /** issue → option fixed. */
  fixed?: Map<number, number>;
}

type Goal = { kind: 'rule' } | { kind: 'welfare' } | { kind: 'firstOption'; issue: number };

class Model {
  private readonly vars: string[][];
  solves = 0;
  proven = true;

  constructor(
    private readonly c: CompiledProblem,
    private readonly rule: LinearRule,
    private readonly highs: Highs,
    private readonly options: typeof OPTIONS & { time_limit?: number },
  ) {
    this.vars = c.allowed.map((options, i) => options.map((o) => `x_${i}_${o}`));
  }

  private sum(coef: (i: number, o: number) => number): string {
    const terms: string[] = [];
    this.c.allowed.forEach((options, i) => {
      options.forEach((o, k) => {
        const a = coef(i, o);
        if (a !== 0) terms.push(`${a < 0 ? '-' : '+'} ${num(Math.abs(a))} ${this.vars[i]![k]!}`);
      });
    });
    // An empty row is not valid LP text: a zero term keeps it well-formed.
    if (terms.length === 0) terms.push(`+ 0 ${this.vars[0]![0]!}`);
    return terms.join(' ');
  }

  private utility(p: number): string {
    return this.sum((i, o) => this.c.value[p]![i]![o]!);
  }

  private ruleValue(): string {
    if (this.rule.kind === 'minGain') return 't';
    const w = this.rule.weights;
    return this.sum((i, o) => w.reduce((a, wp, p) => a + wp * this.c.value[p]![i]![o]!, 0));
  }

  private welfare(): string {
    return this.sum((i, o) => this.c.value.reduce((a, row) => a + row[i]![o]!, 0));
  }

  private text(goal: Goal, extra: Extra): string {
    const c = this.c;
    const rows: string[] = [];
    for (let p = 0; p < c.parties; p++) {
      rows.push(`a${p}: ${this.utility(p)} >= ${num(c.reservation[p]! + ABOVE)}`);
      if (this.rule.kind === 'minGain') {
        rows.push(`g${p}: ${this.utility(p)} - ${num(this.rule.scale[p]!)} t >= ${num(c.reservation[p]!)}`);
      }
    }
    for (const row of this.vars) rows.push(`i${rows.length}: ${row.map((v) => `+ ${v}`).join(' ')} = 1`);
    if (extra.valueAtLeast !== undefined) rows.push(`v: ${this.ruleValue()} >= ${num(extra.valueAtLeast)}`);
    if (extra.welfareAtLeast !== undefined) rows.push(`w: ${this.welfare()} >= ${num(extra.welfareAtLeast)}`);
    (extra.exclude ?? []).forEach((choice, k) => {
      const ones = choice.map((o, i) => this.vars[i]![c.allowed[i]!.indexOf(o)]!);
      rows.push(`n${k}: ${ones.map((v) => `+ ${v}`).join(' ')} <= ${choice.length - 1}`);
    });
    for (const [i, o] of extra.fixed ?? [])
      rows.push(`f${i}: + ${this.vars[i]![c.allowed[i]!.indexOf(o)]!} = 1`);
    let objective: string;
    let sense = 'Maximize';
    if (goal.kind === 'rule') objective = this.ruleValue();
    else if (goal.kind === 'welfare') objective = this.welfare();
    else {
      sense = 'Minimize';
      objective = this.sum((i, o) => (i === goal.issue ? c.allowed[i]!.indexOf(o) + 1 : 0));
    }
    const free = this.rule.kind === 'minGain' ? ' t free\n' : '';
    const binaries = this.vars.flat().join(' ');
    return `${sense}\n obj: ${objective}\nSubject To\n ${rows.join('\n ')}\nBounds\n${free}Binary\n ${binaries}\nEnd\n`;
  }

  /** One solve; null when infeasible or stopped without a package. */
  solve(goal: Goal, extra: Extra = {}): number[] | null {
    const exclude = [...(extra.exclude ?? [])];
    // A package HiGHS accepts within its tolerance but JS finds at or below a reservation is cut and the solve repeated.
    for (;;) {
      this.solves++;
      const result = this.highs.solve(this.text(goal, { ...extra, exclude }), this.options);
      if (result.Status === 'Infeasible') return null;
      if (result.Status !== 'Optimal') this.proven = false;
      if (!('Columns' in result)) return null;
      const columns = result.Columns as Record<string, { Primal?: number }>;
      if (!this.vars.every((row) => row.some((v) => (columns[v]?.Primal ?? 0) > 0.5))) return null;
      const choice = this.vars.map(
        (row, i) => this.c.allowed[i]![row.findIndex((v) => columns[v]!.Primal! > 0.5)]!,
      );
      const u = utilitiesOf(this.c, choice);
      if (u.every((x, p) => x - this.c.reservation[p]! > ABOVE)) return choice;
      exclude.push(choice);
    }
  }
}

/** The rule's value of utilities u (as rules.ts defines it), the welfare beside it. */
function evaluate(c: CompiledProblem, rule: LinearRule, choice: number[]): Incumbent {
  const u = utilitiesOf(c, choice);
  const value =
    rule.kind === 'minGain'
      ? Math.min(...u.map((x, p) => (x - c.reservation[p]!) / rule.scale[p]!))
      : u.reduce((a, x, p) => a + rule.weights[p]! * x, 0);
  return { choice, value, welfare: welfareOf(u) };
}

/**
 * The best acceptable package for a linear rule, ties broken as the engine defines them.
 * `breakTies` false stops after the first solve (enough for an ideal, where only the value counts).
 */
export function solveMilp(
  c: CompiledProblem,
  rule: LinearRule,
  highs: Highs,
  {
    breakTies = true,
    start,
    seconds,
  }: { breakTies?: boolean; start?: Incumbent /** HiGHS's time limit per solve. */; seconds?: number } = {},
): MilpResult {
  const best: Incumbent = { choice: null, value: -Infinity, welfare: -Infinity };
  if (c.allowed.some((a) => a.length === 0)) return { best, proven: true, solves: 0 };
  const model = new Model(
    c,
    rule,
    highs,
    seconds === undefined ? OPTIONS : { ...OPTIONS, time_limit: seconds },
  );
  const done = () => ({ best, proven: model.proven, solves: model.solves });
  const take = (choice: number[] | null) => {
    if (choice === null) return;
    const candidate = evaluate(c, rule, choice);
    if (better(candidate, best)) Object.assign(best, candidate);
  };
  // A heuristic package (rules.ts's seeds, improved) as a cut on the value: HiGHS then only has to
  // prove nothing beats it by more than a tie, which prunes far more than its own heuristics do.
  if (start?.choice) take(start.choice);
  const cut = best.choice === null ? {} : { valueAtLeast: best.value - tieTol(best.value) };
  take(model.solve({ kind: 'rule' }, cut));
  if (best.choice === null || !breakTies) return done();
  // Among packages tying on the value: the highest welfare.
  take(model.solve({ kind: 'welfare' }, { valueAtLeast: best.value - tieTol(best.value) }));
  const window = (): Extra => ({
    valueAtLeast: best.value - tieTol(best.value),
    welfareAtLeast: best.welfare - tieTol(best.welfare),
  });
  // Any other package tying on both? Usually none: one more solve proves it.
  const other = model.solve({ kind: 'welfare' }, { ...window(), exclude: [best.choice] });
  if (other === null) return done();
  take(other);
  // Ties: the package listed first, fixing issue after issue to its first option that still ties.
  const fixed = new Map<number, number>();
  const frame = window();
  for (let i = 0; i < c.issues; i++) {
    const choice = model.solve({ kind: 'firstOption', issue: i }, { ...frame, fixed });
    if (choice === null) break;
    fixed.set(i, choice[i]!);
    if (i === c.issues - 1) take(choice);
  }
  return done();
}
