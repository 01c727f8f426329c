// `parley deal aw|solve|frontier|blockers|concessions FILE`: the deal engine on a JSON file, with
// no home and no database (quick to start). Where the problem comes from is decided in one place,
// readProblem, so that other sources (a stored draft's profiles) slot in beside the file.
import type { Command } from 'commander';
import type { UseCase } from '../../app/useCase.ts';
import type { Declaration, OutputOf } from '../../contract/declare.ts';
import { ParleyError } from '../../core/errors.ts';
import type { DealProblem, DealRule } from '../../deals/problem.ts';
import type { Io } from '../io.ts';
import { printJson } from '../output.ts';
import { readTextFile } from '../readText.ts';
import { renderTable } from '../table.ts';

interface DealOptions {
  json?: boolean;
  /** Use the stored profiles and this draft's provisions instead of FILE. */
  draft?: string;
}

const DRAFT_FLAG = [
  '--draft <draft>',
  "the stored profiles and this draft's provisions, instead of FILE",
] as const;

/** FILE or --draft, exactly one. Throws `invalid_input`. */
function source(file: string | undefined, o: DealOptions): 'file' | 'draft' {
  if (file && o.draft) {
    throw new ParleyError('invalid_input', 'Deals: give FILE or --draft, not both', { field: 'draft' });
  }
  return o.draft ? 'draft' : 'file';
}

/**
 * Runs one of the deal use cases on a stored draft as the local owner (the home's store is
 * opened only in this mode, so FILE mode stays quick to start). Throws what it throws.
 */
async function onDraft<D extends Declaration>(
  io: Io,
  pick: (runs: typeof import('../../app/dealRuns.ts')) => UseCase<D, unknown>,
  input: Record<string, unknown>,
): Promise<OutputOf<D>> {
  const [runs, { runSession }] = await Promise.all([import('../../app/dealRuns.ts'), import('../run.ts')]);
  return runSession(io, (run) => run(pick(runs), input));
}

const RULES = ['nash', 'maxmin', 'welfare', 'ks'] as const;

function readJson(io: Io, file: string): unknown {
  const text = readTextFile(file, io.cwd);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ParleyError('invalid_input', `Deals: ${file} is not valid JSON: ${(error as Error).message}`, {
      file,
    });
  }
}

/** The problem a command works on: the FILE argument (required for now). */
async function readProblem(io: Io, file: string | undefined, _o: DealOptions): Promise<DealProblem> {
  if (!file)
    throw new ParleyError(
      'invalid_input',
      'Deals: give a FILE: a JSON deal problem (see `parley deal --help`)',
    );
  const { parseDealProblem, problemWarnings } = await import('../../deals/problem.ts');
  const problem = parseDealProblem(readJson(io, file), file);
  for (const warning of problemWarnings(problem)) io.err(`warning: ${warning.path}: ${warning.message}`);
  return problem;
}

function parseRule(value: string): DealRule {
  const rule = RULES.find((r) => r === value);
  if (!rule) {
    throw new ParleyError('invalid_input', `--rule: expected one of ${RULES.join(', ')}, got "${value}"`, {
      field: 'rule',
    });
  }
  return rule;
}

/** Utilities as people read them: 12 significant digits hide the float's last-bit noise. */
const readable = (u: Record<string, number>) =>
  Object.fromEntries(Object.entries(u).map(([p, x]) => [p, Number(x.toPrecision(12))]));

function printPackage(io: Io, pkg: Record<string, string>, utilities: Record<string, number>) {
  io.out(renderTable(['ISSUE', 'OPTION'], Object.entries(pkg)));
  io.out(
    renderTable(
      ['PARTY', 'UTILITY'],
      Object.entries(readable(utilities)).map(([p, u]) => [p, String(u)]),
    ),
  );
}

export function registerDeal(program: Command, io: Io): void {
  const deal = program
    .command('deal')
    .description(
      "package deals from a JSON file: Adjusted Winner, a rule's package, the frontier, blockers, fewest concessions",
    );

  deal
    .command('aw <file>')
    .description(
      'Adjusted Winner for two parties, exact: {"parties":["A","B"],"items":[{"item":"X","A":35,"B":55}, …]}',
    )
    .option('--json', 'print JSON (shares and points as exact fractions, e.g. "395/6")')
    .action(async (file: string, o: DealOptions) => {
      const { adjustedWinner, parseAwInput } = await import('../../deals/adjustedWinner.ts');
      const input = parseAwInput(readJson(io, file), file);
      const result = adjustedWinner(input);
      if (o.json) return printJson(io, result);
      const [a, b] = input.parties;
      io.out(
        renderTable(
          ['ITEM', a, b],
          Object.entries(result.allocation).map(([item, s]) => [item, s[a]!, s[b]!]),
        ),
      );
      io.out(
        `points: ${a} ${result.points[a]}, ${b} ${result.points[b]} (before adjusting: ${result.initialPoints[a]}, ${result.initialPoints[b]})`,
      );
      io.out(result.split ? `split: ${result.split}` : 'no item is split');
    });

  deal
    .command('solve [file]')
    .description('the package a rule picks: nash (default), maxmin, welfare or ks')
    .option('--rule <rule>', 'nash | maxmin | welfare | ks', 'nash')
    .option('--json', 'print JSON: {package, utilities, optimal}')
    .option(...DRAFT_FLAG)
    .action(async (file: string | undefined, o: DealOptions & { rule: string }) => {
      const rule = parseRule(o.rule);
      const solution =
        source(file, o) === 'draft'
          ? await onDraft(io, (r) => r.solveOnDraft, { draft: o.draft, rule })
          : await (await import('../../deals/solve.ts')).solveDeal(await readProblem(io, file, o), rule);
      if (o.json) return printJson(io, { ...solution, utilities: readable(solution.utilities) });
      io.out(
        `${rule}: ${solution.optimal ? 'proven best' : 'best found (not proven: the search hit its budget)'}`,
      );
      printPackage(io, solution.package, solution.utilities);
    });

  deal
    .command('frontier [file]')
    .description('the Pareto frontier of the packages every party accepts')
    .option('--json', 'print JSON: {frontier: [{package, utilities}, …]}')
    .option(...DRAFT_FLAG)
    .action(async (file: string | undefined, o: DealOptions) => {
      const fromDraft = source(file, o) === 'draft';
      const problem = fromDraft ? undefined : await readProblem(io, file, o);
      const { frontier } = problem
        ? (await import('../../deals/frontier.ts')).paretoFrontierSync(problem)
        : await onDraft(io, (r) => r.frontierOnDraft, { draft: o.draft });
      const parties = problem?.parties ?? Object.keys(frontier[0]?.utilities ?? {});
      if (o.json) {
        return printJson(io, { frontier: frontier.map((x) => ({ ...x, utilities: readable(x.utilities) })) });
      }
      if (frontier.length === 0) return io.out('no package gives every party more than its reservation');
      const rows = frontier.map((x) => [
        ...parties.map((p) => String(readable(x.utilities)[p])),
        Object.entries(x.package)
          .map(([i, opt]) => `${i}=${opt}`)
          .join(' '),
      ]);
      io.out(renderTable([...parties, 'PACKAGE'], rows, 200));
    });

  deal
    .command('blockers [file]')
    .description('issues whose every option some party red-lines, and whose red lines they are')
    .option('--json', 'print JSON: {blockers: [{issue, parties, options}, …]}')
    .option(...DRAFT_FLAG)
    .action(async (file: string | undefined, o: DealOptions) => {
      const blockers =
        source(file, o) === 'draft'
          ? (await onDraft(io, (r) => r.blockersOnDraft, { draft: o.draft })).blockers
          : (await import('../../deals/blockers.ts')).findBlockers(await readProblem(io, file, o));
      if (o.json) return printJson(io, { blockers });
      if (blockers.length === 0) return io.out('no blockers: every issue has an option nobody red-lines');
      io.out(
        renderTable(
          ['ISSUE', 'RED LINES'],
          blockers.map((b) => [
            b.issue,
            Object.entries(b.options)
              .map(([opt, ps]) => `${opt}: ${ps.join(', ')}`)
              .join('; '),
          ]),
          200,
        ),
      );
    });

  deal
    .command('concessions [file]')
    .description('the fewest red-line relaxations, and by whom, that make some package acceptable to all')
    .option('--json', 'print JSON: {concessions: [{party, issue, option}, …], package, utilities, optimal}')
    .option(...DRAFT_FLAG)
    .action(async (file: string | undefined, o: DealOptions) => {
      const stored =
        source(file, o) === 'draft'
          ? await onDraft(io, (r) => r.concessionsOnDraft, { draft: o.draft })
          : undefined;
      const result = stored
        ? stored.concessions && stored.package && stored.utilities
          ? {
              ...stored,
              concessions: stored.concessions,
              package: stored.package,
              utilities: stored.utilities,
            }
          : null
        : (await import('../../deals/concessions.ts')).fewestConcessionsSync(await readProblem(io, file, o));
      const reason =
        'even with every red line lifted, no package gives every party more than its reservation';
      if (o.json) {
        const answer = result ? { ...result, utilities: readable(result.utilities) } : null;
        return printJson(
          io,
          answer ?? { concessions: null, package: null, utilities: null, optimal: true, reason },
        );
      }
      if (result === null) return io.out(reason);
      if (result.concessions.length === 0)
        io.out('no concession needed: a package is acceptable as things stand');
      else
        io.out(
          renderTable(
            ['PARTY', 'ISSUE', 'ACCEPTS'],
            result.concessions.map((c) => [c.party, c.issue, c.option]),
          ),
        );
      io.out(result.optimal ? 'proven fewest' : 'fewest found (not proven: the search hit its budget)');
      printPackage(io, result.package, result.utilities);
    });
}
