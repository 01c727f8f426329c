// Journey: the drafting desk. Ukraine's delegate proposes new wording on a provision of the
// 28-point plan; the secretariat finds it in Ukraine's column of the n-column table, takes it
// in the compromise column and issues the revision; the revision reads the taken wording and
// the amendment is marked taken. The table stays usable on a phone: it scrolls in its box.
import { describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { runUseCase } from '../../src/app/useCase.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, signIn } from './support/accounts.ts';
import { appErrors, demoJourney, openPage, screenshot, skipBrowser } from './support/harness.ts';

const WORDING = 'All signatories reaffirm the sovereignty of Ukraine within its recognised borders.';

describe.skipIf(skipBrowser)('the drafting desk: amendment → columns → compose', () => {
  const journey = demoJourney({
    prepare: async (app) => {
      await addAccounts(app.services, [
        { id: 'oles', name: 'Oles Marchenko', role: 'delegate', party: 'ukraine' },
        { id: 'sara', name: 'Sara Lind', role: 'secretariat' },
      ]);
      // The demo circulated the plan to no one: Ukraine gets it to amend.
      await runUseCase(app.services, owner, circulateDraft, { draft: 'plan-28', to: 'ukraine' });
    },
    at: '#/drafts/plan-28',
    opened: (page) => signIn(page, 'oles'),
  });

  it('a delegate proposes new wording under the provision', async () => {
    const { page } = journey;
    await page.getByRole('heading', { level: 1, name: '28-point plan' }).waitFor();
    const box = page.getByRole('region', { name: 'Amendments on 1', exact: true });
    await box.getByRole('button', { name: 'Propose an amendment' }).click();
    const form = page.getByRole('form', { name: 'Propose an amendment on 1', exact: true });
    await form.getByLabel('Replace the text').check();
    await form.getByLabel('New wording').fill(WORDING);
    await form.getByRole('button', { name: 'Propose' }).click();
    await expect.poll(() => box.textContent()).toContain('recognised borders');
    expect(appErrors(page)).toEqual([]);
  });

  it('the secretariat sees it in the columns, takes it and issues the revision', async () => {
    const page = await openPage(journey.browser, `${journey.app.url}#/columns/plan-28`);
    await signIn(page, 'sara');
    await page.getByRole('heading', { level: 1, name: '28-point plan' }).waitFor();
    const table = page.getByRole('region', { name: 'Provisions and amendments' });
    await table.getByRole('columnheader', { name: 'Ukraine' }).waitFor();
    const row = table.locator('#col-1');
    // Ukraine's column shows the amendment redlined against the base text.
    await expect
      .poll(() => row.locator('.col-amendment ins').allTextContents())
      .toContainEqual(expect.stringContaining('recognised borders'));
    const compromise = row.getByLabel('Compromise for 1', { exact: true });
    const take = compromise.locator('option', { hasText: "Take Ukraine's replace" });
    await compromise.selectOption((await take.getAttribute('value')) ?? '');
    await page.getByRole('button', { name: 'Save composition' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Composition' }).textContent())
      .toContain('Composition v1');
    await screenshot(page, 'desk-columns', { fullPage: false });
    await page.getByLabel('Revision label').fill('Desk revision');
    await page.getByRole('button', { name: 'Issue revision' }).click();

    await page.getByRole('heading', { level: 1, name: 'Desk revision' }).waitFor();
    await expect.poll(() => page.locator('li.provision').first().textContent()).toContain(WORDING);
    const states = await page.evaluate(async () => {
      const list = (await (await fetch('api/amendments?draft=plan-28')).json()) as { state: string }[];
      return list.map((a) => a.state);
    });
    expect(states).toEqual(['taken']);
    const revision = await page.evaluate(
      async () => (await (await fetch('api/drafts/desk-revision')).json()) as { parents: string[] },
    );
    expect(revision.parents).toEqual(['plan-28']);
    expect(appErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('at 390 px the table scrolls inside its box, the page does not', async () => {
    const page = await openPage(journey.browser, `${journey.app.url}#/columns/plan-28`, {
      width: 390,
      height: 844,
    });
    await signIn(page, 'sara');
    const box = page.getByRole('region', { name: 'Provisions and amendments' });
    await box.waitFor();
    const sizes = await box.evaluate((el) => ({ inner: el.scrollWidth, box: el.clientWidth }));
    const pageWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(sizes.inner).toBeGreaterThan(sizes.box);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
