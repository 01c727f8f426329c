// Accounts for the journeys that need them: created through the app layer (as `parley user
// add` does), which also ends open mode, so the app asks everyone to sign in.
import type { Page } from 'playwright-core';
import { addUser } from '../../../src/app/accounts.ts';
import type { Services } from '../../../src/app/context.ts';
import { runUseCase } from '../../../src/app/useCase.ts';
import type { UserInput } from '../../../src/contract/accounts.ts';
import { owner } from '../../../src/core/actor.ts';

/** Everyone's password in the journeys (long enough for the account rules). */
export const PASSWORD = 'a journey passphrase';

export type Account = Omit<UserInput, 'password'>;

export async function addAccounts(services: Services, accounts: readonly Account[]): Promise<void> {
  for (const account of accounts) {
    await runUseCase(services, owner, addUser, { ...account, password: PASSWORD });
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
