// The shapes the HTTP API returns, as the web app reads them. Domain types come from
// `src/core` (type-only imports, so nothing of zod reaches the bundle).
import type { ConsensusState, Progress, ProvisionConsensus } from '../../../src/core/consensus.ts';
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

export type {
  ConsensusState,
  Draft,
  Event,
  Party,
  Person,
  Position,
  Progress,
  Provision,
  Source,
  Stance,
  Track,
};

export type DraftHeader = Omit<Draft, 'provisions'> & { createdAt?: string };

export interface Negotiation {
  title: string;
  description?: string;
}

/** One provision's row of `GET /api/status` (mirrors `src/app/status.ts`). */
export interface StatusRow extends ProvisionConsensus {
  path: string;
  number: string;
  parent?: string;
  title: string;
  track?: string;
  topics: string[];
  carriedOver: string[];
}

export interface Status {
  negotiation?: string;
  draft: { id: string; label: string; date: string };
  asOf?: string;
  parties: { id: string; name: string; role: string }[];
  rows: StatusRow[];
  progress: Progress;
}

export interface ProgressPoint {
  date: string;
  total: number;
  agreed: number;
  contested: number;
  blocked: number;
  open: number;
}

/** A message pushed by `/api/live` after every committed change. */
export interface LiveChange {
  type: 'change';
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
