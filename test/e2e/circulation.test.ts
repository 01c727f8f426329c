// Journey: circulation. The secretariat circulates the monitoring annex to two parties in
// full and to a third as a summary, sees who has seen which version, downloads Ukraine's
// copy, and pastes one paragraph of it into Trace, which names Ukraine; the unmarked
// master text of the same paragraph names nobody.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addAccounts, signIn } from './support/accounts.ts';
import { ANNEX, addAnnex, MONITORING_ARTICLE } from './support/annex.ts';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('circulating a draft and tracing a leak', () => {
  const journey = demoJourney({
    prepare: async (app) => {
      await addAnnex(app.services);
      await addAccounts(app.services, [{ id: 'amara', name: 'Amara Quist', role: 'secretariat' }]);
    },
    at: '#/circulation',
    opened: (page) => signIn(page, 'amara'),
  });
  let ukraineCopy = '';

  async function circulate(to: string, summary?: string) {
    const form = journey.page.getByRole('form', { name: 'Circulate a draft' });
    await form.getByLabel('Draft').selectOption(ANNEX.id);
    await form.getByLabel('To').selectOption({ label: to });
    if (summary) {
      await form.getByLabel('Only a summary').check();
      await form.getByLabel('Summary', { exact: true }).fill(summary);
    } else await form.getByLabel('The full text').check();
    await form.getByRole('button', { name: 'Circulate' }).click();
    await expect
      .poll(() => form.getByRole('status').textContent())
      .toContain(`Circulated ${ANNEX.label} to ${to}`);
  }

  it('circulates to parties and shows who has seen which version', async () => {
    await journey.page.getByRole('heading', { level: 1, name: 'Circulation' }).waitFor();
    const form = journey.page.getByRole('form', { name: 'Circulate a draft' });
    // A summary-only circulation needs its summary: the form says so under the field.
    await form.getByLabel('Draft').selectOption(ANNEX.id);
    await form.getByLabel('To').selectOption({ label: 'Russia' });
    await form.getByLabel('Only a summary').check();
    await form.getByRole('button', { name: 'Circulate' }).click();
    await expect
      .poll(() =>
        form.locator('.field', { has: journey.page.getByLabel('Summary', { exact: true }) }).textContent(),
      )
      .toContain('Write the summary the party will receive.');

    await circulate('Ukraine');
    await circulate('United States');
    await circulate('Russia', 'A monitoring mission verifies the withdrawal of heavy weapons.');

    const seen = journey.page.locator('table.seen');
    const cell = (party: string) => seen.locator(`tr[data-party="${party}"] td[data-draft="${ANNEX.id}"]`);
    // The three circulations reach the table one refresh at a time: wait for each cell.
    await expect.poll(() => cell('ukraine').locator('time').count()).toBe(1);
    await expect.poll(() => cell('us').locator('time').count()).toBe(1);
    await expect.poll(() => cell('russia').textContent()).toContain('summary only');
    await expect(cell('ukraine').textContent()).resolves.not.toContain('summary only');
    // Parties that received nothing are not listed.
    await expect.poll(() => seen.locator('tr[data-party="eu"]').count()).toBe(0);
    await screenshot(journey.page, 'circulation');
  });

  it("downloads each recipient's own copy", async () => {
    const cell = journey.page.locator(`table.seen tr[data-party="ukraine"] td[data-draft="${ANNEX.id}"]`);
    const [text] = await Promise.all([
      journey.page.waitForEvent('download'),
      cell.getByRole('link', { name: "Ukraine's copy as text" }).click(),
    ]);
    expect(text.suggestedFilename()).toMatch(/\.txt$/);
    ukraineCopy = readFileSync((await text.path())!, 'utf8');
    expect(ukraineCopy).toContain('monitoring mission');
    // The copy reads the same but is worded for Ukraine: it differs from the master.
    expect(ukraineCopy).not.toContain(MONITORING_ARTICLE);

    const [pdf] = await Promise.all([
      journey.page.waitForEvent('download'),
      cell.getByRole('link', { name: "Ukraine's copy as PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('names Ukraine from one pasted paragraph of its copy, and nobody from the master', async () => {
    const paragraph = ukraineCopy.split(/\n\s*\n/).find((p) => p.includes('heavy weapons'));
    expect(paragraph).toBeDefined();
    await journey.page.getByRole('link', { name: 'Trace a leak' }).click();
    const form = journey.page.getByRole('form', { name: 'Trace a leak' });
    await form.getByLabel('Leaked text').fill(paragraph!);
    await form.getByRole('button', { name: 'Trace' }).click();
    const verdict = journey.page.locator('section.verdict');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('match');
    await expect(verdict.locator('h2').textContent()).resolves.toBe("Ukraine's copy");
    await expect(verdict.textContent()).resolves.toMatch(/(over )?\d+(\.\d+)?% confidence/);
    await screenshot(journey.page, 'trace');

    await form.getByLabel('Leaked text').fill(MONITORING_ARTICLE);
    await form.getByRole('button', { name: 'Trace' }).click();
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('inconclusive');
    await expect(verdict.locator('h2').textContent()).resolves.toBe('Cannot tell who leaked it');
    expect(appErrors(journey.page)).toEqual([]);
  });
});
