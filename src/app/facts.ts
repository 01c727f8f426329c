// Loads the facts the govern policies decide on (plain data: who received a draft, who
// sits on a track). What counts as public, absent a publish step: every party, person,
// track, event and source; a draft once `final`; a position that cites a public source.
import type { Amendment } from '../core/amendments.ts';
import type { Claim, Draft, Event, Party, Position, Provision, Track } from '../core/model.ts';
import type {
  AmendmentFacts,
  ClaimFacts,
  DraftFacts,
  EventFacts,
  NegotiationFacts,
  PositionFacts,
  ProvisionFacts,
  SignatureFacts,
  SourceFacts,
  TrackFacts,
} from '../govern/resources.ts';
import type { Queryable } from '../store/database.ts';
import { selectCirculations } from '../store/repo/circulations.ts';
import { selectDraftHeaders } from '../store/repo/drafts.ts';
import { selectParties, selectTracks } from '../store/repo/parties.ts';
import { provisionKey, selectPositions, selectProvisionTracks } from '../store/repo/positions.ts';

/** The circulation facts of every draft, by id (one query). */
export async function draftFactsById(
  q: Queryable,
  drafts: readonly Pick<Draft, 'id' | 'state'>[],
): Promise<Map<string, DraftFacts>> {
  const circulations = await selectCirculations(q);
  return new Map(
    drafts.map((d) => [
      d.id,
      {
        kind: 'draft',
        id: d.id,
        circulatedTo: circulations
          .filter((c) => c.draft === d.id)
          .map((c) => ({ party: c.party, summaryOnly: c.summaryOnly })),
        public: d.state === 'final',
      },
    ]),
  );
}

export async function draftFacts(q: Queryable, draft: Pick<Draft, 'id' | 'state'>): Promise<DraftFacts> {
  return (await draftFactsById(q, [draft])).get(draft.id)!;
}

export function trackFacts(track: Track): TrackFacts {
  return { kind: 'track', id: track.id, parties: track.parties, public: true };
}

export async function negotiationFacts(q: Queryable): Promise<NegotiationFacts> {
  return negotiationFactsOf(await selectParties(q));
}

/** The same facts from parties already loaded: one query fewer for a caller that holds them. */
export function negotiationFactsOf(parties: readonly Pick<Party, 'id'>[]): NegotiationFacts {
  return { kind: 'negotiation', id: '1', parties: parties.map((p) => p.id), public: true };
}

/** Provision facts for one draft; a sub-item is on its parent's track unless it names its own. */
export async function provisionFacter(
  q: Queryable,
  draft: DraftFacts,
  provisions: readonly Provision[],
): Promise<(provision: Provision) => ProvisionFacts> {
  const tracks = new Map((await selectTracks(q)).map((t) => [t.id, trackFacts(t)]));
  const byPath = new Map(provisions.map((p) => [p.path, p]));
  const trackOf = (p: Provision | undefined): string | undefined =>
    p && (p.track ?? trackOf(p.parent ? byPath.get(p.parent) : undefined));
  return (p) => {
    const track = trackOf(p);
    return {
      kind: 'provision',
      id: `${draft.id}:${p.path}`,
      draft,
      track: track ? (tracks.get(track) ?? null) : null,
    };
  };
}

/**
 * Facts for a draft's signing (`party`: the signatory, or '*' for the record as a whole),
 * with every track its provisions are on. Throws only on a database failure.
 */
export async function signatureFacts(
  q: Queryable,
  draft: Pick<Draft, 'id' | 'provisions'>,
  facts: DraftFacts,
  party = '*',
): Promise<SignatureFacts> {
  const factsOf = await provisionFacter(q, facts, draft.provisions);
  const tracks = new Map<string, TrackFacts>();
  for (const p of draft.provisions) {
    const track = factsOf(p).track;
    if (track) tracks.set(track.id, track);
  }
  const id = party === '*' ? draft.id : `${draft.id}:${party}`;
  return { kind: 'signature', id, party, draft: facts, tracks: [...tracks.values()] };
}

/**
 * Publicly reported stances (citing a source) are known to everyone, hence also shared;
 * `provision` (the one the stance was taken on) scopes them by draft and track.
 */
export function positionFacts(
  p: Pick<Position, 'id' | 'party' | 'source'>,
  provision: ProvisionFacts,
): PositionFacts {
  const sourced = p.source !== undefined;
  return { kind: 'position', id: p.id, party: p.party, shared: sourced, public: sourced, provision };
}

type StanceRef = Pick<Position, 'id' | 'party' | 'source' | 'draft' | 'provision'>;

/**
 * Facts for many stances at once (three queries whatever their number): each scoped by
 * its provision's draft (who received it) and track (its own or its parent's). A stance on
 * a provision that is gone is as hidden as its draft.
 */
export async function positionFacter(
  q: Queryable,
  positions: readonly StanceRef[],
): Promise<(p: StanceRef) => PositionFacts> {
  const drafts = await draftFactsById(q, await selectDraftHeaders(q));
  const tracks = new Map((await selectTracks(q)).map((t) => [t.id, trackFacts(t)]));
  const trackOf = await selectProvisionTracks(
    q,
    positions.map((p) => ({ draft: p.draft, path: p.provision })),
  );
  return (p) => {
    const track = trackOf.get(provisionKey({ draft: p.draft, path: p.provision }));
    const draft = drafts.get(p.draft) ?? { kind: 'draft', id: p.draft, circulatedTo: [], public: false };
    return positionFacts(p, {
      kind: 'provision',
      id: `${p.draft}:${p.provision}`,
      draft,
      track: track ? (tracks.get(track) ?? null) : null,
    });
  };
}

export function eventFacts(e: Pick<Event, 'id' | 'participants'>): EventFacts {
  return { kind: 'event', id: e.id, participants: e.participants, public: true };
}

export function sourceFacts(id: string): SourceFacts {
  return { kind: 'source', id, public: true };
}

/** A claim is as visible as the source it was extracted from, and as the stance it recorded. */
export function claimFacts(c: Pick<Claim, 'id' | 'source'>, cites?: PositionFacts): ClaimFacts {
  return { kind: 'claim', id: c.id, source: sourceFacts(c.source), ...(cites ? { cites } : {}) };
}

/** The stance id an accepted claim recorded (`recordRef` is `position:<id>`), if any. */
const citedPosition = (c: Pick<Claim, 'recordRef'>) =>
  c.recordRef?.startsWith('position:') ? c.recordRef.slice('position:'.length) : undefined;

/**
 * Facts for many claims at once, with the stances they recorded. A claim naming a stance
 * that is gone keeps a scope no reader below staff passes (an unknown draft).
 */
export async function claimFacter(
  q: Queryable,
  claims: readonly Pick<Claim, 'recordRef'>[],
): Promise<(c: Pick<Claim, 'id' | 'source' | 'recordRef'>) => ClaimFacts> {
  const cited = new Set(claims.map(citedPosition).filter((id) => id !== undefined));
  if (cited.size === 0) return (c) => claimFacts(c);
  const positions = (await selectPositions(q)).filter((p) => cited.has(p.id));
  const factsOf = await positionFacter(q, positions);
  const byId = new Map(positions.map((p) => [p.id, factsOf(p)]));
  return (c) => {
    const id = citedPosition(c);
    if (id === undefined) return claimFacts(c);
    const gone = factsOf({ id, party: '', draft: '', provision: '' });
    return claimFacts(c, byId.get(id) ?? gone);
  };
}

type AmendmentRef = Pick<Amendment, 'id' | 'party' | 'shared' | 'sharedWith' | 'draft' | 'provision'>;

/**
 * Facts for many amendments at once, scoped like stances by their provision's draft and
 * track (three queries whatever their number). One on a provision that is gone is as
 * hidden as its draft.
 */
export async function amendmentFacter(
  q: Queryable,
  amendments: readonly AmendmentRef[],
): Promise<(a: AmendmentRef) => AmendmentFacts> {
  const factsOf = await positionFacter(q, amendments);
  return (a) => ({
    kind: 'amendment',
    id: a.id,
    party: a.party,
    shared: a.shared,
    sharedWith: a.sharedWith ?? [],
    provision: factsOf(a).provision,
  });
}
