// The cast of the negotiation (parties, people, tracks) and its sources, fetched once per
// tab and kept fresh by live changes; links and names everywhere read from it.
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { type Party, type Person, roster, type Source, type Track } from '../../src/contract/roster.ts';
import { useRead } from './api/queries.ts';
import { formatDate } from './components/format.ts';
import { href } from './router.ts';

interface Roster {
  parties: Party[];
  people: Person[];
  tracks: Track[];
  sources: Source[];
  partyName(id: string): string;
}

const empty: Roster = { parties: [], people: [], tracks: [], sources: [], partyName: (id) => id };
const RosterContext = createContext<Roster>(empty);

export function RosterProvider({ children }: { children: ReactNode }) {
  const parties = useRead(roster.listParties, {});
  const people = useRead(roster.listPeople, {});
  const tracks = useRead(roster.listTracks, {});
  const sources = useRead(roster.listSources, {});
  const value = useMemo<Roster>(() => {
    const names = new Map((parties.data ?? []).map((p) => [p.id, p.name]));
    return {
      parties: parties.data ?? [],
      people: people.data ?? [],
      tracks: tracks.data ?? [],
      sources: sources.data ?? [],
      partyName: (id) => names.get(id) ?? id,
    };
  }, [parties.data, people.data, tracks.data, sources.data]);
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

/** A link to a source's page, named by its outlet and date. */
export function SourceLink({ id }: { id: string }) {
  const source = useRoster().sources.find((s) => s.id === id);
  return (
    <a href={href('sources', id)} title={source?.title}>
      {source ? `${source.outlet}, ${formatDate(source.date)}` : id}
    </a>
  );
}
