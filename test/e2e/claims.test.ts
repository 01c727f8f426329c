// Journey: reviewing evidence in the web app — ingest a pasted article and a picked file,
// accept an undated event by giving its date (it appears on the timeline), reject a quote,
// and see the sources that give the same words to different speakers side by side (two that give
// them to one speaker are one side of one flag).
import { describe, expect, it } from 'vitest';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

/** Articles invented for this journey. */
const LEDGER = `---
title: "Envoys agree to keep talking after a long day of maps"
outlet: Harbour Ledger
date: 2025-11-26
---

Delegations from Ukraine and the United States spent the day in a hotel conference room comparing maps, officials said.

"We will not trade land for a ceasefire that lasts a season," said Rustem Umerov, Ukraine's chief negotiator.

The delegations would meet again in Abu Dhabi once the maps are reconciled.
`;

const DISPATCH = `Maps and patience

After hours of talks on Wednesday, the mood among the envoys was described as sober.

"We will not trade land for a ceasefire that lasts a season," said Andriy Yermak, who led the delegation.
`;

const WIRE = `Envoys weigh their words

A senior official told reporters on Thursday that there was no hurry.

"We will not trade land for a ceasefire that lasts a season," said Ivan Fedorov, a deputy minister.
`;

const BULLETIN = `Night bulletin

"We will not trade land for a ceasefire that lasts a season," Andriy Yermak told the bulletin late on Wednesday.
`;

describe.skipIf(skipBrowser)('reviewing claims', () => {
  const journey = demoJourney();

  it('ingests documents, accepts a dated event, rejects a quote', async () => {
    await journey.page.getByRole('link', { name: 'Claims' }).click();
    await journey.page.getByRole('heading', { level: 1, name: 'Claims' }).waitFor();
    await journey.page.getByRole('button', { name: 'Ingest documents' }).click();
    const form = journey.page.getByRole('form', { name: 'Ingest documents' });
    await form.getByLabel('File name for pasted text').fill('ledger.md');
    await form.getByLabel('Or paste the text').fill(LEDGER);
    await form.getByLabel('Files').setInputFiles([
      { name: 'dispatch.txt', mimeType: 'text/plain', buffer: Buffer.from(DISPATCH) },
      { name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from(WIRE) },
      { name: 'bulletin.txt', mimeType: 'text/plain', buffer: Buffer.from(BULLETIN) },
    ]);
    await form.getByRole('button', { name: 'Ingest' }).click();
    await expect.poll(() => form.locator('.ingest-outcomes').textContent()).toMatch(/Added ledger\.md/);
    await expect(form.locator('.ingest-outcomes').textContent()).resolves.toMatch(/Added dispatch\.txt/);

    await journey.page.goto(`${journey.app.url}#/claims?status=suggested&kind=event`);
    const event = journey.page.locator('article.claim', {
      has: journey.page.locator('.kind-event'),
      hasText: 'meet again in Abu Dhabi',
    });
    await event.waitFor();
    await expect(event.locator('mark').textContent()).resolves.toContain('meet again in Abu Dhabi');
    // Without a date it is refused, and the form asks for the date under the field.
    await event.getByRole('button', { name: 'Accept', exact: true }).click();
    const dateField = event.locator('.field', { has: journey.page.getByLabel('Date') });
    await dateField.locator('.field-error').waitFor();
    await expect(dateField.locator('.field-error').textContent()).resolves.toMatch(/date/);
    await event.getByLabel('Date').fill('2025-12-02');
    await event.getByLabel('Title').fill('Map talks resume in Abu Dhabi');
    await event.getByRole('button', { name: 'Accept with these changes' }).click();
    await event.waitFor({ state: 'detached' });

    await journey.page.goto(`${journey.app.url}#/claims?status=suggested&kind=quote`);
    // The demo's own reports wait for review too: these are the four pasted here.
    const quotes = journey.page.locator('article.claim', { hasText: 'trade land' });
    await expect
      .poll(() => journey.page.locator('article.claim:has(.kind-quote)', { hasText: 'trade land' }).count())
      .toBe(4);
    await expect.poll(() => quotes.count()).toBe(4);
    await expect(quotes.first().locator('mark').textContent()).resolves.toContain('trade land');
    await screenshot(journey.page, 'claims');
    const umerov = journey.page.locator('article.claim', { hasText: 'Rustem Umerov' });
    await umerov.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => quotes.count()).toBe(3);
    // Focus moves on to the next claim, for the keyboard.
    await expect
      .poll(() =>
        journey.page.evaluate<string>("document.activeElement?.closest('article')?.textContent ?? ''"),
      )
      .toMatch(/Andriy Yermak|Ivan Fedorov/);

    await journey.page.getByRole('combobox', { name: 'Status' }).selectOption('rejected');
    await expect.poll(() => journey.page.url()).toContain('status=rejected');
    await expect
      .poll(() => journey.page.locator('article.claim', { hasText: 'Rustem Umerov' }).count())
      .toBe(1);

    await journey.page.getByRole('link', { name: 'Timeline' }).click();
    const added = journey.page.locator('.event', { hasText: 'Map talks resume in Abu Dhabi' });
    await added.waitFor();
    await expect(journey.page.locator('section', { has: added }).locator('h2').textContent()).resolves.toBe(
      'December 2025',
    );
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('shows both sides of a contradiction', async () => {
    await journey.page.goto(`${journey.app.url}#/claims?status=all&kind=quote`);
    await journey.page.getByRole('link', { name: 'Contradictions' }).first().click();
    const found = journey.page.locator('section.contradiction');
    await found.first().waitFor();
    // The rejected quote drops out; the other two still give the words to different people.
    const quote = found.filter({ hasText: 'Quote speaker' });
    await expect.poll(() => quote.count()).toBe(1);
    await expect.poll(() => quote.locator('.contradiction-side').count()).toBe(2);
    // Yermak's words come from two sources: one side shows the other beside it, not a second flag.
    await expect(quote.locator('details.also summary').textContent()).resolves.toBe(
      'Also said in 1 other passage',
    );
    await expect(quote.textContent()).resolves.toMatch(
      /Andriy Yermak[\s\S]*Ivan Fedorov|Ivan Fedorov[\s\S]*Andriy Yermak/,
    );
    await expect(quote.textContent()).resolves.not.toContain('Rustem Umerov,');
    await screenshot(journey.page, 'contradictions');
    expect(appErrors(journey.page)).toEqual([]);
  });
});
