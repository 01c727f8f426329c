// Journeys of two people editing at once: a stance set in one browser appears in another
// without a reload, and an edit made on a stale view shows the conflict and can be
// retried on top of the current stance.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appErrors,
  centre,
  launchBrowser,
  openPage,
  type RunningApp,
  screenshot,
  skipBrowser,
  startApp,
} from './support/harness.ts';

const DRAFT = 'geneva-revision';

/** The reader's item for one provision (ids hold dots, so match the attribute). */
const provision = (page: Page, path: string) => page.locator(`li[id="p-${path}"]`);

async function openPositionForm(page: Page, path: string, party: string) {
  const item = provision(page, path);
  await item.getByRole('button', { name: 'Set position' }).click();
  const form = item.getByRole('form');
  await form.getByLabel('Party').selectOption(party);
  await form.getByText(/No stance recorded for this party yet|Current stance:/).waitFor();
  return form;
}

describe.skipIf(skipBrowser)('editing together', () => {
  let app: RunningApp;
  let browser: Browser;
  let alice: Page;
  let bob: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    alice = await openPage(browser, `${app.url}#/drafts/${DRAFT}`);
    bob = await openPage(browser, `${app.url}#/drafts/${DRAFT}`);
    for (const page of [alice, bob]) {
      await provision(page, '18').waitFor();
      await page.locator('[data-live="live"]').waitFor();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a stance set in one browser appears live in the other', async () => {
    await expect(provision(bob, '18').locator('.provision-stances').textContent()).resolves.not.toMatch(
      /Accept/,
    );
    const form = await openPositionForm(alice, '18', 'ukraine');
    await form.getByLabel('Stance').selectOption('accept');
    await form.getByLabel('As of').fill('2025-11-28');
    await form.getByRole('button', { name: 'Save position' }).click();
    await form.waitFor({ state: 'detached' });

    // Bob never reloads: the live channel tells his page to refetch.
    const ukraine = provision(bob, '18').locator('.stance-list li', { hasText: 'Ukraine' });
    await ukraine.locator('.badge.stance-accept').waitFor({ timeout: 10_000 });
    await centre(bob, 'li[id="p-18"]');
    await screenshot(bob, 'live-update', { fullPage: false });
    expect(appErrors(alice)).toEqual([]);
    expect(appErrors(bob)).toEqual([]);
  });

  it('a stale edit shows the current stance and saves on top of it when asked', async () => {
    // Bob starts editing Russia's stance on 14; he has seen none.
    const form = await openPositionForm(bob, '14', 'russia');
    await expect(form.textContent()).resolves.toMatch(/No stance recorded for this party yet/);
    await form.getByLabel('Stance').selectOption('accept');
    await form.getByLabel('As of').fill('2025-11-28');

    // Meanwhile someone else records a rejection through the API.
    const response = await fetch(`${app.url}api/positions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        party: 'russia',
        draft: DRAFT,
        provision: '14',
        stance: 'reject',
        asOf: '2025-11-28',
        note: 'Moscow: not without its own wording',
        basedOn: null,
      }),
    });
    expect(response.status).toBe(201);

    await form.getByRole('button', { name: 'Save position' }).click();
    const conflict = form.locator('.conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toMatch(/changed while you were editing/);
    await expect.poll(() => conflict.locator('.badge.stance-reject').count()).toBe(1);
    await expect(conflict.textContent()).resolves.toMatch(/not without its own wording/);
    await centre(bob, 'li[id="p-14"] .conflict');
    await screenshot(bob, 'stale-edit-conflict', { fullPage: false });

    await conflict.getByRole('button', { name: 'Save mine on top of it' }).click();
    await form.waitFor({ state: 'detached' });
    const russia = provision(bob, '14').locator('.stance-list li', { hasText: 'Russia' });
    await russia.locator('.badge.stance-accept').waitFor({ timeout: 10_000 });

    const history = (await (
      await fetch(`${app.url}api/positions/history?draft=${DRAFT}&provision=14&party=russia`)
    ).json()) as { stance: string }[];
    expect(history.map((p) => p.stance)).toEqual(['reject', 'accept']);
    expect(appErrors(bob)).toEqual([]);
  });
});
