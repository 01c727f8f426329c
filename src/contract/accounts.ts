// Accounts and API tokens: who may sign in, and tokens for scripts.
import { z } from 'zod';
import { Role, UserInput } from '../app/accounts.ts';
import { Name } from '../core/limits.ts';

export const User = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  party: z.string().optional(),
  createdAt: z.string(),
});
export const UserBody = UserInput;
export const TokenBody = z.object({ label: Name.optional() });
export const Token = z.object({
  /** Shown once: only its SHA-256 is kept. */
  token: z.string(),
  user: z.string(),
  label: z.string().optional(),
  /** Set when minted for someone else: acts with this token are recorded as "MINTER for user:ID". */
  mintedBy: z.string().optional(),
});
