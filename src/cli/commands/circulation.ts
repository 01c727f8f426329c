// `parley circulate`, `parley circulation list` and `parley trace`: who received which
// version (each copy fingerprinted), and which copy a leaked text came from.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { circulateDraft, listCirculations, traceLeak } from '../../app/circulation.ts';
import { read, write } from '../../app/context.ts';
import { owner } from '../../core/actor.ts';
import { ParleyError } from '../../core/errors.ts';
import { type Io, inCwd } from '../io.ts';
import { printJson, printList } from '../output.ts';
import { readTextFile } from '../readText.ts';
import { withServices } from '../session.ts';

type CirculateOptions = {
  to: string;
  summary?: string;
  summaryFile?: string;
  output?: string;
  format: string;
};

export function registerCirculation(program: Command, io: Io): void {
  program
    .command('circulate <draft>')
    .description("give a party a draft (or only a summary) and write the party's fingerprinted copy")
    .requiredOption('--to <party>', 'the receiving party (id, name or alias)')
    .option('--summary <text>', 'circulate only this summary')
    .option('--summary-file <file>', 'circulate only the summary in this file')
    .option('-o, --output <file>', 'write the copy here (default: stdout)')
    .option('--format <format>', 'text | md | html | pdf', 'md')
    .action((draft: string, o: CirculateOptions) => {
      const summary = o.summaryFile ? readTextFile(o.summaryFile, io.cwd) : o.summary;
      // Refused before anything is recorded: a circulation nobody could read is no circulation.
      if (o.format === 'pdf' && !o.output && !io.outBytes) {
        throw new ParleyError(
          'invalid_input',
          'a PDF copy is binary and stdout is a terminal: write it to a file with `-o copy.pdf`',
        );
      }
      return withServices(io, async (s) => {
        const { circulation, copy } = await write(s, owner, 'circulation', (ctx) =>
          circulateDraft(ctx, { draft, to: o.to, summary, format: o.format, secret: s.fingerprintSecret }),
        );
        const what = circulation.summaryOnly ? 'a summary of' : '';
        if (o.output) {
          writeFileSync(inCwd(io, o.output), copy);
          io.err(
            `circulated ${what} ${draft} to ${circulation.party}; wrote their copy to ${o.output}`.replace(
              '  ',
              ' ',
            ),
          );
        } else if (typeof copy === 'string') {
          io.out(copy);
        } else {
          io.outBytes?.(copy);
        }
      });
    });
  program
    .command('circulation')
    .description('circulations')
    .command('list')
    .description('who has seen which version, and when')
    .option('--draft <draft>', 'only this draft')
    .option('--json', 'print JSON')
    .action((o: { draft?: string; json?: boolean }) =>
      withServices(io, async (s) => {
        const rows = await read(s, owner, 'circulation', (ctx) => listCirculations(ctx, o));
        printList(
          io,
          rows,
          o.json,
          [
            ['DRAFT', (c) => c.draft],
            ['PARTY', (c) => c.party],
            ['WHAT', (c) => (c.summaryOnly ? 'summary' : 'full text')],
            ['AT', (c) => c.at],
            ['BY', (c) => c.by],
          ],
          'nothing circulated yet: `parley circulate DRAFT --to PARTY -o copy.md`',
        );
      }),
    );
  program
    .command('trace <file>')
    .description('name the recipient whose copy a leaked text came from, or say it is inconclusive')
    .option('--draft <draft>', 'only compare with the copies of this draft')
    .option('--json', 'print JSON')
    .action((file: string, o: { draft?: string; json?: boolean }) => {
      const text = readTextFile(file, io.cwd);
      return withServices(io, async (s) => {
        const result = await read(s, owner, 'circulation', (ctx) =>
          traceLeak(ctx, { text, draft: o.draft, secret: s.fingerprintSecret }),
        );
        if (o.json) return printJson(io, result);
        if (result.verdict === 'match') {
          io.out(
            `most likely from ${result.recipient}'s copy of ${result.draft}${result.summaryOnly ? ' (summary)' : ''}: confidence ${(result.confidence * 100).toFixed(1)}% (${result.observed} variant slots read)`,
          );
        } else {
          io.out(`inconclusive: ${result.reason}`);
        }
      });
    });
}
