// Journey: every view has a URL and renders the demo — timeline into a source, a party
// and a person, a provision's history, the compare view — driven by keyboard where a
// reader would use it.
import { describe, expect, it } from 'vitest';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('a tour of the views', () => {
  const journey = demoJourney();

  it('timeline: events by month, and through to a source', async () => {
    await journey.page.goto(`${journey.app.url}#/timeline`);
    await journey.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    await expect.poll(() => journey.page.locator('article.event').count()).toBeGreaterThan(20);
    await screenshot(journey.page, 'timeline', { fullPage: false });
    const source = journey.page.locator('article.event .sources a').first();
    const name = await source.textContent();
    await source.focus();
    await journey.page.keyboard.press('Enter');
    await journey.page.waitForURL(/#\/sources\//);
    await journey.page.getByRole('heading', { level: 2, name: 'Events it reports' }).waitFor();
    await expect(journey.page.locator('.eyebrow').textContent()).resolves.toMatch(/Source/);
    expect(name).toMatch(/\d{4}/);
    await screenshot(journey.page, 'source', { fullPage: false });
  });

  it('adds an event: a bad id is named beside its field, a good one lands in the timeline', async () => {
    await journey.page.goto(`${journey.app.url}#/timeline`);
    await journey.page.getByRole('link', { name: 'Add an event' }).click();
    const form = journey.page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Id').fill('Round 3!');
    await form.getByLabel('Title').fill('Third round in Geneva');
    await form.getByLabel('Kind').selectOption('talks');
    await form.getByLabel('Date').fill('2025-11-30');
    await form.getByLabel('Place').fill('Geneva');
    await form.getByLabel('Participants').selectOption(['ukraine', 'us']);
    await form.getByRole('button', { name: 'Add event' }).click();
    const idError = form
      .locator('.field.has-error', { has: journey.page.getByLabel('Id') })
      .locator('.field-error');
    await idError.waitFor();
    await expect(idError.textContent()).resolves.toMatch(/lowercase/);

    await form.getByLabel('Id').fill('round-3');
    await form.getByRole('button', { name: 'Add event' }).click();
    await journey.page.waitForURL(/focus=round-3/);
    const added = journey.page.locator('#event-round-3');
    await added.waitFor();
    await expect(added.textContent()).resolves.toMatch(/talks.*Geneva.*Third round in Geneva/);
    await expect(added.locator('.participants a').allTextContents()).resolves.toEqual([
      'Ukraine',
      'United States',
    ]);
  });

  it('party and person pages', async () => {
    await journey.page.goto(`${journey.app.url}#/parties/ukraine`);
    await journey.page.getByRole('heading', { level: 1, name: 'Ukraine' }).waitFor();
    await journey.page.locator('#pp-stances ~ ul li').first().waitFor();
    await screenshot(journey.page, 'party', { fullPage: false });
    await journey.page.locator('#pp-people ~ ul a').first().click();
    await journey.page.waitForURL(/#\/people\//);
    // The hash changed before React rendered the new page: wait for it, don't read at once.
    await expect.poll(() => journey.page.locator('.eyebrow').textContent()).toBe('Person');
    await journey.page.getByRole('heading', { level: 2, name: 'Events' }).waitFor();
  });

  it('history of a provision and the compare view', async () => {
    await journey.page.goto(`${journey.app.url}#/history/geneva-revision/15`);
    await journey.page.locator('table tbody tr').first().waitFor();
    await expect(journey.page.locator('table').textContent()).resolves.toMatch(/Red line/);
    await journey.page.goto(`${journey.app.url}#/compare`);
    await expect.poll(() => journey.page.getByLabel('Older draft').inputValue()).toBe('plan-28');
    await expect.poll(() => journey.page.getByLabel('Newer draft').inputValue()).toBe('geneva-revision');
    await journey.page.locator('table.compare tbody tr').first().waitFor();
    await expect.poll(() => journey.page.locator('table.compare tbody tr').count()).toBeGreaterThan(20);
    // The demo's revision states its lineage: those pairings win and are badged.
    await expect(
      journey.page.locator('table.compare .pairing-overridden').first().textContent(),
    ).resolves.toBe('set by a user');
    await expect
      .poll(() => journey.page.locator('table.compare .pairing-confirmed').count())
      .toBeGreaterThan(5);
    await screenshot(journey.page, 'compare', { fullPage: false });
  });

  it('compare: overriding a pairing in a row — an unknown number is refused beside the field, a merge is stored and wins', async () => {
    const { page, app } = journey;
    await page.goto(`${app.url}#/compare?from=plan-28&to=geneva-revision`);
    // The revision's 5 comes from the plan's 6 (stated by the demo); the plan's 8 was dropped.
    const rowOf = (newer: string) =>
      page.locator('table.compare tbody tr', {
        has: page.locator('td:nth-child(2) > strong.num', { hasText: new RegExp(`^${newer}$`) }),
      });
    const row = rowOf('5');
    await expect.poll(() => row.locator('td:first-child > strong.num').textContent()).toBe('6');
    await row.getByRole('button', { name: 'Change pairing…' }).click();
    const form = page.getByRole('form', { name: 'Pairing of 5' });
    const input = form.getByLabel('5 comes from');
    await expect(input.inputValue()).resolves.toBe('6');

    await input.fill('6, 99');
    await form.getByRole('button', { name: 'Save pairing' }).click();
    await expect
      .poll(() => form.locator('.field-error').textContent())
      .toMatch(/no provision 99.*leave empty if new/);
    await expect(row.locator('td:first-child > strong.num').textContent()).resolves.toBe('6');
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, 'compare-pairing', { fullPage: false });

    await input.fill('6, 8');
    await form.getByRole('button', { name: 'Save pairing' }).click();
    await expect.poll(() => row.locator('td:first-child > strong.num').textContent()).toBe('6, 8');
    await expect(row.locator('.pairing-overridden').textContent()).resolves.toBe('set by a user');
    await expect(row.locator('td:first-child .pair-kind').textContent()).resolves.toBe('merged');

    // Stored: a fresh page shows the same pairing.
    await page.reload();
    await expect.poll(() => rowOf('5').locator('td:first-child > strong.num').textContent()).toBe('6, 8');

    // A sub-item the engine paired on its own is confirmed with one click.
    const item = rowOf('4\\(a\\)');
    await expect.poll(() => item.locator('.badge').count()).toBe(0);
    await item.getByRole('button', { name: 'Confirm pairing' }).click();
    await expect.poll(() => item.locator('.pairing-confirmed').textContent()).toBe('confirmed by a user');
  });

  it('an unknown page offers the way back; the app never threw', async () => {
    await journey.page.goto(`${journey.app.url}#/no-such-view`);
    await journey.page.getByRole('heading', { name: 'No such page' }).waitFor();
    expect(appErrors(journey.page)).toEqual([]);
  });
});
