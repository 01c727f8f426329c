// Accounts for the journeys that need them: created through the app layer (as `parley user
// add` does), which also ends open mode, so the app asks everyone to sign in.
import type { Page } from 'playwright-core';
import { addUser, type UserInput } from '../../../src/app/accounts.ts';
import { type Services, write } from '../../../src/app/context.ts';
import { owner } from '../../../src/core/actor.ts';

/** Everyone's password in the journeys (long enough for the account rules). */
export const PASSWORD = 'a journey passphrase';

export type Account = Omit<UserInput, 'password'>;

export async function addAccounts(services: Services, accounts: readonly Account[]): Promise<void> {
  for (const account of accounts) {
    await write(services, owner, 'user', (ctx) => addUser(ctx, { ...account, password: PASSWORD }));
  }
}

/** Fills in the sign-in page and waits for the header to name the user. */
export async function signIn(page: Page, user: string, password = PASSWORD): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('User').fill(user);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.locator(`.who[data-user="${user}"]`).waitFor();
}
