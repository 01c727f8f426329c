// Every use case Parley serves, for the adapters that serve them all (the HTTP API and its
// OpenAPI document). Each area adds its own list; a CLI command imports only what it runs.
import { listAudit, verifyAudit } from './audit.ts';
import { EVIDENCE } from './evidence.ts';
import type { UseCase } from './useCase.ts';

export const USE_CASES: readonly UseCase[] = [listAudit, verifyAudit, ...EVIDENCE];
