// `parley status`: where the negotiation stands.
import type { Command } from 'commander';
import { statusTable } from '../../app/status.ts';
import { isParleyError } from '../../core/errors.ts';
import type { Io } from '../io.ts';
import { printJson } from '../output.ts';
import { runCommand } from '../run.ts';
import { renderStatus } from '../statusTable.ts';

export function registerStatus(program: Command, io: Io): void {
  program
    .command('status')
    .description("each provision, each party's latest stance, consensus and progress")
    .option('--draft <draft>', 'draft id (default: the latest)')
    .option('--as-of <date>', 'the state on this date, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .action(async ({ json, ...o }: { draft?: string; asOf?: string; json?: boolean }) => {
      const status = await runCommand(io, statusTable, o).catch((error: unknown) => {
        // Without --draft, the one thing not found is a first draft: not an error here.
        if (!o.draft && isParleyError(error) && error.code === 'not_found') return null;
        throw error;
      });
      if (json) return printJson(io, status);
      if (!status)
        return io.out(
          'no drafts yet: import one with `parley draft import FILE --label L`, or run `parley demo`',
        );
      io.out(`${renderStatus(status, io.color)}\n`);
    });
}
