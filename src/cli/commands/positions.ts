// `parley position set|list|history`.
import type { Command } from 'commander';
import { read, write } from '../../app/context.ts';
import { listPositions, positionHistory, setPosition } from '../../app/positions.ts';
import { owner } from '../../core/actor.ts';
import type { Position } from '../../core/model.ts';
import type { Io } from '../io.ts';
import { printList } from '../output.ts';
import { withServices } from '../session.ts';

const columns: [string, (p: Position) => string | undefined][] = [
  ['AS OF', (p) => p.asOf],
  ['PARTY', (p) => p.party],
  ['DRAFT', (p) => p.draft],
  ['PROV', (p) => p.provision],
  ['STANCE', (p) => p.stance],
  ['SOURCE', (p) => p.source],
  ['NOTE', (p) => p.wording ?? p.note],
];

export function registerPositions(program: Command, io: Io): void {
  const position = program.command('position').description("parties' stances on provisions");
  position
    .command('set')
    .description(
      'record a stance, e.g. parley position set --party Kyiv --draft geneva-revision --provision 3 --stance reject --as-of 2025-11-24',
    )
    .requiredOption('--party <party>', 'party id, name or alias')
    .requiredOption('--draft <draft>', 'draft id')
    .requiredOption('--provision <number>', 'provision number or path in that draft')
    .requiredOption('--stance <stance>', 'accept | reservations | amend | reject | red_line | unknown')
    .option('--as-of <date>', 'date the stance was taken, YYYY-MM-DD (default: today)')
    .option('--wording <text>', 'proposed wording (for amend)')
    .option('--note <text>', 'a note')
    .option('--source <source>', 'source id that reports it')
    .action((o: Record<string, string | undefined>) =>
      withServices(io, async (s) => {
        const p = await write(s, owner, 'position', (ctx) =>
          setPosition(ctx, { ...o, asOf: o.asOf ?? ctx.now.slice(0, 10) }),
        );
        io.out(`recorded: ${p.party} ${p.stance} on ${p.draft} §${p.provision} as of ${p.asOf}`);
      }),
    );
  position
    .command('list')
    .description('every recorded stance, superseded ones included')
    .option('--party <party>', 'only this party')
    .option('--draft <draft>', 'only stances given on this draft')
    .option('--provision <number>', 'only this provision (with --draft)')
    .option('--json', 'print JSON')
    .action((o: { party?: string; draft?: string; provision?: string; json?: boolean }) =>
      withServices(io, async (s) => {
        const positions = await read(s, owner, 'position', (ctx) => listPositions(ctx, o));
        printList(io, positions, o.json, columns, 'no positions recorded');
      }),
    );
  position
    .command('history')
    .description("a provision's stances across drafts, oldest first")
    .requiredOption('--draft <draft>', 'draft id')
    .requiredOption('--provision <number>', 'provision number or path')
    .option('--party <party>', 'only this party')
    .option('--json', 'print JSON')
    .action((o: { draft: string; provision: string; party?: string; json?: boolean }) =>
      withServices(io, async (s) => {
        const positions = await read(s, owner, 'position', (ctx) => positionHistory(ctx, o));
        printList(io, positions, o.json, columns, 'no positions on this provision yet');
      }),
    );
}
