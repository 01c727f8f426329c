// Journey: the stance matrix of the demo — filter it by track, then slide "as of" back
// to watch the negotiation move.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appErrors,
  launchBrowser,
  openPage,
  type RunningApp,
  screenshot,
  skipBrowser,
  startApp,
} from './support/harness.ts';

describe.skipIf(skipBrowser)('stance matrix', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await openPage(browser, app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const rows = () => page.locator('table.matrix tbody tr');
  const badges = (kind: string) => page.locator(`table.matrix td.cell .badge.stance-${kind}`);

  it('shows parties × provisions, filterable by track', async () => {
    await page.getByRole('link', { name: 'Matrix' }).click();
    await rows().first().waitFor();
    const all = await rows().count();
    expect(all).toBeGreaterThan(10);
    await expect(page.locator('table.matrix thead th.party').count()).resolves.toBeGreaterThan(2);
    await expect(badges('red_line').count()).resolves.toBe(2);

    await page.getByLabel('Track').selectOption('europe-nato');
    await page.waitForURL(/track=europe-nato/);
    await expect.poll(() => rows().count()).toBeLessThan(all);
    await expect(page.locator('table.matrix thead').textContent()).resolves.toMatch(/NATO/);
    await page.getByLabel('Track').selectOption('');
    await expect.poll(() => rows().count()).toBe(all);
    expect(appErrors(page)).toEqual([]);
  });

  it('slides "as of" back to the first day a stance was taken', async () => {
    const now = await page.locator('table.matrix td.cell .badge:not(.stance-missing)').count();
    const slider = page.getByRole('slider');
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForURL(/asOf=2025-/);
    await expect.poll(() => page.locator('label[for="m-asof"]').textContent()).not.toMatch(/now/);
    await expect
      .poll(() => page.locator('table.matrix td.cell .badge:not(.stance-missing)').count())
      .toBeLessThan(now);
    await expect(badges('red_line').count()).resolves.toBe(0);

    // Two steps forward: an intermediate day, kept for the screenshot.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.url()).toMatch(/asOf=2025-11-2\d/);
    await page.locator('table.matrix tbody tr').first().waitFor();
    await screenshot(page, 'matrix');

    await page.keyboard.press('End');
    await expect.poll(() => page.url()).not.toMatch(/asOf=/);
    await expect
      .poll(() => page.locator('table.matrix td.cell .badge:not(.stance-missing)').count())
      .toBe(now);
    expect(appErrors(page)).toEqual([]);
  });
});
