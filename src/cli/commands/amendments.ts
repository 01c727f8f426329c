// `parley amendment propose|list|show|history|withdraw|share|decide`: parties' proposed wordings
// on provisions, as the local owner (who records them for a party and settles them).
import type { Command } from 'commander';
import {
  amendmentsHistory,
  amendmentsList,
  amendmentsShow,
  decideAmendment,
  proposeAmendment,
  shareAmendment,
  withdrawAmendment,
} from '../../app/amendments.ts';
import type { Amendment, AmendmentKind } from '../../contract/amendments.ts';
import { ParleyError } from '../../core/errors.ts';
import type { Io } from '../io.ts';
import { printJson, printList } from '../output.ts';
import { runCommand } from '../run.ts';

const columns: [string, (a: Amendment) => string | undefined][] = [
  ['ID', (a) => a.id],
  ['PARTY', (a) => a.party],
  ['DRAFT', (a) => a.draft],
  ['PROV', (a) => a.number],
  ['KIND', (a) => a.kind],
  ['STATE', (a) => a.state.replace(/_/g, ' ')],
  ['TEXT', (a) => a.text ?? a.note],
];

/** One line per amendment for a person: what, on which provision, in which state. */
const described = (a: Amendment) =>
  `${a.id}: ${a.party} ${a.kind} on ${a.draft} §${a.number} (${a.state.replace(/_/g, ' ')})`;

interface ProposeFlags {
  party: string;
  draft: string;
  provision?: string;
  after?: string;
  replace?: string;
  delete?: boolean;
  insertAfter?: string;
  new?: string;
  note?: string;
  share?: boolean;
  json?: boolean;
}

const KIND_FLAGS = '--replace TEXT, --delete, --insert-after TEXT or --new TEXT';

/** The kind and words the flags ask for. Throws `invalid_input` unless exactly one kind is given. */
function kindOf(o: ProposeFlags): { kind: AmendmentKind; text?: string | undefined; flag: string } {
  const given = [
    o.replace !== undefined && { kind: 'replace' as const, text: o.replace, flag: '--replace' },
    o.delete && { kind: 'delete' as const, flag: '--delete' },
    o.insertAfter !== undefined && {
      kind: 'insert-after' as const,
      text: o.insertAfter,
      flag: '--insert-after',
    },
    o.new !== undefined && { kind: 'new' as const, text: o.new, flag: '--new' },
  ].filter((k) => k !== false && k !== undefined);
  const [only] = given;
  if (given.length === 1 && only) return only;
  const message =
    given.length === 0 ? `say what the amendment does: ${KIND_FLAGS}` : `give only one of ${KIND_FLAGS}`;
  throw new ParleyError('invalid_input', message, { field: 'kind' });
}

/** The provision amended, or for a new one the provision it goes after. Throws `invalid_input`. */
function anchorOf(o: ProposeFlags, kind: AmendmentKind): string {
  if (o.provision !== undefined && o.after !== undefined && o.provision !== o.after) {
    throw new ParleyError('invalid_input', '--provision and --after name different provisions: give one', {
      field: 'provision',
    });
  }
  const anchor = o.provision ?? o.after;
  if (anchor !== undefined) return anchor;
  const message =
    kind === 'new'
      ? '--after: name the provision the new one goes after (its number or path)'
      : '--provision: name the provision amended (its number or path)';
  throw new ParleyError('invalid_input', message, { field: 'provision' });
}

export function registerAmendments(program: Command, io: Io): void {
  const amendment = program.command('amendment').description("parties' proposed wordings on provisions");
  amendment
    .command('propose')
    .description(
      'propose a party\'s amendment, e.g. parley amendment propose --party north --draft v2 --provision 3 --replace "Quotas are set jointly."',
    )
    .requiredOption('--party <party>', 'party id, name or alias (its own, for a delegate)')
    .requiredOption('--draft <draft>', 'draft id')
    .option('--provision <number>', 'provision number or path in that draft')
    .option('--replace <text>', 'new wording for the provision')
    .option('--delete', 'strike the provision')
    .option('--insert-after <text>', "words added after the provision's text")
    .option('--new <text>', 'a new provision (placed after --after)')
    .option('--after <number>', 'for --new: the provision it goes after')
    .option('--note <text>', 'why, for the other parties and the secretariat')
    .option('--share', 'show it to every party that holds the provision (default: own party and secretariat)')
    .option('--json', 'print JSON')
    .action(async (o: ProposeFlags) => {
      const { kind, text, flag } = kindOf(o);
      const input = {
        party: o.party,
        draft: o.draft,
        provision: anchorOf(o, kind),
        kind,
        ...(text !== undefined ? { text } : {}),
        ...(o.note !== undefined ? { note: o.note } : {}),
        ...(o.share ? { shared: true } : {}),
      };
      const proposed = await runCommand(io, proposeAmendment, input, {
        flags: { text: flag, kind: flag, shared: '--share' },
      });
      if (o.json) printJson(io, proposed);
      else io.out(`proposed ${described(proposed)}`);
    });
  amendment
    .command('list')
    .description("a draft's amendments, oldest first")
    .requiredOption('--draft <draft>', 'draft id')
    .option('--party <party>', 'only this party')
    .option('--provision <number>', 'only this provision')
    .option('--state <state>', 'only this state: proposed | withdrawn | taken | taken_in_part | rejected')
    .option('--json', 'print JSON')
    .action(
      async ({
        json,
        ...o
      }: {
        draft: string;
        party?: string;
        provision?: string;
        state?: string;
        json?: boolean;
      }) => {
        const found = await runCommand(io, amendmentsList, o);
        printList(io, found, json, columns, 'no amendments on this draft');
      },
    );
  amendment
    .command('history')
    .description("the amendments on a provision's lineage, across drafts")
    .requiredOption('--draft <draft>', 'draft id')
    .requiredOption('--provision <number>', 'provision number or path')
    .option('--party <party>', 'only this party')
    .option('--json', 'print JSON')
    .action(async ({ json, ...o }: { draft: string; provision: string; party?: string; json?: boolean }) => {
      const found = await runCommand(io, amendmentsHistory, o);
      printList(io, found, json, columns, 'no amendments on this provision yet');
    });
  amendment
    .command('show <id>')
    .description('one amendment')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { json?: boolean }) => {
      const found = await runCommand(io, amendmentsShow, { amendment: id }, { positional: ['amendment'] });
      if (o.json) printJson(io, found);
      else {
        io.out(described(found));
        if (found.text) io.out(found.text);
        if (found.note) io.out(`note: ${found.note}`);
      }
    });
  amendment
    .command('withdraw <id>')
    .description('withdraw a proposed amendment')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { json?: boolean }) => {
      const done = await runCommand(io, withdrawAmendment, { amendment: id }, { positional: ['amendment'] });
      if (o.json) printJson(io, done);
      else io.out(`withdrawn ${described(done)}`);
    });
  amendment
    .command('share <id>')
    .description('show a proposed amendment to more parties (its own party, or the secretariat); only widens')
    .requiredOption('--with <party...>', 'the parties to show it to; each must hold the provision')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { with: string[]; json?: boolean }) => {
      const done = await runCommand(
        io,
        shareAmendment,
        { amendment: id, parties: o.with },
        { positional: ['amendment'], flags: { parties: '--with' } },
      );
      if (o.json) printJson(io, done);
      else
        io.out(
          `shared ${described(done)} with ${done.shared ? 'every party holding it' : (done.sharedWith ?? []).join(', ')}`,
        );
    });
  amendment
    .command('decide <id>')
    .description('settle a proposed amendment (the secretariat): taken, taken in part, or rejected')
    .requiredOption('--state <state>', 'taken | taken_in_part | rejected')
    .option('--note <text>', 'why')
    .option('--json', 'print JSON')
    .action(async (id: string, o: { state: string; note?: string; json?: boolean }) => {
      const input = { amendment: id, state: o.state, ...(o.note !== undefined ? { note: o.note } : {}) };
      const done = await runCommand(io, decideAmendment, input, { positional: ['amendment'] });
      if (o.json) printJson(io, done);
      else io.out(`settled ${described(done)}`);
    });
}
