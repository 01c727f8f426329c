// The shapes the HTTP API returns, as the web app reads them. Domain types come from
// `src/core` (type-only imports). Everything else the API answers: src/contract.
import type { Draft, Provision, Stance } from '../../../src/core/model.ts';

export type { Draft, Provision, Stance };

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
