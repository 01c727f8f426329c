// The cast of the negotiation (parties, people, tracks), fetched once per tab and kept
// fresh by live changes; links and names everywhere read from it.
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Party, Person, Track } from './api/types.ts';
import { href } from './router.ts';
import { useApi } from './useApi.ts';

interface Roster {
  parties: Party[];
  people: Person[];
  tracks: Track[];
  partyName(id: string): string;
}

const empty: Roster = { parties: [], people: [], tracks: [], partyName: (id) => id };
const RosterContext = createContext<Roster>(empty);

export function RosterProvider({ children }: { children: ReactNode }) {
  const parties = useApi<Party[]>('parties', ['party', 'negotiation']);
  const people = useApi<Person[]>('people', ['person', 'negotiation']);
  const tracks = useApi<Track[]>('tracks', ['track', 'negotiation']);
  const value = useMemo<Roster>(() => {
    const names = new Map((parties.data ?? []).map((p) => [p.id, p.name]));
    return {
      parties: parties.data ?? [],
      people: people.data ?? [],
      tracks: tracks.data ?? [],
      partyName: (id) => names.get(id) ?? id,
    };
  }, [parties.data, people.data, tracks.data]);
  return <RosterContext.Provider value={value}>{children}</RosterContext.Provider>;
}

export const useRoster = () => useContext(RosterContext);

/** A link to a party's or person's page, named from the roster. */
export function ActorLink({ id }: { id: string }) {
  const { parties, people } = useRoster();
  const party = parties.find((p) => p.id === id);
  if (party) return <a href={href('parties', id)}>{party.name}</a>;
  const person = people.find((p) => p.id === id);
  if (person) return <a href={href('people', id)}>{person.name}</a>;
  return <span>{id}</span>;
}
