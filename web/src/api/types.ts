// The shapes the HTTP API returns, as the web app reads them. Domain types come from
// `src/core` (type-only imports, so nothing of zod reaches the bundle).
import type { ConsensusState, Progress } from '../../../src/core/consensus.ts';
import type {
  Draft,
  Event,
  Party,
  Person,
  Position,
  Provision,
  Source,
  Stance,
  Track,
} from '../../../src/core/model.ts';
import type { ProgressPoint, Status, StatusRow } from '../../../src/core/status.ts';

export type {
  ConsensusState,
  Draft,
  Event,
  Party,
  Person,
  Position,
  Progress,
  ProgressPoint,
  Provision,
  Source,
  Stance,
  Status,
  StatusRow,
  Track,
};

export type DraftHeader = Omit<Draft, 'provisions'> & { createdAt?: string };

/** `GET /api/drafts/:id`: a delegation may hold only a summary, or miss other tracks' provisions. */
export type DraftView = Draft & { summaryOnly?: true; summary?: string; withheld?: number };

export interface Negotiation {
  title: string;
  description?: string;
}

/** A message pushed by `/api/live` after every committed change. */
export interface LiveChange {
  type: 'change';
  /** Where this change leaves the tab (opaque); absent on the tab's own refetch-everything signal. */
  cursor?: string;
  entity: string;
  id: string;
  action: string;
  at: string;
}

export const STANCES: readonly Stance[] = [
  'accept',
  'reservations',
  'amend',
  'reject',
  'red_line',
  'unknown',
];

export const STANCE_LABELS: Record<Stance, string> = {
  accept: 'Accept',
  reservations: 'Reservations',
  amend: 'Amend',
  reject: 'Reject',
  red_line: 'Red line',
  unknown: 'Unknown',
};

export const CONSENSUS_STATES: readonly ConsensusState[] = ['agreed', 'contested', 'blocked', 'open'];
