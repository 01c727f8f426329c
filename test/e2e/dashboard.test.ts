// Journey: a negotiator opens Parley on the Geneva 2025 demo and reads where it stands —
// the dashboard, then a provision in the draft reader.
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

describe.skipIf(skipBrowser)('dashboard of the demo', () => {
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

  it('shows the negotiation, its progress, blockers, deadlines and latest events', async () => {
    await page.getByRole('heading', { level: 1, name: /Geneva 2025/ }).waitFor();
    await page.locator('.chart svg path.area-agreed').waitFor();
    const counts = page.locator('.counts');
    await expect(counts.locator('.state-agreed dd').textContent()).resolves.toMatch(/^\d+$/);
    const blockers = page.getByRole('table').filter({ hasText: 'Blocked by' });
    await expect(blockers.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(blockers.textContent()).resolves.toMatch(/Red line/);
    await expect(page.locator('.deadline').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#latest-heading ~ .event').count()).resolves.toBeGreaterThan(0);
    await page.locator('[data-live="live"]').waitFor();
    await screenshot(page, 'dashboard');
    expect(appErrors(page)).toEqual([]);
  });

  it('follows a blocker into the draft reader, with every party’s stance beside the provision', async () => {
    const link = page.getByRole('table').filter({ hasText: 'Blocked by' }).locator('tbody th a').first();
    await link.click();
    await page.waitForURL(/#\/drafts\/[^?]+\?at=/);
    const focused = page.locator('li.provision:focus');
    await focused.waitFor();
    await expect(focused.locator('.provision-stances .badge').count()).resolves.toBeGreaterThan(1);
    await expect(page.locator('li.provision').count()).resolves.toBeGreaterThan(5);
    await screenshot(page, 'draft-reader', { fullPage: false });
    expect(appErrors(page)).toEqual([]);
  });

  it('reads on a tablet', async () => {
    const tablet = await openPage(browser, `${app.url}#/matrix`, { width: 820, height: 1180 });
    await tablet.locator('table.matrix tbody tr').first().waitFor();
    await tablet.goto(`${app.url}#/`);
    await tablet.locator('.chart svg').waitFor();
    const overflow = await tablet.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(tablet, 'dashboard-tablet');
  });
});
