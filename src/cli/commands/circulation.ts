// `parley circulate`, `parley circulation list` and `parley trace`: who received which
// version (each copy fingerprinted), and which copy a leaked text came from.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { circulateDraft, listCirculations, traceLeak } from '../../app/circulation.ts';
import { circulationCopy } from '../../app/circulationCopy.ts';
import { circulation as declared } from '../../contract/circulation.ts';
import { ParleyError } from '../../core/errors.ts';
import { parseInput } from '../../core/validate.ts';
import { type Io, inCwd } from '../io.ts';
import { printJson, printList } from '../output.ts';
import { readTextFile } from '../readText.ts';
import { inCliTerms, runCommand, runSession } from '../run.ts';

type CirculateOptions = {
  to: string;
  summary?: string;
  summaryFile?: string;
  output?: string;
  format: string;
};

/** The copy's format, checked before anything is recorded. Throws `invalid_input` naming --format. */
function copyFormat(format: string) {
  try {
    return parseInput(declared.copy.input.pick({ format: true }), { format }, 'circulation').format;
  } catch (error) {
    throw inCliTerms(error);
  }
}

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
      const format = copyFormat(o.format);
      if (format === 'pdf' && !o.output && !io.outBytes) {
        throw new ParleyError(
          'invalid_input',
          'a PDF copy is binary and stdout is a terminal: write it to a file with `-o copy.pdf`',
        );
      }
      return runSession(
        io,
        async (run) => {
          const { circulation } = await run(circulateDraft, { draft, to: o.to, summary });
          // The copy as the recipient downloads it: regenerated and checked against its fingerprint.
          const copy = await run(circulationCopy, { circulation: circulation.id, format });
          const what = circulation.summaryOnly ? 'a summary of ' : '';
          if (o.output) {
            writeFileSync(inCwd(io, o.output), copy.body);
            io.err(`circulated ${what}${draft} to ${circulation.party}; wrote their copy to ${o.output}`);
          } else if (typeof copy.body === 'string') {
            io.out(copy.body);
          } else {
            io.outBytes?.(copy.body);
          }
        },
        { positional: ['draft'] },
      );
    });
  program
    .command('circulation')
    .description('circulations')
    .command('list')
    .description('who has seen which version, and when')
    .option('--draft <draft>', 'only this draft')
    .option('--json', 'print JSON')
    .action(async (o: { draft?: string; json?: boolean }) => {
      const rows = await runCommand(io, listCirculations, { draft: o.draft });
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
    });
  program
    .command('trace <file>')
    .description('name the recipient whose copy a leaked text came from, or say it is inconclusive')
    .option('--draft <draft>', 'only compare with the copies of this draft')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { draft?: string; json?: boolean }) => {
      const text = readTextFile(file, io.cwd);
      const result = await runCommand(io, traceLeak, { text, draft: o.draft });
      if (o.json) return printJson(io, result);
      if (result.verdict === 'match') {
        io.out(
          `most likely from ${result.recipient}'s copy of ${result.draft}${result.summaryOnly ? ' (summary)' : ''}: confidence ${(result.confidence * 100).toFixed(1)}% (${result.observed} variant slots read)`,
        );
      } else {
        io.out(`inconclusive: ${result.reason}`);
      }
    });
}
