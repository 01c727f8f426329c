// `parley audit log` and `parley audit verify`: the tamper-evident record of every write.
import type { Command } from 'commander';
import { listAudit, verifyAudit } from '../../app/audit.ts';
import type { EntryRef, StateVerdict } from '../../app/stateProof.ts';
import { CliExit } from '../exitCodes.ts';
import type { Io } from '../io.ts';
import { printJson, printList } from '../output.ts';
import { runCommand } from '../run.ts';

/** Exit code of a failed verification: the log was tampered with (not a usage error). */
export const AUDIT_DAMAGED = 9;

export function registerAudit(program: Command, io: Io): void {
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('log')
    .description('the latest audit entries, oldest first')
    .option('--limit <n>', 'how many entries', '50')
    .option('--json', 'print JSON')
    .action(async (o: { limit: string; json?: boolean }) => {
      const lines = await runCommand(io, listAudit, { limit: o.limit });
      printList(
        io,
        lines,
        o.json,
        [
          ['SEQ', (l) => String(l.seq)],
          ['AT', (l) => l.at],
          ['ACTOR', (l) => l.actor],
          ['ACTION', (l) => l.action],
          ['SUBJECT', (l) => `${l.entity}:${l.entityId}`],
          ['HASH', (l) => l.hash?.slice(0, 12) ?? '(unsealed)'],
        ],
        'the audit log is empty',
      );
    });
  audit
    .command('verify')
    .description(
      'check every entry against the hash chain and the latest signed checkpoint, and the live tables against the log',
    )
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const verdict = await runCommand(io, verifyAudit, {});
      if (o.json) printJson(io, verdict);
      else if (verdict.ok) io.out(`audit log OK: ${verdict.message}`);
      else {
        const e = verdict.entry;
        const what = e ? ` — entry ${e.seq}: ${e.action} ${e.subject} by ${e.actor} at ${e.at}` : '';
        io.out(`audit log DAMAGED (${verdict.problem}): ${verdict.message}${what}`);
        if (verdict.state) for (const line of stateLines(verdict.state)) io.out(`  ${line}`);
      }
      if (!verdict.ok) throw new CliExit(AUDIT_DAMAGED);
    });
}

/** One line per row that differs from the log, then the altered or planted row lists. */
function stateLines(state: StateVerdict): string[] {
  const entry = (e: EntryRef) => `entry ${e.seq} (${e.action} ${e.subject} by ${e.actor} at ${e.at})`;
  const lines = state.differences.map(({ table, key, change, entry: e }) => {
    const row = `${table} ${key}: ${change}`;
    if (!e) return `${row}; no entry records it`;
    return change === 'changed' ? `${row} since ${entry(e)}` : `${row}; ${entry(e)} recorded it`;
  });
  if (state.more > 0) lines.push(`… and ${state.more} more rows`);
  for (const list of state.lists) {
    const what = list.problem === 'altered' ? 'its row list was altered' : 'a row list was planted under it';
    lines.push(`entry ${list.seq}: ${what}`);
  }
  return lines;
}
