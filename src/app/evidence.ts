// The evidence area's use cases, in the contract's order (contract/evidence.ts).
import { acceptClaim, claimQueue, listClaims, rejectClaim, reviewClaims } from './claims.ts';
import { listContradictions } from './contradictions.ts';
import { ingestSource, ingestSources, showSourceText } from './ingest.ts';
import type { UseCase } from './useCase.ts';

export const EVIDENCE: readonly UseCase[] = [
  ingestSource,
  ingestSources,
  showSourceText,
  listClaims,
  claimQueue,
  reviewClaims,
  acceptClaim,
  rejectClaim,
  listContradictions,
];
