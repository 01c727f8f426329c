// The shapes the HTTP API returns, as the web app reads them. Domain types come from
// `src/core` (type-only imports). Positions, the status table and progress: src/contract.
import type { Claim, ClaimKind, Draft, Provision, Stance } from '../../../src/core/model.ts';

export type { Claim, ClaimKind, Draft, Provision, Stance };

/** One side of a contradiction: the passage in its source, and the claim it belongs to, if any. */
export interface ContradictionSide {
  source: string;
  span: [number, number];
  text: string;
  speaker?: { name: string; personId?: string; partyId?: string };
  /** The claim (a quote or an event) the passage belongs to. */
  claim?: string;
}

export interface Contradiction {
  kind: 'number' | 'date' | 'status' | 'authorship' | 'participants' | 'quote' | 'attribution' | 'stance';
  reason: string;
  a: ContradictionSide;
  b: ContradictionSide;
}

/** What `POST /api/sources/ingest` answers. */
export interface Ingested {
  outcome:
    | { fileName: string; status: 'added'; source: string; claims: Record<ClaimKind, number> }
    | { fileName: string; status: 'duplicate'; source: string };
  copies: { a: string; b: string; kind: string; similarity: number }[];
}

export type { Negotiation } from '../../../src/contract/roster.ts';

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
