// `parley user add|list` and `parley token add`: accounts with roles, and API tokens
// shown once (only their SHA-256 is kept).
import type { Command } from 'commander';
import { addToken, addUser, listUsers } from '../../app/accounts.ts';
import { ParleyError } from '../../core/errors.ts';
import { type Io, readStdin } from '../io.ts';
import { printList } from '../output.ts';
import { runCommand } from '../run.ts';

type UserOptions = { name: string; role: string; party?: string; passwordStdin?: boolean };

export function registerAccounts(program: Command, io: Io): void {
  const user = program.command('user').description('accounts: secretariat, delegates, analysts, admins');
  user
    .command('add <id>')
    .description('add an account (password from stdin with --password-stdin, else PARLEY_PASSWORD)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', 'secretariat | delegate | analyst | admin')
    .option('--party <party>', 'the party a delegate speaks for')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .action(async (id: string, o: UserOptions) => {
      const password = o.passwordStdin ? readStdin(io).split('\n')[0]! : io.env.PARLEY_PASSWORD;
      if (!password) {
        throw new ParleyError(
          'invalid_input',
          `user '${id}': give a password with --password-stdin (or PARLEY_PASSWORD)`,
        );
      }
      const input = { id, name: o.name, role: o.role, party: o.party, password };
      const u = await runCommand(io, addUser, input, {
        positional: ['id'],
        flags: { password: 'the password (--password-stdin or PARLEY_PASSWORD)' },
      });
      io.out(`added ${u.role} ${u.id}${u.party ? ` (${u.party})` : ''}`);
    });
  user
    .command('list')
    .description('list accounts')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const users = await runCommand(io, listUsers, {});
      printList(
        io,
        users,
        o.json,
        [
          ['ID', (u) => u.id],
          ['NAME', (u) => u.name],
          ['ROLE', (u) => u.role],
          ['PARTY', (u) => u.party],
        ],
        'no accounts yet: add one with `parley user add ID --name N --role R --password-stdin`',
      );
    });
  program
    .command('token')
    .description('API tokens')
    .command('add <user>')
    .description(
      'create an API token for a user and print it (the only time it is shown); acts with it are recorded as "owner for user:ID"',
    )
    .option('--label <label>', 'what the token is for')
    .action(async (userId: string, o: { label?: string }) => {
      const t = await runCommand(io, addToken, { user: userId, label: o.label }, { positional: ['user'] });
      io.out(t.token);
      io.err(`token for ${t.user}${t.label ? ` (${t.label})` : ''}: keep it now, it is not shown again`);
      // Minted here, not by the account: it acts for the account, never as it.
      if (t.mintedBy) io.err(`everything done with it is recorded as "${t.mintedBy} for user:${t.user}"`);
    });
}
