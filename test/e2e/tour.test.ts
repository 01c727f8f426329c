// Journey: every view has a URL and renders the demo — timeline into a source, a party
// and a person, a provision's history, the compare view — driven by keyboard where a
// reader would use it.
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

describe.skipIf(skipBrowser)('a tour of the views', () => {
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

  it('timeline: events by month, and through to a source', async () => {
    await page.goto(`${app.url}#/timeline`);
    await page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    await expect(page.locator('article.event').count()).resolves.toBeGreaterThan(20);
    await screenshot(page, 'timeline', { fullPage: false });
    const source = page.locator('article.event .sources a').first();
    const name = await source.textContent();
    await source.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/sources\//);
    await page.getByRole('heading', { level: 2, name: 'Events it reports' }).waitFor();
    await expect(page.locator('.eyebrow').textContent()).resolves.toMatch(/Source/);
    expect(name).toMatch(/\d{4}/);
    await screenshot(page, 'source', { fullPage: false });
  });

  it('adds an event: a bad id is named beside its field, a good one lands in the timeline', async () => {
    await page.goto(`${app.url}#/timeline`);
    await page.getByRole('link', { name: 'Add an event' }).click();
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Id').fill('Round 3!');
    await form.getByLabel('Title').fill('Third round in Geneva');
    await form.getByLabel('Kind').selectOption('talks');
    await form.getByLabel('Date').fill('2025-11-30');
    await form.getByLabel('Place').fill('Geneva');
    await form.getByLabel('Participants').selectOption(['ukraine', 'us']);
    await form.getByRole('button', { name: 'Add event' }).click();
    const idError = form.locator('.field.has-error', { has: page.getByLabel('Id') }).locator('.field-error');
    await idError.waitFor();
    await expect(idError.textContent()).resolves.toMatch(/lowercase/);

    await form.getByLabel('Id').fill('round-3');
    await form.getByRole('button', { name: 'Add event' }).click();
    await page.waitForURL(/focus=round-3/);
    const added = page.locator('#event-round-3');
    await added.waitFor();
    await expect(added.textContent()).resolves.toMatch(/talks.*Geneva.*Third round in Geneva/);
    await expect(added.locator('.participants a').allTextContents()).resolves.toEqual([
      'Ukraine',
      'United States',
    ]);
  });

  it('party and person pages', async () => {
    await page.goto(`${app.url}#/parties/ukraine`);
    await page.getByRole('heading', { level: 1, name: 'Ukraine' }).waitFor();
    await page.locator('#pp-stances ~ ul li').first().waitFor();
    await screenshot(page, 'party', { fullPage: false });
    await page.locator('#pp-people ~ ul a').first().click();
    await page.waitForURL(/#\/people\//);
    // The hash changed before React rendered the new page: wait for it, don't read at once.
    await expect.poll(() => page.locator('.eyebrow').textContent()).toBe('Person');
    await page.getByRole('heading', { level: 2, name: 'Events' }).waitFor();
  });

  it('history of a provision and the compare view', async () => {
    await page.goto(`${app.url}#/history/geneva-revision/15`);
    await page.locator('table tbody tr').first().waitFor();
    await expect(page.locator('table').textContent()).resolves.toMatch(/Red line/);
    await page.goto(`${app.url}#/compare`);
    await expect.poll(() => page.getByLabel('Older draft').inputValue()).toBe('plan-28');
    await expect.poll(() => page.getByLabel('Newer draft').inputValue()).toBe('geneva-revision');
    await page.locator('table.compare tbody tr').first().waitFor();
    await expect(page.locator('table.compare tbody tr').count()).resolves.toBeGreaterThan(20);
    // The demo's revision states its lineage: those pairings win and are badged.
    await expect(page.locator('table.compare .pairing-overridden').first().textContent()).resolves.toBe(
      'set by a user',
    );
    await expect(page.locator('table.compare .pairing-confirmed').count()).resolves.toBeGreaterThan(5);
    await screenshot(page, 'compare', { fullPage: false });
  });

  it('an unknown page offers the way back; the app never threw', async () => {
    await page.goto(`${app.url}#/no-such-view`);
    await page.getByRole('heading', { name: 'No such page' }).waitFor();
    expect(appErrors(page)).toEqual([]);
  });
});
