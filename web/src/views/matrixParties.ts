// Which parties the stance matrix shows as columns (pure, so the choice is tested apart
// from the table that draws it).
import type { Status, StatusRow } from '../../../src/contract/status.ts';

const ROLE_ORDER = ['mediator', 'principal', 'guarantor', 'observer'];

/**
 * The party columns for `rows`: every party that must agree on one of them or has spoken
 * on one of them at any date (`spoken`: the stances of the latest status, not of the
 * slider's date), mediator and principals first.
 */
export function matrixParties(
  parties: Status['parties'],
  rows: readonly StatusRow[],
  spoken: readonly StatusRow[],
): Status['parties'] {
  const shown = new Set(rows.map((r) => r.path));
  const involved = new Set([
    ...rows.flatMap((r) => r.required),
    ...spoken.filter((r) => shown.has(r.path)).flatMap((r) => Object.keys(r.stances)),
  ]);
  return parties
    .filter((p) => involved.has(p.id))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name));
}
