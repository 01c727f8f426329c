// Journey: signing in. Once accounts exist the app opens on the sign-in page; a wrong
// password is refused in the form; the right one shows the view that was asked for with
// the user named in the header; signing out brings the sign-in page back.
import { describe, expect, it } from 'vitest';
import { addAccounts, PASSWORD, signIn } from './support/accounts.ts';
import { appErrors, demoJourney, screenshot, skipBrowser } from './support/harness.ts';

describe.skipIf(skipBrowser)('signing in', () => {
  const journey = demoJourney({
    prepare: (app) =>
      addAccounts(app.services, [
        { id: 'amara', name: 'Amara Quist', role: 'secretariat' },
        { id: 'oles', name: 'Oles Marchenko', role: 'delegate', party: 'ukraine' },
        { id: 'ines', name: 'Ines Abara', role: 'analyst' },
      ]),
  });

  it('asks for sign-in, refuses a wrong password, lands on the dashboard, signs out', async () => {
    const form = journey.page.getByRole('form', { name: 'Sign in' });
    await form.waitFor();
    // Nothing of the negotiation shows before signing in.
    await expect.poll(() => journey.page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);

    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.locator('.field-error').allTextContents()).resolves.toEqual([
      'Enter your user name.',
      'Enter your password.',
    ]);

    await form.getByLabel('User').fill('amara');
    await form.getByLabel('Password').fill('not the passphrase');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe('Wrong user or password.');
    // The password field is cleared for the next try; the user name stays.
    await expect(form.getByLabel('Password').inputValue()).resolves.toBe('');
    await expect(form.getByLabel('User').inputValue()).resolves.toBe('amara');
    await screenshot(journey.page, 'login-refused');

    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    const who = journey.page.locator('.who');
    await who.waitFor();
    await expect(who.textContent()).resolves.toMatch(/Amara Quist\s*Secretariat/);
    await journey.page.getByRole('heading', { level: 1, name: /^Geneva 2025/ }).waitFor();
    await expect.poll(() => journey.page.locator('[data-live]').getAttribute('data-live')).toBe('live');
    await screenshot(journey.page, 'login-dashboard');

    await who.getByRole('button', { name: 'Sign out' }).click();
    await form.waitFor();
    await expect(journey.page.getByRole('status').first().textContent()).resolves.toBe(
      'You have signed out.',
    );
    // The cookie is gone: the API refuses what it served a moment ago.
    const status = await journey.page.evaluate(async () => (await fetch('api/drafts')).status);
    expect(status).toBe(401);
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('returns to the view that was asked for, and names a delegate with its party', async () => {
    await journey.page.goto(`${journey.app.url}#/timeline`);
    await signIn(journey.page, 'oles');
    await journey.page.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    // The party's name comes with the roster, which may load after the session: wait for it.
    await expect
      .poll(() => journey.page.locator('.who').textContent())
      .toMatch(/Oles Marchenko\s*Delegate · Ukraine/);
    // Adding events is the secretariat's: the button is not offered.
    await expect.poll(() => journey.page.getByRole('link', { name: 'Add an event' }).count()).toBe(0);
    expect(appErrors(journey.page)).toEqual([]);
  });

  it('says how long to wait after repeated failed sign-ins, and lets the owner in after it', async () => {
    await journey.page.locator('.who').getByRole('button', { name: 'Sign out' }).click();
    const form = journey.page.getByRole('form', { name: 'Sign in' });
    const alert = form.getByRole('alert');
    const attempt = async (password: string) => {
      await form.getByLabel('User').fill('ines');
      await form.getByLabel('Password').fill(password);
      await form.getByRole('button', { name: 'Sign in' }).click();
      await form.getByRole('button', { name: 'Sign in' }).waitFor();
    };
    // No alert before the first try: read it only once there is one.
    const said = async () => ((await alert.count()) > 0 ? ((await alert.textContent()) ?? '') : '');
    // Past five failures each one doubles the wait (1 s, 2 s, 4 s …); nothing is locked.
    for (let i = 0; i < 12 && !/Too many/.test(await said()); i++) {
      await attempt(`wrong guess ${i}`);
      await expect.poll(said).toMatch(/Wrong user or password|Too many/);
    }
    const throttled = await said();
    expect(throttled).toMatch(/^Too many failed sign-ins: try again in \d+ s\.$/);
    await screenshot(journey.page, 'login-throttled');
    // Once the wait is over, the right password lets her in: throttled, never locked.
    const wait = Number(/in (\d+) s/.exec(throttled)?.[1]);
    await journey.page.waitForTimeout((wait + 1) * 1000);
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => journey.page.locator('.who').textContent()).toMatch(/Ines Abara\s*Analyst/);
    expect(appErrors(journey.page)).toEqual([]);
  });
});
