// `parley init`, `parley event add|list`, `parley source add|list`.
import type { Command } from 'commander';
import { addEvent, listEvents } from '../../app/events.ts';
import { initNegotiation } from '../../app/negotiation.ts';
import { addSource, listSources } from '../../app/sources.ts';
import { runUseCase } from '../../app/useCase.ts';
import { owner } from '../../core/actor.ts';
import type { Io } from '../io.ts';
import { list, printList } from '../output.ts';
import { inCliTerms, runCommand } from '../run.ts';
import { homeOf, withServices } from '../session.ts';

const positional = ['id'];

export function registerRecord(program: Command, io: Io): void {
  program
    .command('init')
    .description('start a negotiation in this home (PARLEY_HOME, default ./.parley)')
    .requiredOption('--title <title>', 'title of the negotiation')
    .option('--description <text>', 'what it is about')
    .action((o: { title: string; description?: string }) =>
      withServices(io, async (s) => {
        await runUseCase(s, owner, initNegotiation, o).catch((error: unknown) => {
          throw inCliTerms(error);
        });
        io.out(`started "${o.title}" in ${s.store.kind === 'pglite' ? homeOf(io) : s.store.location}`);
      }),
    );

  const event = program.command('event').description('dated events: meetings, calls, deadlines');
  event
    .command('add <id>')
    .description(
      'add an event, e.g. parley event add geneva-talks --kind talks --title "Talks in Geneva" --date 2025-11-23',
    )
    .requiredOption(
      '--kind <kind>',
      'meeting | call | talks | summit | visit | statement | readout | deadline | leak | signature | other',
    )
    .requiredOption('--title <title>', 'what happened')
    .requiredOption('--date <date>', 'YYYY-MM-DD')
    .option('--end-date <date>', 'last day, for multi-day events')
    .option('--place <place>', 'where')
    .option('--status <status>', 'held | planned | moved | cancelled', 'held')
    .option('--participants <list>', 'comma-separated party or person ids')
    .option('--sources <list>', 'comma-separated source ids')
    .option('--replaces <event>', 'the event this one replaces (a moved deadline)')
    .option('--note <text>', 'a note')
    .action(async (id: string, o: Record<string, string | undefined>) => {
      const input = { ...o, id, participants: list(o.participants), sources: list(o.sources) };
      const e = await runCommand(io, addEvent, input, { positional });
      io.out(`added event ${e.id} (${e.kind}, ${e.date})`);
    });
  event
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const events = await runCommand(io, listEvents, {});
      printList(
        io,
        events,
        o.json,
        [
          ['DATE', (e) => e.date],
          ['ID', (e) => e.id],
          ['KIND', (e) => e.kind],
          ['STATUS', (e) => e.status],
          ['TITLE', (e) => e.title],
          ['PLACE', (e) => e.place],
        ],
        'no events yet: add one with `parley event add`',
      );
    });

  const source = program.command('source').description('source documents: articles, readouts, statements');
  source
    .command('add <id>')
    .description(
      'add a source, e.g. parley source add bbc-2025-11-26 --title "..." --outlet "BBC News" --date 2025-11-26',
    )
    .requiredOption('--title <title>', 'title')
    .requiredOption('--outlet <outlet>', 'who published it')
    .requiredOption('--date <date>', 'publication date, YYYY-MM-DD')
    .option('--kind <kind>', 'article | readout | transcript | statement | post | document', 'article')
    .option('--url <url>', 'where it was found')
    .option('--author <author>', 'byline')
    .option('--reliability <level>', 'high | medium | low | unknown', 'unknown')
    .action(async (id: string, o: Record<string, string | undefined>) => {
      const src = await runCommand(io, addSource, { ...o, id }, { positional });
      io.out(`added source ${src.id} (${src.outlet}, ${src.date})`);
    });
  source
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const sources = await runCommand(io, listSources, {});
      printList(
        io,
        sources,
        o.json,
        [
          ['DATE', (x) => x.date],
          ['ID', (x) => x.id],
          ['OUTLET', (x) => x.outlet],
          ['RELIABILITY', (x) => x.reliability],
          ['TITLE', (x) => x.title],
        ],
        'no sources yet: add one with `parley source add`',
      );
    });
}
