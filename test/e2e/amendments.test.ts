// Journey: a delegation proposes an amendment under a provision of the draft it holds, with
// the keyboard only, sees it redlined against the text with its state, and withdraws it.
import { describe, expect, it } from 'vitest';
import { circulateDraft } from '../../src/app/circulation.ts';
import { write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, signIn } from './support/accounts.ts';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('proposing and withdrawing an amendment', () => {
  const journey = demoJourney({
    prepare: async (app) => {
      // A working text still open to amendment (the demo's drafts are settled), held by Ukraine.
      await write(app.services, owner, 'draft', async (ctx) => {
        await importDraft(ctx, {
          id: 'desk-text',
          label: 'Desk text',
          date: '2025-11-30',
          provisions: [
            { path: '1', number: '1', text: "Ukraine's sovereignty is reaffirmed." },
            { path: '2', number: '2', text: 'Prisoners are exchanged all for all.' },
          ],
        });
        await circulateDraft.run(ctx, { draft: 'desk-text', to: 'ukraine' });
      });
      await addAccounts(app.services, [
        { id: 'oles', name: 'Oles Marchenko', role: 'delegate', party: 'ukraine' },
      ]);
    },
    at: '#/drafts/desk-text',
    opened: (page) => signIn(page, 'oles'),
  });

  it('proposes a replacement from the keyboard and shows it redlined, proposed', async () => {
    const { page } = journey;
    await page.getByRole('heading', { level: 1, name: 'Desk text' }).waitFor();
    const provision = page.locator('li#p-1');
    const open = provision.getByRole('button', { name: 'Propose an amendment' });
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(open.getAttribute('aria-expanded')).resolves.toBe('true');
    const form = provision.getByRole('form', { name: /Propose an amendment on/ });
    // Ukraine speaks only for itself: no party to choose.
    await expect.poll(() => form.getByLabel('For party').count()).toBe(0);
    const wording = form.getByLabel('New wording');
    await wording.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type("Ukraine's sovereignty and territorial integrity are reaffirmed in full.");
    await page.keyboard.press('Tab');
    await page.keyboard.type('territorial integrity named');
    // The preview redlines the proposal against the provision before it is sent.
    await expect.poll(() => form.locator('.amendment-preview ins').count()).toBeGreaterThan(0);
    await form.getByRole('button', { name: 'Propose' }).focus();
    await page.keyboard.press('Enter');

    const item = provision.locator('li.amendment');
    await expect.poll(() => item.count()).toBe(1);
    await expect(item.locator('.badge').textContent()).resolves.toBe('proposed');
    await expect(item.locator('.redline ins').first().textContent()).resolves.toMatch(/territorial/);
    await expect.poll(() => item.locator('.redline del').count()).toBeGreaterThan(0);
    await expect(item.textContent()).resolves.toContain('Note: territorial integrity named');
    await screenshot(page, 'amendment-proposed', { fullPage: false });
  });

  it('withdraws it from the keyboard; the record says withdrawn', async () => {
    const { page } = journey;
    const item = page.locator('li#p-1 li.amendment');
    await item.getByRole('button', { name: 'Withdraw' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => item.locator('.badge').textContent()).toBe('withdrawn');
    await expect.poll(() => item.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
    const stored = await page.evaluate(
      async () =>
        (await (await fetch('api/amendments?draft=desk-text')).json()) as {
          party: string;
          state: string;
          author: string;
        }[],
    );
    expect(stored.map((a) => [a.party, a.state, a.author])).toEqual([['ukraine', 'withdrawn', 'user:oles']]);
    expect(appErrors(journey.page)).toEqual([]);
  });
});
