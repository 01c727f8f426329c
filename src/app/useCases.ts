// Every use case Parley serves, for the adapters that serve them all (the HTTP API and its
// OpenAPI document). Each area adds its own list; a CLI command imports only what it runs.
import { addToken, addUser, listUsers } from './accounts.ts';
import { AMENDMENTS } from './amendments.ts';
import { listAudit, verifyAudit } from './audit.ts';
import { exportBundle, importBundle } from './bundle.ts';
import { draftCertificate } from './certificate.ts';
import { circulateDraft, listCirculations, traceLeak } from './circulation.ts';
import { circulationCopy } from './circulationCopy.ts';
import { showColumns } from './columns.ts';
import { compareTwoDrafts } from './compare.ts';
import { issueComposition, saveComposition, showComposition } from './compose.ts';
import { dealOptions } from './dealIssues.ts';
import { blockersOnDraft, concessionsOnDraft, dealLab, frontierOnDraft, solveOnDraft } from './dealRuns.ts';
import { shareDeal, sharedDeals } from './dealShares.ts';
import { exportDraft } from './draftExport.ts';
import { importDraftFromDocument, importDraftFromText } from './draftImport.ts';
import { listDrafts, showDraft } from './drafts.ts';
import { addEvent, listEvents } from './events.ts';
import { EVIDENCE } from './evidence.ts';
import { setPairing, showLineage } from './lineage.ts';
import { initNegotiation, showNegotiation } from './negotiation.ts';
import { positionsHistory, positionsList, positionsSet, positionsShow } from './positions.ts';
import { PROFILE_USE_CASES } from './profiles.ts';
import { statusProgress } from './progress.ts';
import { addParty, addPerson, addTrack, listParties, listPeople, listTracks } from './roster.ts';
import { showSession } from './sessions.ts';
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
import { addSource, listSources } from './sources.ts';
import { statusTable } from './status.ts';
import type { UseCase } from './useCase.ts';

export const USE_CASES: readonly UseCase[] = [
  listAudit,
  verifyAudit,
  listUsers,
  addUser,
  addToken,
  showSession,
  ...[showNegotiation, initNegotiation, listParties, addParty, listPeople, addPerson, listTracks, addTrack],
  ...[listSources, addSource, listEvents, addEvent, exportBundle, importBundle],
  ...[
    listDrafts,
    showDraft,
    importDraftFromText,
    importDraftFromDocument,
    exportDraft,
    compareTwoDrafts,
    showLineage,
    setPairing,
  ],
  ...[showColumns, showComposition, saveComposition, issueComposition],
  ...[finalizeDraft, signingStatus, planSigning, issueKeyChallenge, registerKey, registerKeyFile],
  ...[signingPayload, submitSignature, signDraft, signedBundle, draftCertificate],
  ...[circulateDraft, listCirculations, circulationCopy, traceLeak],
  ...[positionsList, positionsHistory, positionsShow, positionsSet, statusTable, statusProgress],
  ...AMENDMENTS,
  ...EVIDENCE,
  ...PROFILE_USE_CASES,
  ...[dealOptions, solveOnDraft, frontierOnDraft, blockersOnDraft, concessionsOnDraft, dealLab],
  ...[shareDeal, sharedDeals],
];
