// Journey: every main screen of the demo at a desktop's 1440 px and a phone's 390 px —
// the matrix fits with its provision and consensus columns in view, the navigation folds
// behind a Menu button, no page scrolls sideways, a missing stance is a visible cell,
// provisions go by heading and number, the timeline draws and filters its events, and
// the demo's claims, contradiction, circulations and signing are there to see.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appErrors, demoJourney, openPage, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('the first screens at 1440 and 390 px', () => {
  const journey = demoJourney();
  let wide: Page;
  let phone: Page;
  beforeAll(async () => {
    wide = await openPage(journey.browser, journey.app.url, { width: 1440, height: 900 });
    phone = await openPage(journey.browser, journey.app.url, { width: 390, height: 844 });
  });

  const go = (page: Page, view: string) => page.goto(`${journey.app.url}#/${view}`);
  /** The page itself never scrolls sideways; wide content scrolls inside its own box. */
  const sideways = (page: Page) =>
    page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  const keep = (page: Page, name: string) => screenshot(page, name, { fullPage: false, keep: true });

  it('dashboard: blockers named by heading and number; on a phone the navigation folds behind Menu', async () => {
    await go(wide, '');
    const blockers = wide.getByRole('table').filter({ hasText: 'Blocked by' });
    await blockers.locator('tbody tr').first().waitFor();
    await expect(blockers.locator('tbody th').allTextContents()).resolves.toContainEqual(
      expect.stringMatching(/^15\s*·\s*Territory$/),
    );
    await expect(blockers.textContent()).resolves.not.toMatch(/§/);
    await expect(wide.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await wide.locator('.chart svg path.area-agreed').waitFor();
    await keep(wide, 'dashboard');

    await go(phone, '');
    await phone.getByRole('heading', { level: 1, name: /Geneva 2025/ }).waitFor();
    const menu = phone.getByRole('button', { name: 'Menu' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(phone.getByRole('link', { name: 'Matrix', exact: true }).isVisible()).resolves.toBe(false);
    // The header is one row: brand, live, account and Menu.
    await expect(
      phone.locator('.app-header').evaluate((h) => h.getBoundingClientRect().height),
    ).resolves.toBeLessThan(70);
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'dashboard-390');

    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await phone.getByRole('link', { name: 'Matrix', exact: true }).waitFor({ state: 'visible' });
    await keep(phone, 'navigation-390');
    await phone.getByRole('link', { name: 'Matrix', exact: true }).click();
    await phone.waitForURL(/#\/matrix/);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('matrix: fits 1440 px, keeps its party columns across the slider, explains every mark', async () => {
    await go(wide, 'matrix');
    const box = wide.locator('.matrix-wrap');
    await box.locator('tbody tr').first().waitFor();
    // Nothing clipped: the table is no wider than its box, the consensus column in the window.
    const fit = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(fit).toBeLessThanOrEqual(0);
    const consensus = await wide.locator('thead th.consensus-col').boundingBox();
    expect((consensus?.x ?? 0) + (consensus?.width ?? 0)).toBeLessThanOrEqual(1440);

    const missing = box.locator('td.cell .stance-missing');
    await expect.poll(() => missing.count()).toBeGreaterThan(5);
    await expect(missing.first().textContent()).resolves.toBe('no answer yet');
    const legend = wide.locator('.matrix-legend');
    await expect(legend.textContent()).resolves.toMatch(/no answer yet.*must agree/);
    await expect(legend.textContent()).resolves.toMatch(/not required/);
    await expect(legend.textContent()).resolves.toMatch(/\* a stance given on an earlier draft/);
    await expect(box.locator('tbody th').first().textContent()).resolves.toMatch(/^1\s*·\s*Sovereignty$/);

    const columns = () =>
      box.locator('thead th.party').evaluateAll((ths) => ths.map((th) => th.dataset.party));
    const now = await columns();
    expect(now).toEqual(expect.arrayContaining(['us', 'russia', 'ukraine', 'coalition']));
    await wide.getByRole('slider').focus();
    await wide.keyboard.press('Home');
    await wide.waitForURL(/asOf=2025-/);
    await expect.poll(() => box.locator('td.cell .badge:not(.stance-missing)').count()).toBeLessThan(20);
    // Fewer stances on the first day, the same columns.
    expect(await columns()).toEqual(now);
    await wide.keyboard.press('End');
    await expect.poll(() => wide.url()).not.toMatch(/asOf=/);
    await wide.locator('h1').click();
    // The whole page, so the legend shows beneath the table.
    await screenshot(wide, 'matrix', { keep: true });

    await go(phone, 'matrix');
    const narrow = phone.locator('.matrix-wrap');
    await narrow.locator('tbody tr').first().waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await expect(narrow.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    await narrow.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    // Scrolled to the far right, the provision and consensus columns are still in the box.
    const frame = await narrow.boundingBox();
    const provision = await narrow.locator('tbody tr').first().locator('th').boundingBox();
    const state = await narrow.locator('tbody tr').first().locator('td.consensus-col').boundingBox();
    expect(Math.abs((provision?.x ?? 0) - (frame?.x ?? 0))).toBeLessThanOrEqual(2);
    expect(
      Math.abs((state?.x ?? 0) + (state?.width ?? 0) - (frame?.x ?? 0) - (frame?.width ?? 0)),
    ).toBeLessThanOrEqual(2);
    await keep(phone, 'matrix-390');
  });

  it('reader: a provision by heading and number, the stances beside it', async () => {
    await go(wide, 'drafts/geneva-revision?at=15');
    const focused = wide.locator('li.provision:focus');
    await focused.waitFor();
    await expect(focused.locator('h2').textContent()).resolves.toMatch(/^15\s*·\s*Territory$/);
    await expect.poll(() => focused.locator('.provision-stances .badge.stance-red_line').count()).toBe(2);
    await keep(wide, 'draft-reader');
    await go(phone, 'drafts/geneva-revision?at=15');
    await phone.locator('li.provision:focus').waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'draft-reader-390');
  });

  it('timeline: events on a time axis, filtered by kind and party, each filter a URL', async () => {
    await go(wide, 'timeline');
    const marks = wide.locator('.timeline-chart a.mark');
    await marks.first().waitFor();
    const all = await marks.count();
    expect(all).toBe(await wide.locator('article.event').count());
    expect(all).toBeGreaterThan(30);
    await expect(
      marks.evaluateAll((a) => a.map((m) => m.getAttribute('aria-label'))),
    ).resolves.toContainEqual(expect.stringMatching(/^15 Aug 2025, summit: .*Alaska/));
    await expect(wide.locator('.timeline-lanes').textContent()).resolves.toMatch(
      /talks.*statement.*deadline/,
    );
    await keep(wide, 'timeline');

    await wide.getByLabel('Kind').selectOption('statement');
    await wide.waitForURL(/kind=statement/);
    await expect.poll(() => marks.count()).toBeLessThan(all);
    const statements = await marks.count();
    await expect(wide.locator('article.event .kind').allTextContents()).resolves.toEqual(
      Array(statements).fill('statement'),
    );
    await wide.getByLabel('Party').selectOption('russia');
    await wide.waitForURL(/kind=statement&party=russia|party=russia&kind=statement/);
    await expect.poll(() => marks.count()).toBeLessThan(statements);
    // The filtered state is a URL: opened afresh, it draws the same marks.
    const filtered = await marks.count();
    await wide.reload();
    await expect.poll(() => marks.count()).toBe(filtered);
    await keep(wide, 'timeline-filtered');

    // A mark is a link to its event in the list below.
    const first = marks.first();
    const id = await first.getAttribute('data-event');
    await first.focus();
    await wide.keyboard.press('Enter');
    await wide.waitForURL(new RegExp(`focus=${id}`));
    await wide.locator(`.focused #event-${id}`).waitFor();

    await go(phone, 'timeline');
    await phone.locator('.timeline-chart a.mark').first().waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    // A phone opens the plot on the latest events.
    await expect
      .poll(() => phone.locator('.timeline-scroll').evaluate((el) => el.scrollLeft))
      .toBeGreaterThan(0);
    await keep(phone, 'timeline-390');
  });

  it('claims: the demo reports, reviewed in part, provisions by name', async () => {
    await go(wide, 'claims?status=accepted');
    const cards = wide.locator('article.claim');
    await cards.first().waitFor();
    await expect.poll(() => cards.count()).toBe(4);
    const position = cards.filter({ has: wide.locator('.kind-position') });
    await expect
      .poll(() => position.locator('.claim-provisions').textContent())
      .toMatch(/4\s*·\s*Security guarantees/);
    await go(wide, 'claims');
    await cards.first().waitFor();
    await expect.poll(() => cards.count()).toBeGreaterThan(20);
    await keep(wide, 'claims');
    await go(phone, 'claims');
    await phone.locator('article.claim').first().waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'claims-390');
  });

  it('contradictions: two readouts date the same call differently', async () => {
    await go(wide, 'contradictions');
    const found = wide.locator('.contradiction');
    await found.first().waitFor();
    await expect.poll(() => found.count()).toBe(1);
    await expect(found.textContent()).resolves.toMatch(/the same call on 2025-11-24 and on 2025-11-25/);
    await keep(wide, 'contradictions');
    await go(phone, 'contradictions');
    await phone.locator('.contradiction').waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'contradictions-390');
  });

  it('circulation: who has seen the revision, Russia only its summary', async () => {
    await go(wide, 'circulation');
    const cell = (party: string) =>
      wide.locator(`table.seen tr[data-party="${party}"] td[data-draft="geneva-revision"]`);
    await cell('russia').waitFor();
    await expect(cell('russia').textContent()).resolves.toContain('summary only');
    await expect(cell('ukraine').textContent()).resolves.not.toContain('summary only');
    await keep(wide, 'circulation-demo');
    await go(phone, 'circulation');
    await phone.locator('table.seen').waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'circulation-390');
  });

  it('signing: the revision is final, Ukraine has signed, the United States can sign now', async () => {
    await go(wide, 'signing/geneva-revision');
    await wide.getByRole('heading', { level: 2, name: '1 of 2 signed' }).waitFor();
    await expect(wide.locator('tr[data-signatory="ukraine"]').textContent()).resolves.toMatch(/signed/);
    await expect(wide.locator('tr[data-signatory="us"]').textContent()).resolves.toMatch(/can sign now/);
    await keep(wide, 'signing-demo');
    await go(phone, 'signing/geneva-revision');
    await phone.getByRole('heading', { level: 2, name: '1 of 2 signed' }).waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'signing-390');
  });

  it('compare: the two drafts side by side; the app never threw', async () => {
    await go(wide, 'compare');
    await wide.locator('table.compare tbody tr').first().waitFor();
    await keep(wide, 'compare');
    await go(phone, 'compare');
    await phone.locator('table.compare tbody tr').first().waitFor();
    expect(await sideways(phone)).toBeLessThanOrEqual(0);
    await keep(phone, 'compare-390');
    expect(appErrors(wide)).toEqual([]);
    expect(appErrors(phone)).toEqual([]);
  });
});
