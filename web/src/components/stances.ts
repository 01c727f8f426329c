// The stances in the order screens list them, with the words they show for each.
import { Stance } from '../../../src/core/model.ts';

export const STANCES: readonly Stance[] = Stance.options;

export const STANCE_LABELS: Record<Stance, string> = {
  accept: 'Accept',
  reservations: 'Reservations',
  amend: 'Amend',
  reject: 'Reject',
  red_line: 'Red line',
  unknown: 'Unknown',
};
