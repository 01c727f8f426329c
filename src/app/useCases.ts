// Every use case Parley serves, for the adapters that serve them all (the HTTP API and its
// OpenAPI document). Each area adds its own list; a CLI command imports only what it runs.
import { listAudit, verifyAudit } from './audit.ts';
import { draftCertificate } from './certificate.ts';
import { circulateDraft, listCirculations, traceLeak } from './circulation.ts';
import { circulationCopy } from './circulationCopy.ts';
import {
  finalizeDraft,
  planSigning,
  signDraft,
  signedBundle,
  signingPayload,
  signingStatus,
  submitSignature,
} from './signing.ts';
import { issueKeyChallenge, registerKey, registerKeyFile } from './signingKeys.ts';
import type { UseCase } from './useCase.ts';

export const USE_CASES: readonly UseCase[] = [
  listAudit,
  verifyAudit,
  ...[finalizeDraft, signingStatus, planSigning, issueKeyChallenge, registerKey, registerKeyFile],
  ...[signingPayload, submitSignature, signDraft, signedBundle, draftCertificate],
  ...[circulateDraft, listCirculations, circulationCopy, traceLeak],
];
