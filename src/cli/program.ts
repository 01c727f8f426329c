// The command tree, loaded by need: a command's module (and what it imports: the database,
// the server, the PDF and language libraries) is imported only when that command runs, so
// `parley --version` and `parley --help` load almost nothing. The catalogue below is what
// `parley --help` lists; test/cli/program.test.ts checks it against the modules.
import { Command, Help } from 'commander';
import type { Io } from './io.ts';

type Register = (program: Command, io: Io) => void;

/**
 * A module of commands, and the top-level commands it adds: each as `parley --help` lists
 * it (name, `[options]` when it has some, arguments) with its one-line summary.
 */
export interface CommandGroup {
  load: () => Promise<Register>;
  commands: Record<string, string>;
}

const nameOf = (term: string) => term.split(' ')[0] ?? term;

const roster: CommandGroup = {
  load: async () => (await import('./commands/roster.ts')).registerRoster,
  commands: {
    party: 'parties at the table',
    person: 'people: delegates, envoys, spokespeople',
    track: 'tracks: provisions negotiated by a subset of parties',
  },
};
const drafts: CommandGroup = {
  load: async () => (await import('./commands/drafts.ts')).registerDrafts,
  commands: { draft: 'drafts: immutable versions of the text' },
};
const positions: CommandGroup = {
  load: async () => (await import('./commands/positions.ts')).registerPositions,
  commands: { position: "parties' stances on provisions" },
};
const amendments: CommandGroup = {
  load: async () => (await import('./commands/amendments.ts')).registerAmendments,
  commands: { amendment: "parties' proposed wordings on provisions" },
};
const record: CommandGroup = {
  load: async () => (await import('./commands/record.ts')).registerRecord,
  commands: {
    'init [options]': 'start a negotiation in this home (PARLEY_HOME, default ./.parley)',
    event: 'dated events: meetings, calls, deadlines',
    source: 'source documents: articles, readouts, statements',
  },
};
const status: CommandGroup = {
  load: async () => (await import('./commands/status.ts')).registerStatus,
  commands: { 'status [options]': "each provision, each party's latest stance, consensus and progress" },
};
const bundle: CommandGroup = {
  load: async () => (await import('./commands/bundle.ts')).registerBundle,
  commands: {
    'export [options]': 'write the whole negotiation as one JSON bundle (stdout, or -o FILE)',
    'import <file>': 'load a bundle written by `parley export` into an empty home',
  },
};
const demo: CommandGroup = {
  load: async () => (await import('./commands/demo.ts')).registerDemo,
  commands: {
    'demo [options]': 'load the Geneva 2025 scenario into this home and print its status',
    'start [options]': 'load the demo if this home is empty, print the status, then serve it',
  },
};
const serve: CommandGroup = {
  load: async () => (await import('./commands/serve.ts')).registerServe,
  commands: { 'serve [options]': 'serve the HTTP API, the live channel and the web app' },
};
const evidence: CommandGroup = {
  load: async () => (await import('./commands/evidence.ts')).registerEvidence,
  commands: {
    'ingest [options] <paths...>':
      'ingest news articles, readouts and statements (.txt, .md with front matter, .html) as sources with suggested claims',
    claims: 'claims extracted from sources, for review',
    'contradictions [options]': 'passages of different sources that cannot both be true, side by side',
  },
};
const compare: CommandGroup = {
  load: async () => (await import('./commands/compare.ts')).registerCompare,
  commands: {
    'diff [options] <from> <to>': 'compare two drafts: stored draft ids, or two files (no workspace needed)',
    lineage: "provisions' identity across drafts",
  },
};
const profile: CommandGroup = {
  load: async () => (await import('./commands/profile.ts')).registerProfile,
  commands: { profile: "a party's private preferences over a draft's provisions (package deals)" },
};
const audit: CommandGroup = {
  load: async () => (await import('./commands/audit.ts')).registerAudit,
  commands: { audit: 'the tamper-evident audit log' },
};
const accounts: CommandGroup = {
  load: async () => (await import('./commands/accounts.ts')).registerAccounts,
  commands: { user: 'accounts: secretariat, delegates, analysts, admins', token: 'API tokens' },
};
const circulation: CommandGroup = {
  load: async () => (await import('./commands/circulation.ts')).registerCirculation,
  commands: {
    'circulate [options] <draft>':
      "give a party a draft (or only a summary) and write the party's fingerprinted copy",
    circulation: 'circulations',
    'trace [options] <file>':
      'name the recipient whose copy a leaked text came from, or say it is inconclusive',
  },
};
const sign: CommandGroup = {
  load: async () => (await import('./commands/sign.ts')).registerSign,
  commands: {
    'sign [options] [draft]': 'signing plans and signatures',
    'verify [options] <bundle>':
      'verify a signed bundle offline (no database): signatures, order, text, and keys pinned with --trust',
  },
};
const deal: CommandGroup = {
  load: async () => (await import('./commands/deal.ts')).registerDeal,
  commands: {
    deal: "package deals from a JSON file: Adjusted Winner, a rule's package, the frontier, blockers, fewest concessions",
  },
};

/** In the order `parley --help` lists them. */
export const catalogue: readonly CommandGroup[] = [
  roster,
  drafts,
  positions,
  amendments,
  record,
  status,
  bundle,
  demo,
  serve,
  evidence,
  compare,
  audit,
  accounts,
  circulation,
  sign,
  deal,
  profile,
];

/** The drafting desk: `parley draft compose` and `parley draft columns`. */
const desk: CommandGroup = {
  load: async () => (await import('./commands/desk.ts')).registerDesk,
  commands: {},
};

/** Groups that add subcommands to another group's command (`parley draft finalize`). */
const extending = new Map<string, CommandGroup[]>([['draft', [sign, desk]]]);

/**
 * The top-level command `argv` asks for: its first argument (`help X` asks for X). The
 * program's own options (`--help`, `--version`) come first when given and end the run.
 */
function requested(argv: string[]): string | undefined {
  const [first, second] = argv.slice(2);
  if (first === 'help') return second;
  return first?.startsWith('-') ? undefined : first;
}

/**
 * The program for `argv`: the requested command's module registered in full, or, when no
 * known command is asked for (`--help`, `--version`, a typo), every command as a summary.
 */
export async function buildProgram(io: Io, argv: string[]): Promise<Command> {
  const program = new Command('parley')
    .description('Parley — the negotiating table as software')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run with --help for usage)');
  const name = requested(argv);
  const owner = catalogue.find((g) => Object.keys(g.commands).some((term) => nameOf(term) === name));
  if (owner && name) {
    for (const group of [owner, ...(extending.get(name) ?? [])]) (await group.load())(program, io);
    return program;
  }
  const terms = new Map<Command, string>();
  for (const group of catalogue) {
    for (const [term, summary] of Object.entries(group.commands)) {
      terms.set(program.command(nameOf(term)).description(summary), term);
    }
  }
  const help = new Help();
  program.configureHelp({ subcommandTerm: (command) => terms.get(command) ?? help.subcommandTerm(command) });
  return program;
}
