// Journey: the Deal lab on the demo's Geneva revision. The secretariat sees each rule's
// package against the text as drafted, the frontier plotted, and recomputes as it moves a
// weight slider (a what-if, not saved); it shares a package. Ukraine's delegate, on a
// phone, edits only its own profile and sees only what was shared with it — never the lab.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dealOptions } from '../../src/app/dealIssues.ts';
import { setProfile } from '../../src/app/profiles.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, signIn } from './support/accounts.ts';
import { appErrors, demoJourney, openPage, screenshot, skipBrowser } from './support/harness.ts';

const DRAFT = 'geneva-revision';

describe.skipIf(skipBrowser)('the Deal lab at 1440 and 390 px', () => {
  let phone: Page;
  const journey = demoJourney({
    prepare: async (app) => {
      const issues = await runUseCase(app.services, owner, dealOptions, { draft: DRAFT });
      const [a, b, c] = issues.map((i) => i.issue);
      if (!a || !b || !c) throw new Error('the demo draft has fewer than three provisions');
      // Ukraine wants the first two as drafted, Russia wants them struck; the US is between.
      const profile = (first: number, second: number, third: number, reservation: number) => ({
        weights: { [a]: 0.5, [b]: 0.3, [c]: 0.2 },
        scores: {
          [a]: { drafted: first, strike: 1 - first },
          [b]: { drafted: second, strike: 1 - second },
          [c]: { drafted: third, strike: 1 - third },
        },
        reservation,
      });
      for (const [party, body] of [
        ['ukraine', profile(1, 0.8, 0.2, 0.2)],
        ['russia', profile(0.1, 0.3, 0.9, 0.1)],
        ['us', profile(0.7, 0.5, 0.5, 0.2)],
      ] as const) {
        await runUseCase(app.services, owner, setProfile, { draft: DRAFT, party, ...body });
      }
      await addAccounts(app.services, [
        { id: 'clerk', name: 'Clerk', role: 'secretariat' },
        { id: 'oles', name: 'Oles Marchenko', role: 'delegate', party: 'ukraine' },
      ]);
    },
    at: `#/deals?draft=${DRAFT}&party=ukraine`,
    opened: async (page) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await signIn(page, 'clerk');
    },
  });
  const sideways = (page: Page) =>
    page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');

  beforeAll(async () => {
    phone = await openPage(journey.browser, `${journey.app.url}#/deals?draft=${DRAFT}`, {
      width: 390,
      height: 844,
    });
    await signIn(phone, 'oles');
  });

  it("the secretariat sees each rule's package against the draft, the frontier, and recomputes on a what-if", async () => {
    const page = journey.page;
    await page.getByRole('heading', { level: 1, name: 'Deal lab' }).waitFor();
    const nash = page.locator('tr[data-rule="nash"]');
    await nash.waitFor();
    await expect(nash.textContent()).resolves.toMatch(/ukraine|\d\.\d\d \([+−±]/);
    await page.locator('.deal-plot svg .mark-nash').waitFor();
    await expect.poll(() => page.locator('.deal-plot svg .mark').count()).toBe(5);
    await expect.poll(() => page.locator('.deal-plot svg .frontier-point').count()).toBeGreaterThan(0);
    const before = await page.locator('table.deal-packages').textContent();

    // The US cares only for the first provision now: the packages move before anything is saved.
    const first = page.locator('.deal-ranked > li').first();
    await first.getByLabel(/^Weight of/).fill('1');
    await page.getByRole('heading', { name: /what-if: unsaved changes/ }).waitFor();
    await expect.poll(() => page.locator('table.deal-packages').textContent()).not.toBe(before);
    await expect(page.getByTestId('weight-sum').textContent()).resolves.toBe('1.5');
    await page.getByRole('button', { name: 'Scale to 1' }).click();
    await expect(page.getByTestId('weight-sum').textContent()).resolves.toBe('1');
    await screenshot(page, 'deal-lab', { fullPage: false, keep: true });

    await page.locator('tr[data-rule="welfare"]').getByRole('button', { name: 'Share with all' }).click();
    await page.locator('tr[data-rule="welfare"]').getByRole('button', { name: 'Shared' }).waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(appErrors(page)).toEqual([]);
  });

  it("a delegate on a phone edits its own profile and sees what was shared, not the others' packages", async () => {
    await phone.goto(`${journey.app.url}#/deals?draft=${DRAFT}&party=russia`);
    await phone.getByRole('heading', { level: 1, name: 'Deal lab' }).waitFor();
    // Its party is fixed: asking for Russia's profile by address shows Ukraine's.
    await phone.getByRole('form', { name: 'Profile of ukraine' }).waitFor();
    await expect.poll(() => phone.getByRole('form', { name: 'Profile of russia' }).count()).toBe(0);
    await phone.getByRole('heading', { name: 'Shared with you' }).waitFor();
    await expect.poll(() => phone.locator('.deal-share').count()).toBe(1);
    await expect(phone.locator('.deal-share').textContent()).resolves.not.toMatch(/russia|us\b/);
    await expect.poll(() => phone.locator('table.deal-packages').count()).toBe(0);

    await phone.getByLabel('Reservation (walk-away utility)').fill('0.35');
    await phone.getByRole('button', { name: 'Save profile' }).click();
    await phone.getByRole('button', { name: 'Saved' }).waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'deal-lab-390', { fullPage: false, keep: true });
    expect(appErrors(phone)).toEqual([]);
  });
});
