// `parley position set|list|history`.
import type { Command } from 'commander';
import { positionsHistory, positionsList, positionsSet } from '../../app/positions.ts';
import type { Position } from '../../contract/positions.ts';
import type { Io } from '../io.ts';
import { printList } from '../output.ts';
import { runCommand } from '../run.ts';

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
    .action(async (o: Record<string, string | undefined>) => {
      // Without --as-of the stance is dated by the day it is recorded.
      const p = await runCommand(io, positionsSet, o);
      io.out(`recorded: ${p.party} ${p.stance} on ${p.draft} §${p.provision} as of ${p.asOf}`);
    });
  position
    .command('list')
    .description('every recorded stance, superseded ones included')
    .option('--party <party>', 'only this party')
    .option('--draft <draft>', 'only stances given on this draft')
    .option('--provision <number>', 'only this provision (with --draft)')
    .option('--json', 'print JSON')
    .action(
      async ({ json, ...o }: { party?: string; draft?: string; provision?: string; json?: boolean }) => {
        const positions = await runCommand(io, positionsList, o);
        printList(io, positions, json, columns, 'no positions recorded');
      },
    );
  position
    .command('history')
    .description("a provision's stances across drafts, oldest first")
    .requiredOption('--draft <draft>', 'draft id')
    .requiredOption('--provision <number>', 'provision number or path')
    .option('--party <party>', 'only this party')
    .option('--json', 'print JSON')
    .action(async ({ json, ...o }: { draft: string; provision: string; party?: string; json?: boolean }) => {
      const positions = await runCommand(io, positionsHistory, o);
      printList(io, positions, json, columns, 'no positions on this provision yet');
    });
}
