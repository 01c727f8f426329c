// Journey: signing in the browser. The secretariat makes the monitoring annex final and
// sets the plan "Ukraine before the United States", but generates no key: each party's
// delegate makes its own key pair in the browser (WebCrypto Ed25519), registered by signing
// the server's challenge, and keeps the key file. The US delegate, signing first, is
// refused with the order; Ukraine's delegate, in a fresh tab, loads its key file and signs,
// then the US; the status says complete and the certificate of completion opens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, signIn } from './support/accounts.ts';
import { ANNEX, addAnnex } from './support/annex.ts';
import { appErrors, demoJourney, openPage, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('signing a final text in order', () => {
  const journey = demoJourney({
    prepare: async (app) => {
      await addAnnex(app.services);
      await addAccounts(app.services, [
        { id: 'amara', name: 'Amara Quist', role: 'secretariat' },
        { id: 'oles', name: 'Oles Marchenko', role: 'delegate', party: 'ukraine' },
        { id: 'dana', name: 'Dana Whitcombe', role: 'delegate', party: 'us' },
      ]);
      // Both signatories hold the full text: nobody signs what they have not received.
      for (const to of ['ukraine', 'us']) {
        await write(app.services, owner, 'draft', (ctx) => circulateDraft.run(ctx, { draft: ANNEX.id, to }));
      }
    },
    at: `#/signing/${ANNEX.id}`,
    opened: (page) => signIn(page, 'amara'),
  });
  const keyFiles = new Map<string, string>();
  const desk = () => `${journey.app.url}#/signing/${ANNEX.id}`;

  const row = (page: Page, signatory: string) => page.locator(`tr[data-signatory="${signatory}"]`);

  it('finalizes and sets the plan; the secretariat sees no way to set a key', async () => {
    const page = journey.page;
    await page.getByRole('heading', { level: 1, name: ANNEX.label }).waitFor();
    await page.getByRole('button', { name: 'Make this draft final' }).click();
    const plan = page.getByRole('form', { name: 'Signing plan' });
    await plan.getByLabel('Ukraine').check();
    await plan.getByLabel('United States').check();
    // An order naming someone who does not sign is refused under the field.
    await plan.getByLabel('Order').fill('ukraine before russia');
    await plan.getByRole('button', { name: 'Set the plan' }).click();
    const orderField = plan.locator('.field', { has: page.getByLabel('Order') });
    await expect.poll(() => orderField.locator('.field-error').textContent()).toContain('russia');
    await plan.getByLabel('Order').fill('ukraine before us');
    await plan.getByRole('button', { name: 'Set the plan' }).click();

    await expect.poll(() => row(page, 'us').textContent()).toContain('waiting for a key');
    await expect.poll(() => page.locator('tr[data-signatory] button').count()).toBe(0);
    expect(appErrors(page)).toEqual([]);
  });

  it('each delegate generates its own key; the US signing first is refused, then both sign in order', async () => {
    const keyOf = async (page: Page, signatory: string, name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row(page, signatory)
          .getByRole('button', { name: `Generate key for ${name}` })
          .click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${signatory}-signing-key.json`);
      keyFiles.set(signatory, (await download.path())!);
      await expect.poll(() => row(page, signatory).locator('code').count()).toBe(1);
    };
    const ukraine = await openPage(journey.browser, desk());
    await signIn(ukraine, 'oles');
    await keyOf(ukraine, 'ukraine', 'Ukraine');
    // A delegate acts only for its own party.
    await expect.poll(() => row(ukraine, 'us').getByRole('button').count()).toBe(0);

    const us = await openPage(journey.browser, desk());
    await signIn(us, 'dana');
    await keyOf(us, 'us', 'United States');
    await screenshot(us, 'signing-plan');
    await us.getByRole('button', { name: 'Sign as United States' }).click();
    await expect
      .poll(() => row(us, 'us').getByRole('alert').textContent())
      .toMatch(/must wait until ukraine/);

    // The secretariat sees both keys by fingerprint.
    await journey.page.reload();
    await expect
      .poll(() => row(journey.page, 'us').locator('code').textContent())
      .toMatch(/^[0-9a-f]{4}(:[0-9a-f]{4}){7}$/);

    const again = await openPage(journey.browser, desk());
    await signIn(again, 'oles');
    await row(again, 'ukraine').getByLabel('Key file for Ukraine').setInputFiles(keyFiles.get('ukraine')!);
    await row(again, 'ukraine').getByRole('button', { name: 'Sign as Ukraine' }).click();
    await expect.poll(() => row(again, 'ukraine').textContent()).toMatch(/signed/);

    await row(us, 'us').getByRole('button', { name: 'Sign as United States' }).click();
    await us.getByRole('heading', { level: 2, name: 'Signing complete' }).waitFor();
    await expect(row(us, 'us').textContent()).resolves.toMatch(/signed/);
    await screenshot(us, 'signing-complete');

    const [certificate] = await Promise.all([
      us.context().waitForEvent('page'),
      us.getByRole('link', { name: 'Certificate of completion' }).click(),
    ]);
    await certificate.waitForLoadState();
    const text = (await certificate.textContent('body')) ?? '';
    expect(text).toContain('Ukraine');
    expect(text).toContain('United States');
    expect(text).toMatch(/Status:\s*Complete/);
    await screenshot(certificate, 'signing-certificate');
    expect(appErrors(us)).toEqual([]);
    expect(appErrors(ukraine)).toEqual([]);
    expect(appErrors(again)).toEqual([]);
  });
});
