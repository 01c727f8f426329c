// `parley profile show|list|set|import`: a party's private preferences over a draft's
// provisions, for the package-deal analyses (`parley deal … --draft D`).
import type { Command } from 'commander';
import { dealOptions } from '../../app/dealIssues.ts';
import { getProfile, importProfile, listProfiles, setProfile } from '../../app/profiles.ts';
import type { DealIssue, Profile } from '../../contract/deals.ts';
import { isParleyError, ParleyError } from '../../core/errors.ts';
import type { Io } from '../io.ts';
import { printJson } from '../output.ts';
import { readTextFile } from '../readText.ts';
import { runSession } from '../run.ts';
import { renderTable } from '../table.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerProfile(program: Command, io: Io): void {
  const profile = program
    .command('profile')
    .description("a party's private preferences over a draft's provisions (package deals)");
  profile
    .command('show')
    .description("a party's profile: weight, scores and red lines per provision, and its warnings")
    .argument('<draft>', 'draft id')
    .argument('<party>', 'party id')
    .option('--json', 'print JSON')
    .action(async (draft: string, party: string, o: { json?: boolean }) => {
      const [shown, issues] = await runSession(io, async (run) => [
        await run(getProfile, { draft, party }, { positional: ['draft', 'party'] }),
        await run(dealOptions, { draft }),
      ]);
      if (o.json) printJson(io, shown);
      else printProfile(io, shown, issues);
    });
  profile
    .command('list')
    .description('the parties with a profile on a draft')
    .argument('<draft>', 'draft id')
    .option('--json', 'print JSON')
    .action(async (draft: string, o: { json?: boolean }) => {
      const profiles = await runSession(io, (run) => run(listProfiles, { draft }, { positional: ['draft'] }));
      if (o.json || profiles.length === 0) {
        if (o.json) printJson(io, profiles);
        else io.out(`no profiles on ${draft}\n`);
        return;
      }
      const rows = profiles.map((p) => [
        p.party,
        String(p.reservation),
        String(p.warnings.length),
        p.updatedAt,
      ]);
      io.out(`${renderTable(['PARTY', 'RESERVATION', 'WARNINGS', 'UPDATED'], rows)}\n`);
    });
  profile
    .command('set')
    .description(
      'change a profile, e.g. parley profile set v2 north --weight 3=0.4 --score 3:strike=0.2 --red 3:drafted --reservation 0.3',
    )
    .argument('<draft>', 'draft id')
    .argument('<party>', 'party id')
    .option('--weight <provision=w>', 'weight of a provision (repeatable)', collect)
    .option('--score <provision:option=s>', 'score of an option, 0 to 1 (repeatable)', collect)
    .option('--red <provision:option>', 'an option the party never accepts (repeatable)', collect)
    .option('--unred <provision:option>', 'lift a red line (repeatable)', collect)
    .option('--reservation <r>', 'the utility below which the party walks away')
    .option('--replace', 'start from an empty profile instead of the stored one')
    .option('--json', 'print JSON')
    .action(async (draft: string, party: string, o: SetFlags) => {
      const saved = await runSession(io, async (run) => {
        const before = o.replace ? undefined : await currentProfile(() => run(getProfile, { draft, party }));
        const body = applyFlags(before, o);
        return run(setProfile, { draft, party, ...body }, { positional: ['draft', 'party'] });
      });
      report(io, saved, o.json);
    });
  profile
    .command('import')
    .description('set a profile from a CSV (provision,option,score,weight,red_line) or JSON file')
    .argument('<draft>', 'draft id')
    .argument('<party>', 'party id')
    .argument('<file>', 'the file (.csv or .json)')
    .option('--format <format>', 'csv | json (default: from the file name)')
    .option('--json', 'print JSON')
    .action(async (draft: string, party: string, file: string, o: { format?: string; json?: boolean }) => {
      const text = readTextFile(file, io.cwd);
      const format = o.format ?? (file.toLowerCase().endsWith('.json') ? 'json' : 'csv');
      const saved = await runSession(io, (run) =>
        run(
          importProfile,
          { draft, party, format, text },
          { positional: ['draft', 'party'], flags: { text: file } },
        ),
      );
      report(io, saved, o.json);
    });
}

interface SetFlags {
  weight?: string[];
  score?: string[];
  red?: string[];
  unred?: string[];
  reservation?: string;
  replace?: boolean;
  json?: boolean;
}

type Body = Pick<Profile, 'weights' | 'scores' | 'reservation' | 'redLines'>;

/** The stored profile, or none yet (a first `set` starts empty). */
async function currentProfile(load: () => Promise<Profile>): Promise<Body | undefined> {
  try {
    return await load();
  } catch (error) {
    if (isParleyError(error) && error.code === 'not_found' && error.details.kind === 'profile')
      return undefined;
    throw error;
  }
}

/** The stored profile with the flags applied. Throws `invalid_input` naming the flag. */
function applyFlags(before: Body | undefined, o: SetFlags): Body {
  const body: Body = structuredClone(
    before
      ? {
          weights: before.weights,
          scores: before.scores,
          reservation: before.reservation,
          redLines: before.redLines,
        }
      : { weights: {}, scores: {}, reservation: 0, redLines: {} },
  );
  for (const flag of o.weight ?? []) {
    const [provision, value] = split(flag, '=', '--weight', '3=0.4');
    body.weights[provision] = number(value, '--weight', flag);
  }
  for (const flag of o.score ?? []) {
    const [target, value] = split(flag, '=', '--score', '3:strike=0.2');
    const [provision, option] = split(target, ':', '--score', '3:strike=0.2');
    body.scores[provision] = { ...body.scores[provision], [option]: number(value, '--score', flag) };
  }
  for (const flag of o.red ?? []) {
    const [provision, option] = split(flag, ':', '--red', '3:strike');
    const red = new Set([...(body.redLines[provision] ?? []), option]);
    body.redLines[provision] = [...red];
  }
  for (const flag of o.unred ?? []) {
    const [provision, option] = split(flag, ':', '--unred', '3:strike');
    const left = (body.redLines[provision] ?? []).filter((x) => x !== option);
    if (left.length) body.redLines[provision] = left;
    else delete body.redLines[provision];
  }
  if (o.reservation !== undefined) body.reservation = number(o.reservation, '--reservation', o.reservation);
  return body;
}

function split(value: string, on: string, flag: string, example: string): [string, string] {
  const at = value.lastIndexOf(on);
  if (at <= 0 || at === value.length - 1) {
    throw new ParleyError('invalid_input', `${flag}: expected something like ${example}, got '${value}'`);
  }
  return [value.slice(0, at), value.slice(at + 1)];
}

function number(value: string, flag: string, given: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) {
    throw new ParleyError('invalid_input', `${flag}: expected a number, got '${given}'`);
  }
  return n;
}

function report(io: Io, profile: Profile, json: boolean | undefined): void {
  if (json) {
    printJson(io, profile);
    return;
  }
  const issues = Object.keys(profile.weights).length;
  io.out(
    `saved: ${profile.party}'s profile on ${profile.draft} (${issues} weighted provision${issues === 1 ? '' : 's'}, reservation ${profile.reservation})\n`,
  );
  for (const w of profile.warnings) io.err(`warning: ${w.message}\n`);
}

function printProfile(io: Io, profile: Profile, issues: DealIssue[]): void {
  const rows = issues
    .filter(
      (i) => profile.weights[i.issue] !== undefined || profile.scores[i.issue] || profile.redLines[i.issue],
    )
    .flatMap((i) =>
      i.options.map((option, n) => {
        const score = profile.scores[i.issue]?.[option.key];
        const red = profile.redLines[i.issue]?.includes(option.key) ? 'red line' : '';
        const weight = n === 0 ? String(profile.weights[i.issue] ?? 0) : '';
        return [n === 0 ? i.issue : '', weight, option.key, score === undefined ? '' : String(score), red];
      }),
    );
  io.out(`${profile.party} on ${profile.draft} — reservation ${profile.reservation}\n`);
  io.out(`${renderTable(['PROV', 'WEIGHT', 'OPTION', 'SCORE', 'RED'], rows)}\n`);
  for (const w of profile.warnings) io.out(`warning: ${w.message}\n`);
}
