// The status table: one row per provision, one column per party that must agree or has
// spoken, the consensus state, and a progress line.
import type { Status } from '../contract/status.ts';
import type { Stance } from '../core/model.ts';
import { paint, renderTable } from './table.ts';

const stanceLabel: Record<Stance, string> = {
  accept: 'accept',
  reservations: 'reserv.',
  amend: 'amend',
  reject: 'reject',
  red_line: 'RED LINE',
  unknown: '?',
};

export function renderStatus(status: Status, color: boolean): string {
  const tint = (text: string, tone: 'green' | 'yellow' | 'red' | 'dim') => (color ? paint[tone](text) : text);
  const stanceTone = (s: Stance) =>
    s === 'accept' || s === 'reservations'
      ? 'green'
      : s === 'amend'
        ? 'yellow'
        : s === 'unknown'
          ? 'dim'
          : 'red';
  const stateTone = { agreed: 'green', contested: 'yellow', blocked: 'red', open: 'dim' } as const;
  const spoken = new Set(status.rows.flatMap((r) => [...r.required, ...Object.keys(r.stances)]));
  const columns = status.parties.filter((p) => spoken.has(p.id)).map((p) => p.id);
  const rows = status.rows.map((row) => [
    row.parent ? `  ${row.number}` : row.number,
    row.title,
    row.track ?? '',
    ...columns.map((party) => {
      const stance = row.stances[party];
      if (!stance) return row.required.includes(party) ? tint('·', 'dim') : '';
      const label = stanceLabel[stance] + (row.carriedOver.includes(party) ? '*' : '');
      return tint(label, stanceTone(stance));
    }),
    tint(row.state, stateTone[row.state]),
  ]);
  const p = status.progress;
  const pct = Math.round(p.ratio * 100);
  const title = `${status.negotiation ?? 'Negotiation'} — ${status.draft.label} (${status.draft.id}, ${status.draft.date})${status.asOf ? ` as of ${status.asOf}` : ''}`;
  return [
    title,
    '',
    renderTable(
      ['#', 'PROVISION', 'TRACK', ...columns.map((c) => c.toUpperCase().slice(0, 10)), 'CONSENSUS'],
      rows,
      34,
    ),
    '',
    `Progress: ${p.agreed}/${p.total} agreed (${pct}%) · ${p.contested} contested · ${p.blocked} blocked · ${p.open} open`,
    '* stance given on an earlier draft and carried over by lineage; · no stance yet from a party that must agree',
  ].join('\n');
}
