// Whether this run drives the browser journeys (test/e2e), decided once from the machine:
// they need Debian's Chromium, which `npm ci` cannot install. Without it they are skipped
// and the run says so in one line; under CI they always run, so a missing Chromium fails
// there instead of passing unseen.
import { existsSync } from 'node:fs';

export type Env = Readonly<Record<string, string | undefined>>;

/** Where the journeys look for Chromium: `PARLEY_CHROMIUM`, else Debian's path. */
export const chromiumPathIn = (env: Env): string => env.PARLEY_CHROMIUM || '/usr/bin/chromium';

const isCi = (env: Env) => Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';

export type BrowserPlan = { run: true; chromium: string } | { run: false; chromium: string; why: string };

/** Runs the journeys, or says in one line why not and what to install. */
export function browserPlan(
  env: Env = process.env,
  exists: (file: string) => boolean = existsSync,
): BrowserPlan {
  const chromium = chromiumPathIn(env);
  if (isCi(env)) return { run: true, chromium };
  if (env.PARLEY_SKIP_BROWSER === '1') {
    return { run: false, chromium, why: 'browser journeys skipped: PARLEY_SKIP_BROWSER=1' };
  }
  if (!exists(chromium)) {
    return {
      run: false,
      chromium,
      why:
        `browser journeys skipped: Chromium not found at ${chromium}; install it with ` +
        '`apt-get install chromium` (or point PARLEY_CHROMIUM at one) to run them (CI does)',
    };
  }
  return { run: true, chromium };
}
