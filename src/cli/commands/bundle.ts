// `parley export` and `parley import`: the whole negotiation as one JSON bundle.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { exportBundle, importBundle } from '../../app/bundle.ts';
import { ParleyError } from '../../core/errors.ts';
import { type Io, inCwd } from '../io.ts';
import { readTextFile } from '../readText.ts';
import { runCommand } from '../run.ts';

export function registerBundle(program: Command, io: Io): void {
  program
    .command('export')
    .description('write the whole negotiation as one JSON bundle (stdout, or -o FILE)')
    .option('-o, --output <file>', 'write to this file')
    .action(async (o: { output?: string }) => {
      const json = `${JSON.stringify(await runCommand(io, exportBundle, {}), null, 2)}\n`;
      if (!o.output) return io.out(json);
      writeFileSync(inCwd(io, o.output), json);
      io.err(`wrote ${o.output}`);
    });
  program
    .command('import <file>')
    .description('load a bundle written by `parley export` into an empty home')
    .action(async (file: string) => {
      const text = readTextFile(file, io.cwd);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        throw new ParleyError('invalid_input', `${file} is not valid JSON: ${(error as Error).message}`, {
          file,
        });
      }
      const b = await runCommand(io, importBundle, data);
      io.out(
        `imported ${b.parties.length} parties, ${b.people.length} people, ${b.drafts.length} drafts, ${b.positions.length} positions, ${b.events.length} events`,
      );
    });
}
