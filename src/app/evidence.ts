// The evidence area's use cases, in the contract's order (contract/evidence.ts).
import { acceptClaim, listClaims, rejectClaim } from './claims.ts';
import { listContradictions } from './contradictions.ts';
import { ingestSource, showSourceText } from './ingest.ts';
import type { UseCase } from './useCase.ts';

export const EVIDENCE: readonly UseCase[] = [
  ingestSource,
  showSourceText,
  listClaims,
  acceptClaim,
  rejectClaim,
  listContradictions,
];
