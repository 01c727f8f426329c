// Journey: the secretariat compares a counter-proposal with the plan it answers. The engine
// paired a point rewritten in other words on the same subject ("a fund to rebuild the bridge"
// against "reconstruction … financed from a package") and says why, with a confidence; the
// secretariat undoes the pairing (the row becomes a deletion and an addition), then states it
// again, and the row reads as a rewritten pair confirmed by a user.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { write } from '../../src/app/context.ts';
import { importDraft } from '../../src/app/drafts.ts';
import { owner } from '../../src/core/actor.ts';
import { addAccounts, signIn } from './support/accounts.ts';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

const MEETINGS = 'The delegations meet every second Tuesday in the town hall of Lindvik.';
const LANGUAGES = 'This text is published in both languages of the valley, each equally authentic.';
const FUND = 'A fund to rebuild the Maren Bridge is set up and paid for by the donor conference.';
const PACKAGE =
  'Reconstruction of the bridge over the Maren is financed from a package pledged by international donors.';

const provisions = (...texts: string[]) =>
  texts.map((text, i) => ({ path: String(i + 1), number: String(i + 1), text }));

/** The comparison's body row whose newer (or, for a deletion, older) side reads `text`. */
const rowWith = (page: Page, kind: string, text: string): Locator =>
  page.locator(`table.compare tbody tr.kind-${kind}`).filter({ hasText: text });

describe.skipIf(skipBrowser)('compare: undoing and restating a rewritten pairing', () => {
  const journey = demoJourney({
    prepare: async (app) => {
      await write(app.services, owner, 'draft', async (ctx) => {
        await importDraft(ctx, {
          id: 'maren-plan',
          label: 'Maren plan',
          date: '2025-12-01',
          provisions: provisions(MEETINGS, FUND, LANGUAGES),
        });
        await importDraft(ctx, {
          id: 'maren-counter',
          label: 'Maren counter-proposal',
          date: '2025-12-02',
          parents: ['maren-plan'],
          provisions: provisions(MEETINGS, PACKAGE, LANGUAGES),
        });
      });
      await addAccounts(app.services, [{ id: 'sara', name: 'Sara Lind', role: 'secretariat' }]);
    },
    at: '#/compare?from=maren-plan&to=maren-counter',
    opened: (page) => signIn(page, 'sara'),
  });

  const summary = () => journey.page.locator('table.compare').locator('xpath=../preceding-sibling::p[1]');

  it('shows the rewritten pair with its confidence and the evidence for it', async () => {
    const { page } = journey;
    await page.getByRole('heading', { level: 1, name: 'Compare drafts' }).waitFor();
    const row = rowWith(page, 'rewritten', 'package pledged');
    await row.waitFor();
    await expect(summary().textContent()).resolves.toMatch(/2 kept · .*1 rewritten.* 0 added · 0 deleted/);
    // The older side struck, the newer inserted, both labelled 2 and named rewritten.
    await expect(row.locator('td').first().textContent()).resolves.toContain('2 rewritten');
    const evidence = row.locator('.evidence');
    await expect(evidence.locator('.badge').textContent()).resolves.toMatch(/^confidence 0\.\d\d$/);
    const why = (await evidence.textContent()) ?? '';
    expect(why).toContain('rebuild ~ reconstruction');
    expect(why).toMatch(/Same words: .*maren/);
    expect(why).toContain('between 1 → 1 and 3 → 3');
    await expect(row.getByRole('button', { name: 'Confirm pairing' }).isVisible()).resolves.toBe(true);
    await expect(row.getByRole('button', { name: 'Undo pairing' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'compare-rewritten', { fullPage: false });
    expect(appErrors(page)).toEqual([]);
  });

  it('undoes it: the plan’s point reads as deleted and the counter’s as added', async () => {
    const { page } = journey;
    await rowWith(page, 'rewritten', 'package pledged').getByRole('button', { name: 'Undo pairing' }).click();
    await rowWith(page, 'added', 'package pledged').waitFor();
    await expect.poll(() => page.locator('table.compare tr.kind-rewritten').count()).toBe(0);
    const deleted = rowWith(page, 'deleted', 'donor conference');
    await expect(deleted.locator('td').first().locator('del').textContent()).resolves.toBe(FUND);
    await expect(deleted.locator('td').nth(1).textContent()).resolves.toBe('');
    const added = rowWith(page, 'added', 'package pledged');
    await expect(added.locator('td').first().textContent()).resolves.toBe('');
    await expect(added.locator('ins').textContent()).resolves.toBe(PACKAGE);
    // No evidence and nothing to undo on a provision that comes from nowhere.
    await expect.poll(() => added.locator('.evidence').count()).toBe(0);
    await expect.poll(() => added.getByRole('button', { name: 'Undo pairing' }).count()).toBe(0);
    // (The summary names rewritten pairs only when there are some.)
    const after = (await summary().textContent()) ?? '';
    expect(after).toMatch(/^2 kept · 0 reworded · 0 moved .* 1 added · 1 deleted\./);
    expect(after).not.toContain('rewritten');
    // Stored, not only shown: a fresh load of the comparison says the same.
    await page.reload();
    await rowWith(page, 'added', 'package pledged').waitFor();
    await expect.poll(() => rowWith(page, 'deleted', 'donor conference').count()).toBe(1);
    expect(appErrors(page)).toEqual([]);
  });

  it('confirms it again: the pair comes back as rewritten, confirmed by a user', async () => {
    const { page } = journey;
    const added = rowWith(page, 'added', 'package pledged');
    await added.getByRole('button', { name: 'Change pairing…' }).click();
    const form = page.getByRole('form', { name: 'Pairing of 2' });
    await form.getByLabel('2 comes from').fill('2');
    await form.getByRole('button', { name: 'Save pairing' }).click();

    const row = rowWith(page, 'rewritten', 'package pledged');
    await row.waitFor();
    await expect(
      page.locator('table.compare tr.kind-added, table.compare tr.kind-deleted').count(),
    ).resolves.toBe(0);
    await expect(row.locator('.badge.pairing-confirmed').textContent()).resolves.toBe('confirmed by a user');
    await expect(row.locator('.evidence .badge').textContent()).resolves.toMatch(/^confidence 0\.\d\d$/);
    await expect(row.locator('.evidence').textContent()).resolves.toContain('rebuild ~ reconstruction');
    // Settled by a user: neither confirm nor undo is offered any more.
    await expect.poll(() => row.getByRole('button', { name: 'Confirm pairing' }).count()).toBe(0);
    await expect.poll(() => row.getByRole('button', { name: 'Undo pairing' }).count()).toBe(0);
    await expect(summary().textContent()).resolves.toMatch(/1 rewritten.* 0 added · 0 deleted/);
    await screenshot(page, 'compare-rewritten-confirmed', { fullPage: false });
    expect(appErrors(page)).toEqual([]);
  });
});
