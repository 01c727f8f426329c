// The command tree. Each command group lives in its own module under commands/.
import { Command } from 'commander';
import { registerAccounts } from './commands/accounts.ts';
import { registerAudit } from './commands/audit.ts';
import { registerBundle } from './commands/bundle.ts';
import { registerCirculation } from './commands/circulation.ts';
import { registerCompare } from './commands/compare.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDrafts } from './commands/drafts.ts';
import { registerEvidence } from './commands/evidence.ts';
import { registerPositions } from './commands/positions.ts';
import { registerRecord } from './commands/record.ts';
import { registerRoster } from './commands/roster.ts';
import { registerServe } from './commands/serve.ts';
import { registerSign } from './commands/sign.ts';
import { registerStatus } from './commands/status.ts';
import type { Io } from './io.ts';

export function buildProgram(io: Io): Command {
  const program = new Command('parley')
    .description('Parley — the negotiating table as software')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .showHelpAfterError('(run with --help for usage)');
  for (const register of [
    registerRoster,
    registerDrafts,
    registerPositions,
    registerRecord,
    registerStatus,
    registerBundle,
    registerDemo,
    registerServe,
    registerEvidence,
    registerCompare,
    registerAudit,
    registerAccounts,
    registerCirculation,
    registerSign,
  ]) {
    register(program, io);
  }
  return program;
}
