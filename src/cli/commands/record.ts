// `parley init`, `parley event add|list`, `parley source add|list`.
import type { Command } from 'commander';
import { read, write } from '../../app/context.ts';
import { addEvent, addSource, initNegotiation, listEvents, listSources } from '../../app/record.ts';
import { owner } from '../../core/actor.ts';
import type { Io } from '../io.ts';
import { list, printList } from '../output.ts';
import { homeOf, withServices } from '../session.ts';

export function registerRecord(program: Command, io: Io): void {
  program
    .command('init')
    .description('start a negotiation in this home (PARLEY_HOME, default ./.parley)')
    .requiredOption('--title <title>', 'title of the negotiation')
    .option('--description <text>', 'what it is about')
    .action((o: { title: string; description?: string }) =>
      withServices(io, async (s) => {
        await write(s, owner, 'negotiation', (ctx) => initNegotiation(ctx, o));
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
    .action((id: string, o: Record<string, string | undefined>) =>
      withServices(io, async (s) => {
        const e = await write(s, owner, 'event', (ctx) =>
          addEvent(ctx, { ...o, id, participants: list(o.participants), sources: list(o.sources) }),
        );
        io.out(`added event ${e.id} (${e.kind}, ${e.date})`);
      }),
    );
  event
    .command('list')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      withServices(io, async (s) => {
        const events = await read(s, owner, 'event', listEvents);
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
      }),
    );

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
    .action((id: string, o: Record<string, string | undefined>) =>
      withServices(io, async (s) => {
        const src = await write(s, owner, 'source', (ctx) => addSource(ctx, { ...o, id }));
        io.out(`added source ${src.id} (${src.outlet}, ${src.date})`);
      }),
    );
  source
    .command('list')
    .option('--json', 'print JSON')
    .action((o: { json?: boolean }) =>
      withServices(io, async (s) => {
        const sources = await read(s, owner, 'source', listSources);
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
      }),
    );
}
