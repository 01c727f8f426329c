// Journey: a delegation's restricted view. Ukraine's delegate sees the draft circulated to
// Ukraine and nothing else — not the other draft, not by typing its address, not the
// circulation desk — and is offered only the actions its party may take.
import { describe, expect, it } from 'vitest';
import { addAccounts, signIn } from './support/accounts.ts';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)("a delegate's restricted view", () => {
  const journey = demoJourney({
    prepare: async (app) => {
      await addAccounts(app.services, [
        { id: 'oles', name: 'Oles Marchenko', role: 'delegate', party: 'ukraine' },
      ]);
      // The demo gave Ukraine the Geneva revision (the US too, Russia only a summary); the
      // 28-point plan went to no one.
    },
    at: '#/drafts',
    opened: (page) => signIn(page, 'oles'),
  });

  it('lists only the draft circulated to its party', async () => {
    await journey.page.getByRole('heading', { level: 1, name: 'Drafts' }).waitFor();
    const rows = journey.page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('Geneva revision');
    await expect.poll(() => journey.page.getByRole('link', { name: '28-point plan' }).count()).toBe(0);
    await expect.poll(() => journey.page.getByRole('link', { name: 'Import a draft' }).count()).toBe(0);

    await journey.page.getByRole('link', { name: 'Geneva revision' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Geneva revision' }).waitFor();
    await expect.poll(() => journey.page.locator('li.provision').count()).toBeGreaterThan(5);
    // Ukraine speaks only for itself: the form offers its own party and no other.
    await journey.page.getByRole('button', { name: 'Set position' }).first().click();
    const party = journey.page.getByRole('form').first().getByLabel('Party');
    await expect(party.locator('option').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Ukraine/),
    ]);
    await screenshot(journey.page, 'delegate-draft', { fullPage: false });
  });

  it('cannot reach the other draft or the circulation desk by address', async () => {
    await journey.page.goto(`${journey.app.url}#/drafts/plan-28`);
    await expect.poll(() => journey.page.getByRole('alert').textContent()).toMatch(/^Not found/);

    await expect(
      journey.page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Circulation' })
        .count(),
    ).resolves.toBe(0);
    await journey.page.goto(`${journey.app.url}#/circulation`);
    await journey.page.getByRole('heading', { level: 1, name: 'No such page' }).waitFor();
    await journey.page.goto(`${journey.app.url}#/trace`);
    await journey.page.getByRole('heading', { level: 1, name: 'No such page' }).waitFor();
    // The API agrees: the delegation learns what it received, not who else received what.
    const seen = await journey.page.evaluate(
      async () => (await (await fetch('api/circulations')).json()) as { party: string }[],
    );
    expect(seen.map((c) => c.party)).toEqual(['ukraine']);
    expect(appErrors(journey.page)).toEqual([]);
  });
});
