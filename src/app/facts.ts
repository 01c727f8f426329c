// Loads the facts the govern policies decide on (plain data: who received a draft, who
// sits on a track). What counts as public, absent a publish step: every party, person,
// track, event and source; a draft once `final`; a position that cites a public source.
import type { Claim, Draft, Event, Party, Position, Provision, Track } from '../core/model.ts';
import type {
  ClaimFacts,
  DraftFacts,
  EventFacts,
  NegotiationFacts,
  PositionFacts,
  ProvisionFacts,
  SourceFacts,
  TrackFacts,
} from '../govern/resources.ts';
import type { Queryable } from '../store/database.ts';
import { selectCirculations } from '../store/repo/circulations.ts';
import { selectParties, selectTracks } from '../store/repo/parties.ts';

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

/** Publicly reported stances (citing a source) are known to everyone, hence also shared. */
export function positionFacts(p: Pick<Position, 'id' | 'party' | 'source'>): PositionFacts {
  const sourced = p.source !== undefined;
  return { kind: 'position', id: p.id, party: p.party, shared: sourced, public: sourced };
}

export function eventFacts(e: Pick<Event, 'id' | 'participants'>): EventFacts {
  return { kind: 'event', id: e.id, participants: e.participants, public: true };
}

export function sourceFacts(id: string): SourceFacts {
  return { kind: 'source', id, public: true };
}

/** A claim is as visible as the source it was extracted from. */
export function claimFacts(c: Pick<Claim, 'id' | 'source'>): ClaimFacts {
  return { kind: 'claim', id: c.id, source: sourceFacts(c.source) };
}
