// `parley status`: where the negotiation stands.
import type { Command } from 'commander';
import { read } from '../../app/context.ts';
import { getStatus } from '../../app/status.ts';
import { owner } from '../../core/actor.ts';
import type { Io } from '../io.ts';
import { printJson } from '../output.ts';
import { withServices } from '../session.ts';
import { renderStatus } from '../statusTable.ts';

export function registerStatus(program: Command, io: Io): void {
  program
    .command('status')
    .description("each provision, each party's latest stance, consensus and progress")
    .option('--draft <draft>', 'draft id (default: the latest)')
    .option('--as-of <date>', 'the state on this date, YYYY-MM-DD')
    .option('--json', 'print JSON')
    .action((o: { draft?: string; asOf?: string; json?: boolean }) =>
      withServices(io, async (s) => {
        const status = await read(s, owner, 'status', (ctx) => getStatus(ctx, o));
        if (o.json) return printJson(io, status ?? null);
        if (!status)
          return io.out(
            'no drafts yet: import one with `parley draft import FILE --label L`, or run `parley demo`',
          );
        io.out(`${renderStatus(status, io.color)}\n`);
      }),
    );
}
