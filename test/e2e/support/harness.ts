// The browser journeys' world: the real server (Fastify, PGlite from the test template,
// the Geneva 2025 demo loaded) on a free loopback port, serving the built web app, and
// Debian's Chromium driven by playwright-core. Nothing is mocked.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Services } from '../../../src/app/context.ts';
import { buildServer } from '../../../src/server/app.ts';
import { browserPlan } from '../../support/browser.ts';
import { openDemo } from './demoTemplate.ts';
import { ensureWebBuilt } from './webBuild.ts';

const plan = browserPlan();
export const chromiumPath = plan.chromium;
/** True without Chromium (outside CI): globalSetup has printed why, once for the run. */
export const skipBrowser = !plan.run;
const resultsDir = path.resolve('test-results');
/** Where the README's screenshots live; journeys refresh them when PARLEY_KEEP_SCREENSHOTS=1. */
export const docsScreenshots = path.resolve('docs/screenshots');
const keepScreenshots = process.env.PARLEY_KEEP_SCREENSHOTS === '1';

export interface RunningApp {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/** Builds web/dist if stale, then serves it with the demo loaded. */
export async function startApp(): Promise<RunningApp> {
  const webRoot = await ensureWebBuilt();
  const { store, services } = await openDemo();
  const app = buildServer({ services, webRoot });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    services,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * Launches Chromium headless; playwright gives each launch a fresh temporary profile.
 * Fails loudly, with the install command, when Chromium is absent (only reached under CI,
 * where the journeys are never skipped).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}; the browser journeys need it and CI never skips them: ` +
        'apt-get install chromium (or point PARLEY_CHROMIUM at one)',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const pageErrors = new WeakMap<Page, string[]>();

/** A page at a laptop's size (or the given one) that records uncaught errors of the app. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1366, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  pageErrors.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  return page;
}

/** Uncaught exceptions the page threw so far. */
export const appErrors = (page: Page): string[] => pageErrors.get(page) ?? [];

/**
 * Saves a screenshot as test-results/<name>.png: the whole page, or what the window shows.
 * A `keep` screenshot is one the docs show: with PARLEY_KEEP_SCREENSHOTS=1 (`npm run
 * screenshots`) it is also written to docs/screenshots/<name>.png.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; keep?: boolean } = {},
): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  if (options.keep && keepScreenshots) copyFileSync(file, path.join(docsScreenshots, `${name}.png`));
  return file;
}

/** Scrolls the first element matching `selector` to the middle of the window. */
export async function centre(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    `document.querySelector(${JSON.stringify(selector)}).scrollIntoView({ block: 'center' })`,
  );
}

/** What a journey sets up beyond the demo. */
export interface JourneyOptions {
  /** Adds to the served app (accounts, circulations, drafts) before the browser opens. */
  prepare?: (app: RunningApp) => Promise<void>;
  /** Where the first page opens, after the app's URL (e.g. `#/drafts`). */
  at?: string | undefined;
  /** Runs on the first page once it is open (sign in, listen for dialogs). */
  opened?: (page: Page) => Promise<void> | void;
}

/**
 * The usual journey setup for the enclosing describe: the demo served, one browser, one
 * page on the app. Read `app`, `browser` and `page` inside tests (they exist from beforeAll).
 */
export function demoJourney(options: JourneyOptions = {}): {
  readonly app: RunningApp;
  readonly browser: Browser;
  readonly page: Page;
} {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    app = await startApp();
    await options.prepare?.(app);
    browser = await launchBrowser();
    page = await openPage(browser, `${app.url}${options.at ?? ''}`);
    await options.opened?.(page);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the journey is not set up yet: read it inside a test');
    return value;
  };
  return {
    get app() {
      return ready(app);
    },
    get browser() {
      return ready(browser);
    },
    get page() {
      return ready(page);
    },
  };
}
