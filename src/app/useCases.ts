// Every use case Parley serves, for the adapters that serve them all (the HTTP API and its
// OpenAPI document). Each area adds its own list; a CLI command imports only what it runs.
import { addToken, addUser, listUsers } from './accounts.ts';
import { listAudit, verifyAudit } from './audit.ts';
import { showNegotiation } from './negotiation.ts';
import { showSession } from './sessions.ts';
import type { UseCase } from './useCase.ts';

export const USE_CASES: readonly UseCase[] = [
  listAudit,
  verifyAudit,
  listUsers,
  addUser,
  addToken,
  showSession,
  showNegotiation,
];
