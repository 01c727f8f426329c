// Consensus on a provision, from the latest positions of the parties that must agree:
// the members of the provision's track, or else the mediator and the principals.
import { z } from 'zod';
import type { Party, Position, Stance, Track } from './model.ts';

/** Blocked (a red line), contested (a rejection or an amendment), agreed (all accept), or open. */
export const ConsensusState = z.enum(['agreed', 'contested', 'blocked', 'open']);
export type ConsensusState = z.infer<typeof ConsensusState>;

export interface ProvisionConsensus {
  state: ConsensusState;
  required: string[];
  /** Latest stance of each party that has one (required or not). */
  stances: Record<string, Stance>;
  /** Required parties holding a red line or rejecting. */
  blockers: string[];
}

/** The parties whose agreement a provision needs. */
export function requiredParties(parties: Party[], tracks: Track[], trackId: string | undefined): string[] {
  const track = trackId ? tracks.find((t) => t.id === trackId) : undefined;
  if (track) return [...track.parties].sort();
  return parties
    .filter((p) => p.role === 'mediator' || p.role === 'principal')
    .map((p) => p.id)
    .sort();
}

/** Positions grouped by the lineage they are about, keeping their order. */
export function groupByLineage(positions: Position[]): Map<string, Position[]> {
  const groups = new Map<string, Position[]>();
  for (const p of positions) {
    const group = groups.get(p.lineage);
    if (group) group.push(p);
    else groups.set(p.lineage, [p]);
  }
  return groups;
}

/**
 * The latest position of each party among `positions`, counting only those dated on or
 * before `asOf` when given. Later `asOf` wins; on the same date, the later record wins.
 */
export function latestPositions(positions: Position[], asOf?: string): Map<string, Position> {
  const latest = new Map<string, Position>();
  for (const position of positions) {
    if (asOf && position.asOf > asOf) continue;
    const current = latest.get(position.party);
    if (!current || compareRecency(position, current) > 0) latest.set(position.party, position);
  }
  return latest;
}

function compareRecency(a: Position, b: Position): number {
  if (a.asOf !== b.asOf) return a.asOf < b.asOf ? -1 : 1;
  return a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0;
}

/** Blocked beats contested beats open; agreed needs every required party to accept. */
export function assessConsensus(required: string[], latest: Map<string, Position>): ProvisionConsensus {
  const stances: Record<string, Stance> = {};
  for (const [party, position] of [...latest].sort(([a], [b]) => a.localeCompare(b))) {
    stances[party] = position.stance;
  }
  const requiredStances = required.map((party) => stances[party] ?? 'unknown');
  const blockers = required.filter((party) => stances[party] === 'red_line' || stances[party] === 'reject');
  let state: ConsensusState = 'open';
  if (requiredStances.some((s) => s === 'red_line')) state = 'blocked';
  else if (requiredStances.some((s) => s === 'reject' || s === 'amend')) state = 'contested';
  else if (required.length > 0 && requiredStances.every((s) => s === 'accept' || s === 'reservations')) {
    state = 'agreed';
  }
  return { state, required, stances, blockers };
}

/** The count of each state and the share agreed (0..1): the contract's `Progress` (contract/status.ts). */
export function summarizeProgress(states: ConsensusState[]) {
  const count = (s: ConsensusState) => states.filter((x) => x === s).length;
  const agreed = count('agreed');
  return {
    total: states.length,
    agreed,
    contested: count('contested'),
    blocked: count('blocked'),
    open: count('open'),
    ratio: states.length === 0 ? 0 : agreed / states.length,
  };
}
