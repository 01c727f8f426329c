// Runs the real CLI in-process on a given home and captures what it prints.
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function runCli(
  home: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await main(['node', 'parley', ...args], {
    out: (s) => {
      out += s.endsWith('\n') ? s : `${s}\n`;
    },
    err: (s) => {
      err += s.endsWith('\n') ? s : `${s}\n`;
    },
    color: false,
    env: { PARLEY_HOME: home, ...env },
    cwd: process.cwd(),
  });
  return { code, out, err };
}
