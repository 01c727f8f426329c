// `parley party|person|track add|list`.
import type { Command } from 'commander';
import { addParty, addPerson, addTrack, listParties, listPeople, listTracks } from '../../app/roster.ts';
import type { Io } from '../io.ts';
import { list, printList } from '../output.ts';
import { runCommand } from '../run.ts';

const positional = ['id'];

export function registerRoster(program: Command, io: Io): void {
  const party = program.command('party').description('parties at the table');
  party
    .command('add <id>')
    .description(
      'add a party, e.g. parley party add ukraine --name Ukraine --role principal --aliases Kyiv,Kiev',
    )
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', 'mediator | principal | guarantor | observer')
    .option('--aliases <list>', 'comma-separated other names (Kremlin,Moscow)')
    .action(async (id: string, o: { name: string; role: string; aliases?: string }) => {
      const input = { id, name: o.name, role: o.role, aliases: list(o.aliases) };
      const p = await runCommand(io, addParty, input, { positional });
      io.out(`added party ${p.id} (${p.name}, ${p.role})`);
    });
  party
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const parties = await runCommand(io, listParties, {});
      printList(
        io,
        parties,
        o.json,
        [
          ['ID', (p) => p.id],
          ['NAME', (p) => p.name],
          ['ROLE', (p) => p.role],
          ['ALIASES', (p) => p.aliases.join(', ')],
        ],
        'no parties yet: add one with `parley party add`',
      );
    });

  const person = program.command('person').description('people: delegates, envoys, spokespeople');
  person
    .command('add <id>')
    .description(
      'add a person, e.g. parley person add rubio --name "Marco Rubio" --office "Secretary of State" --party us',
    )
    .requiredOption('--name <name>', 'full name')
    .option('--office <office>', 'office held')
    .option('--party <party>', 'party id, name or alias')
    .option('--aliases <list>', 'comma-separated other names')
    .action(async (id: string, o: { name: string; office?: string; party?: string; aliases?: string }) => {
      const input = { id, name: o.name, office: o.office, party: o.party, aliases: list(o.aliases) };
      const p = await runCommand(io, addPerson, input, { positional });
      io.out(`added person ${p.id} (${p.name}${p.party ? `, ${p.party}` : ''})`);
    });
  person
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const people = await runCommand(io, listPeople, {});
      printList(
        io,
        people,
        o.json,
        [
          ['ID', (p) => p.id],
          ['NAME', (p) => p.name],
          ['PARTY', (p) => p.party],
          ['OFFICE', (p) => p.office],
        ],
        'no people yet: add one with `parley person add`',
      );
    });

  const track = program.command('track').description('tracks: provisions negotiated by a subset of parties');
  track
    .command('add <id>')
    .description(
      'add a track, e.g. parley track add europe-nato --name "Europe/NATO" --parties us,ukraine,eu',
    )
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--parties <list>', 'comma-separated member parties')
    .option('--description <text>', 'what the track covers')
    .action(async (id: string, o: { name: string; parties: string; description?: string }) => {
      const input = { id, name: o.name, parties: list(o.parties), description: o.description };
      const t = await runCommand(io, addTrack, input, { positional });
      io.out(`added track ${t.id} (${t.parties.join(', ')})`);
    });
  track
    .command('list')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const tracks = await runCommand(io, listTracks, {});
      printList(
        io,
        tracks,
        o.json,
        [
          ['ID', (t) => t.id],
          ['NAME', (t) => t.name],
          ['PARTIES', (t) => t.parties.join(', ')],
        ],
        'no tracks yet: add one with `parley track add`',
      );
    });
}
