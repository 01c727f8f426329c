// Journey: the stance matrix of the demo — filter it by track, then slide "as of" back
// to watch the negotiation move.
import { describe, expect, it } from 'vitest';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('stance matrix', () => {
  const journey = demoJourney();

  const rows = () => journey.page.locator('table.matrix tbody tr');
  const badges = (kind: string) => journey.page.locator(`table.matrix td.cell .badge.stance-${kind}`);

  it('shows parties × provisions, filterable by track', async () => {
    await journey.page.getByRole('link', { name: 'Matrix' }).click();
    await rows().first().waitFor();
    const all = await rows().count();
    expect(all).toBeGreaterThan(10);
    await expect.poll(() => journey.page.locator('table.matrix thead th.party').count()).toBeGreaterThan(2);
    await expect.poll(() => badges('red_line').count()).toBe(2);

    await journey.page.getByLabel('Track').selectOption('europe-nato');
    await journey.page.waitForURL(/track=europe-nato/);
    await expect.poll(() => rows().count()).toBeLessThan(all);
    await expect(journey.page.locator('table.matrix thead').textContent()).resolves.toMatch(/NATO/);
    await journey.page.getByLabel('Track').selectOption('');
    await expect.poll(() => rows().count()).toBe(all);
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('slides "as of" back to the first day a stance was taken', async () => {
    const now = await journey.page.locator('table.matrix td.cell .badge:not(.stance-missing)').count();
    const slider = journey.page.getByRole('slider');
    await slider.focus();
    await journey.page.keyboard.press('Home');
    await journey.page.waitForURL(/asOf=2025-/);
    await expect.poll(() => journey.page.locator('label[for="m-asof"]').textContent()).not.toMatch(/now/);
    await expect
      .poll(() => journey.page.locator('table.matrix td.cell .badge:not(.stance-missing)').count())
      .toBeLessThan(now);
    await expect.poll(() => badges('red_line').count()).toBe(0);

    // Two steps forward: an intermediate day, kept for the screenshot.
    await journey.page.keyboard.press('ArrowRight');
    await journey.page.keyboard.press('ArrowRight');
    await expect.poll(() => journey.page.url()).toMatch(/asOf=2025-11-2\d/);
    await journey.page.locator('table.matrix tbody tr').first().waitFor();
    await screenshot(journey.page, 'matrix');

    await journey.page.keyboard.press('End');
    await expect.poll(() => journey.page.url()).not.toMatch(/asOf=/);
    await expect
      .poll(() => journey.page.locator('table.matrix td.cell .badge:not(.stance-missing)').count())
      .toBe(now);
    expect(appErrors(journey.page)).toEqual([]);
  });
});
