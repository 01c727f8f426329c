// Journey: importing a draft through the web app — a text without numbered points is
// refused with the parser's message beside the text, a duplicate label beside the label,
// and a good text becomes a draft that revises the Geneva revision.
import { describe, expect, it } from 'vitest';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

const COUNTER = `European counter-proposal

1. Sovereignty. Ukraine's sovereignty is reaffirmed; any settlement must respect it in full and
   bring a just and durable peace.
2. Armed forces. In peacetime Ukraine's armed forces may number up to 800,000.
3. Territory. Negotiations on territory start from the current line of contact.
   (a) No recognition of any territory as Russian.
   (b) Exchanges of territory are negotiated on the map.
`;

describe.skipIf(skipBrowser)('importing a draft', () => {
  const dialogs: string[] = [];
  const journey = demoJourney({
    opened: (page) => {
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    },
  });

  it('shows validation messages in the form, then imports a pasted draft', async () => {
    await journey.page.getByRole('link', { name: 'Drafts' }).click();
    await journey.page.getByRole('link', { name: 'Import a draft' }).click();
    const form = journey.page.getByRole('form', { name: 'Import a draft' });
    await form.waitFor();

    await form.getByLabel('Label').fill('European counter-proposal');
    await form.getByLabel('Text').fill('The parties should talk more.');
    await form.getByRole('button', { name: 'Import draft' }).click();
    const textError = form
      .locator('.field.has-error', { has: journey.page.getByLabel('Text') })
      .locator('.field-error');
    await textError.waitFor();
    await expect(textError.textContent()).resolves.toMatch(/line \d+/);
    await expect(form.getByLabel('Text').getAttribute('aria-invalid')).resolves.toBe('true');

    await form.getByLabel('Label').fill('Geneva revision');
    await form.getByLabel('Text').fill(COUNTER);
    await form.getByRole('button', { name: 'Import draft' }).click();
    const labelError = form
      .locator('.field.has-error', { has: journey.page.getByLabel('Label') })
      .locator('.field-error');
    await labelError.waitFor();
    await expect(labelError.textContent()).resolves.toMatch(/already exists/);
    await screenshot(journey.page, 'import-errors');

    await form.getByLabel('Label').fill('European counter-proposal');
    await form.getByLabel('Date').fill('2025-11-24');
    await form.getByLabel('Author').selectOption('eu');
    await form.getByLabel('Revises').selectOption('geneva-revision');
    await form.getByRole('button', { name: 'Import draft' }).click();
    const done = journey.page.locator('.success');
    await done.waitFor();
    await expect(done.textContent()).resolves.toMatch(/5 provisions/);
    await screenshot(journey.page, 'import-done');

    await done.getByRole('link', { name: 'Read the draft' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'European counter-proposal' }).waitFor();
    await expect.poll(() => journey.page.locator('li.provision').count()).toBe(5);
    // Stances on the Geneva text carry over by lineage where the wording is the same.
    await expect
      .poll(() => journey.page.locator('li[id="p-1"] .badge.stance-accept').count())
      .toBeGreaterThan(1);
    expect(dialogs).toEqual([]);
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('imports a draft from a picked file', async () => {
    await journey.page.goto(`${journey.app.url}#/drafts/new`);
    const form = journey.page.getByRole('form', { name: 'Import a draft' });
    await form.getByLabel('File').setInputFiles({
      name: 'moscow-reply.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(
        '# Moscow reply\n\n## Article 1\nThe 28-point plan is the basis.\n\n## Article 2\nNo amendments without Russia.\n',
      ),
    });
    await expect.poll(() => form.getByLabel('Text').inputValue()).toMatch(/Article 2/);
    await expect.poll(() => form.getByLabel('Label').inputValue()).toBe('moscow-reply');
    await form.getByRole('button', { name: 'Import draft' }).click();
    await expect.poll(() => journey.page.locator('.success').textContent()).toMatch(/2 provisions/);
    expect(appErrors(journey.page)).toEqual([]);
  });
});
