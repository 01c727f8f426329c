// Contradictions between sources: the same event with different dates or participants,
// the same words given to different speakers, a plan with different authors, a party's
// stance reported both ways. Each is returned with both claims side by side.
import type { SuggestedClaim } from './types.ts';

export interface SourcedClaim {
  source: string;
  claim: SuggestedClaim;
}

export type ContradictionKind =
  | 'event_date'
  | 'event_participants'
  | 'quote_speaker'
  | 'plan_author'
  | 'position';

export interface Contradiction {
  kind: ContradictionKind;
  reason: string;
  a: SourcedClaim;
  b: SourcedClaim;
}

const DAY = 86_400_000;
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

const speakerKey = (c: SuggestedClaim) =>
  c.kind === 'quote' && c.speaker
    ? (c.speaker.personId ?? c.speaker.partyId ?? c.speaker.name.toLowerCase())
    : undefined;

function compare(x: SourcedClaim, y: SourcedClaim): Contradiction | undefined {
  const [a, b] = [x.claim, y.claim];
  if (a.kind === 'event' && b.kind === 'event' && a.data.eventKind === b.data.eventKind) {
    const pa = a.data.participants.filter((p) => b.data.participants.includes(p));
    const sameActors =
      pa.length >= 2 && pa.length * 2 >= Math.min(a.data.participants.length, b.data.participants.length);
    if (!a.data.date || !b.data.date) return undefined;
    const apart = Math.abs(Date.parse(a.data.date) - Date.parse(b.data.date)) / DAY;
    if (sameActors && apart > 0 && apart <= 7) {
      return {
        kind: 'event_date',
        reason: `the same ${a.data.eventKind} dated ${a.data.date} and ${b.data.date}`,
        a: x,
        b: y,
      };
    }
    const samePlace = a.data.place !== undefined && a.data.place === b.data.place;
    const onlyA = a.data.participants.filter((p) => !b.data.participants.includes(p));
    const onlyB = b.data.participants.filter((p) => !a.data.participants.includes(p));
    if (apart === 0 && samePlace && onlyA.length > 0 && onlyB.length > 0) {
      const reason = `the ${a.data.eventKind} in ${a.data.place} on ${a.data.date}: ${onlyA.join(', ')} vs ${onlyB.join(', ')}`;
      return { kind: 'event_participants', reason, a: x, b: y };
    }
  }
  if (a.kind === 'quote' && b.kind === 'quote') {
    const [sa, sb] = [speakerKey(a), speakerKey(b)];
    if (sa && sb && sa !== sb && jaccard(words(a.data.words), words(b.data.words)) >= 0.8) {
      return { kind: 'quote_speaker', reason: `the same words given to ${sa} and to ${sb}`, a: x, b: y };
    }
  }
  if (a.kind === 'position' && b.kind === 'position') {
    if (a.data.stance === 'authored' && b.data.stance === 'authored' && a.data.party !== b.data.party) {
      return {
        kind: 'plan_author',
        reason: `the plan attributed to ${a.data.party} and to ${b.data.party}`,
        a: x,
        b: y,
      };
    }
    const opposite = new Set([a.data.stance, b.data.stance]);
    if (
      a.data.party === b.data.party &&
      a.data.topic === b.data.topic &&
      opposite.has('accept') &&
      opposite.has('reject')
    ) {
      const on = a.data.topic ? ` on ${a.data.topic}` : '';
      return {
        kind: 'position',
        reason: `${a.data.party} reported both accepting and rejecting${on}`,
        a: x,
        b: y,
      };
    }
  }
  return undefined;
}

/**
 * Pairs of claims from different sources that cannot both be true.
 * `claimsBySource` maps a source id to its claims (mentions are ignored).
 */
export function findContradictions(claimsBySource: Record<string, SuggestedClaim[]>): Contradiction[] {
  const all: SourcedClaim[] = Object.entries(claimsBySource).flatMap(([source, claims]) =>
    claims.filter((claim) => claim.kind !== 'mention').map((claim) => ({ source, claim })),
  );
  const found: Contradiction[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i]!.source === all[j]!.source || all[i]!.claim.kind !== all[j]!.claim.kind) continue;
      const contradiction = compare(all[i]!, all[j]!);
      if (contradiction) found.push(contradiction);
    }
  }
  return found;
}
