// Accounts and API tokens: who may sign in (staff add them), and tokens for scripts,
// shown once. The policies decide who sees which account and who may mint a token.
import { z } from 'zod';
import { Role } from '../core/actor.ts';
import { Name, PASSWORD_MAX } from '../core/limits.ts';
import { Slug } from '../core/model.ts';
import { declareRead, declareWrite } from './declare.ts';

export { Role };

export const User = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  party: z.string().optional(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

/** A new account; the password is hashed at once and never stored or logged as given. */
export const UserInput = z.object({
  id: Slug,
  name: Name,
  role: Role,
  /** The party a delegate speaks for (an id, name or alias); only a delegate has one. */
  party: Name.optional(),
  password: z
    .string()
    .min(10, 'a password needs at least 10 characters')
    .max(PASSWORD_MAX, `at most ${PASSWORD_MAX} characters`),
});
export type UserInput = z.input<typeof UserInput>;

export const Token = z.object({
  /** Shown once: only its SHA-256 is kept. */
  token: z.string(),
  user: z.string(),
  label: z.string().optional(),
  /** Set when minted for someone else: acts with this token are recorded as "MINTER for user:ID". */
  mintedBy: z.string().optional(),
});
export type Token = z.infer<typeof Token>;

export const accounts = {
  list: declareRead({
    name: 'accounts.list',
    summary: 'Accounts: staff see all, anyone else only themselves',
    resource: 'user',
    action: 'read',
    input: z.object({}),
    output: User.array(),
    staleAfter: ['user'],
    http: { method: 'GET', path: '/users' },
  }),
  add: declareWrite({
    name: 'accounts.add',
    summary: 'Add an account (secretariat and admins; only an admin adds an admin)',
    description:
      'A delegate needs `party`, and only a delegate has one. 409 `duplicate` for an existing id, ' +
      '404 for an unknown party, 403 for anyone below the secretariat and for a role above the ' +
      "caller's own (the secretariat cannot add an admin).",
    resource: 'user',
    action: 'create',
    input: UserInput,
    output: User,
    emits: ['user'],
    http: { method: 'POST', path: '/users', status: 201 },
  }),
  mintToken: declareWrite({
    name: 'accounts.mintToken',
    summary: 'Mint an API token for an account (the account itself or an admin)',
    description:
      'The token is in this response only; send it as `Authorization: Bearer TOKEN`. A token an admin ' +
      'mints for another account carries `mintedBy`, and everything done with it is audited as ' +
      '"admin:X for user:Y", never as Y alone.',
    resource: 'user',
    action: 'update',
    input: z.object({
      /** The account the token acts for. */
      user: Slug,
      /** What the token is for. */
      label: Name.optional(),
    }),
    output: Token,
    emits: ['token'],
    http: { method: 'POST', path: '/users/:user/tokens', status: 201 },
  }),
};
