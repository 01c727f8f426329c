// `parley draft compose` and `parley draft columns`: the drafting desk — issuing the next
// revision from a base and its amendments, and the n-column table the secretariat reads them in.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { showColumns } from '../../app/columns.ts';
import { issueComposition } from '../../app/compose.ts';
import type { CompositionPlan, ProvisionChoice } from '../../contract/compose.ts';
import { ParleyError } from '../../core/errors.ts';
import { columnsCsv, columnsHtml, columnsMarkdown } from '../../formats/columns.ts';
import { type Io, inCwd } from '../io.ts';
import { printJson } from '../output.ts';
import { runCommand } from '../run.ts';

interface ComposeOptions {
  from: string;
  label: string;
  id?: string;
  date?: string;
  author?: string;
  take: string[];
  text: string[];
  bracket: string[];
  drop: string[];
  json?: boolean;
}

const collect = (value: string, list: string[]) => [...list, value];

/** `N=VALUE` split at the first `=`. Throws `invalid_input` naming the flag. */
function assignment(flag: string, value: string): [string, string] {
  const at = value.indexOf('=');
  if (at <= 0) {
    throw new ParleyError('invalid_input', `${flag}: '${value}' is not N=VALUE; write e.g. ${flag} 5=...`, {
      field: flag,
    });
  }
  return [value.slice(0, at).trim(), value.slice(at + 1)];
}

/** The plan the flags describe: a --text beside a --take of the same provision takes it in part. */
export function planOf(o: Pick<ComposeOptions, 'take' | 'text' | 'bracket' | 'drop'>): CompositionPlan {
  const choices: Record<string, ProvisionChoice> = {};
  const once = (flag: string, n: string) => {
    if (choices[n]) {
      throw new ParleyError(
        'invalid_input',
        `${flag}: provision ${n} already has a choice; give one per provision`,
        {
          field: flag,
        },
      );
    }
  };
  for (const value of o.take) {
    const [n, amendment] = assignment('--take', value);
    once('--take', n);
    choices[n] = { kind: 'take', amendment: amendment.trim() };
  }
  for (const n of o.drop) {
    once('--drop', n.trim());
    choices[n.trim()] = { kind: 'drop' };
  }
  const alternatives = new Map<string, string[]>();
  for (const value of o.bracket) {
    const [n, text] = assignment('--bracket', value);
    alternatives.set(n, [...(alternatives.get(n) ?? []), text]);
  }
  for (const [n, list] of alternatives) {
    once('--bracket', n);
    choices[n] = { kind: 'brackets', alternatives: list };
  }
  for (const value of o.text) {
    const [n, text] = assignment('--text', value);
    const choice = choices[n];
    if (choice?.kind === 'take' && choice.text === undefined) choices[n] = { ...choice, text };
    else {
      once('--text', n);
      choices[n] = { kind: 'text', text };
    }
  }
  return { choices, insertions: [] };
}

export function registerDesk(program: Command, io: Io): void {
  registerColumns(program, io);
  const draftGroup = program.commands.find((c) => c.name() === 'draft');
  draftGroup
    ?.command('compose')
    .description(
      'issue the next draft from a base: keep, take amendments, write compromise text, bracket or drop',
    )
    .requiredOption('--from <draft>', 'the base draft')
    .requiredOption('--label <label>', 'a name for the revision, e.g. "Geneva revision 2"')
    .option('--id <id>', 'draft id (default: from the label)')
    .option('--date <date>', 'date of the revision, YYYY-MM-DD (default: today)')
    .option('--author <party>', 'the party that authored it')
    .option('--take <n=amendment>', 'take an amendment for provision N (repeat)', collect, [])
    .option(
      '--text <n=text>',
      'compromise text for provision N; beside --take N, the amendment taken in part',
      collect,
      [],
    )
    .option(
      '--bracket <n=text>',
      'an alternative for provision N, in brackets (repeat: two or more)',
      collect,
      [],
    )
    .option('--drop <n>', 'leave provision N out (repeat)', collect, [])
    .option('--json', 'print the issued draft and the amendments taken as JSON')
    .action(async (o: ComposeOptions) => {
      const result = await runCommand(
        io,
        issueComposition,
        { draft: o.from, label: o.label, id: o.id, date: o.date, author: o.author, plan: planOf(o) },
        { flags: { draft: '--from', plan: '--take/--text' } },
      );
      if (o.json) return printJson(io, result);
      const { draft, taken } = result;
      io.out(
        `issued draft ${draft.id} ("${draft.label}", ${draft.date}) from ${o.from}: ${draft.provisions.length} provisions` +
          (taken.length
            ? `; took ${taken.map((t) => `${t.id} (${t.state.replace(/_/g, ' ')})`).join(', ')}`
            : ''),
      );
    });
}

interface ColumnsOptions {
  format: string;
  output?: string;
  track?: string;
  topic?: string;
  party?: string;
}

const FORMATS = ['md', 'html', 'csv', 'docx', 'json'];

export function registerColumns(program: Command, io: Io): void {
  const draftGroup = program.commands.find((c) => c.name() === 'draft');
  draftGroup
    ?.command('columns <draft>')
    .description(
      "the n-column table: per provision the base text, each party's amendments redlined, the compromise",
    )
    .option('--format <format>', 'md | html | csv | docx | json', 'md')
    .option('-o, --output <file>', 'write to this file (needed for docx)')
    .option('--track <track>', 'only provisions of this track')
    .option('--topic <topic>', 'only provisions on this topic')
    .option('--party <party>', "only this party's column")
    .action(async (draft: string, o: ColumnsOptions) => {
      if (!FORMATS.includes(o.format)) {
        throw new ParleyError(
          'invalid_input',
          `--format: unknown format '${o.format}'; choose ${FORMATS.join(', ')}`,
          {
            field: 'format',
          },
        );
      }
      if (o.format === 'docx' && !o.output) {
        throw new ParleyError(
          'invalid_input',
          '--output: a Word document is written to a file; add -o FILE.docx',
          {
            field: 'output',
          },
        );
      }
      const table = await runCommand(
        io,
        showColumns,
        { draft, track: o.track, topic: o.topic, party: o.party },
        { positional: ['draft'] },
      );
      let body: string | Uint8Array;
      if (o.format === 'docx') body = await (await import('../../formats/columnsDocx.ts')).columnsDocx(table);
      else if (o.format === 'html') body = columnsHtml(table);
      else if (o.format === 'csv') body = columnsCsv(table);
      else if (o.format === 'json') body = `${JSON.stringify(table, null, 2)}\n`;
      else body = columnsMarkdown(table);
      if (!o.output) return io.out(String(body).replace(/\n$/, ''));
      writeFileSync(inCwd(io, o.output), body);
      io.out(`wrote ${o.output} (${table.rows.length} provisions, ${table.parties.length} party columns)`);
    });
}
