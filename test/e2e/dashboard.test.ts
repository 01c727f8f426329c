// Journey: a negotiator opens Parley on the Geneva 2025 demo and reads where it stands —
// the dashboard, then a provision in the draft reader.
import { describe, expect, it } from 'vitest';
import { appErrors, demoJourney, openPage, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('dashboard of the demo', () => {
  const journey = demoJourney();

  it('shows the negotiation, its progress, blockers, deadlines and latest events', async () => {
    await journey.page.getByRole('heading', { level: 1, name: /Geneva 2025/ }).waitFor();
    await journey.page.locator('.chart svg path.area-agreed').waitFor();
    const counts = journey.page.locator('.counts');
    await expect(counts.locator('.state-agreed dd').textContent()).resolves.toMatch(/^\d+$/);
    const blockers = journey.page.getByRole('table').filter({ hasText: 'Blocked by' });
    await expect.poll(() => blockers.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect(blockers.textContent()).resolves.toMatch(/Red line/);
    await expect.poll(() => journey.page.locator('.deadline').count()).toBeGreaterThan(0);
    await expect.poll(() => journey.page.locator('#latest-heading ~ .event').count()).toBeGreaterThan(0);
    await journey.page.locator('[data-live="live"]').waitFor();
    await screenshot(journey.page, 'dashboard');
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('follows a blocker into the draft reader, with every party’s stance beside the provision', async () => {
    const link = journey.page
      .getByRole('table')
      .filter({ hasText: 'Blocked by' })
      .locator('tbody th a')
      .first();
    await link.click();
    await journey.page.waitForURL(/#\/drafts\/[^?]+\?at=/);
    const focused = journey.page.locator('li.provision:focus');
    await focused.waitFor();
    // The stances arrive with their own request, after the provision takes focus.
    await expect.poll(() => focused.locator('.provision-stances .badge').count()).toBeGreaterThan(1);
    await expect.poll(() => journey.page.locator('li.provision').count()).toBeGreaterThan(5);
    await screenshot(journey.page, 'draft-reader', { fullPage: false });
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('reads on a tablet', async () => {
    const tablet = await openPage(journey.browser, `${journey.app.url}#/matrix`, {
      width: 820,
      height: 1180,
    });
    await tablet.locator('table.matrix tbody tr').first().waitFor();
    await tablet.goto(`${journey.app.url}#/`);
    await tablet.locator('.chart svg').waitFor();
    const overflow = await tablet.evaluate<number>(
      'document.documentElement.scrollWidth - window.innerWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(tablet, 'dashboard-tablet');
  });
});
