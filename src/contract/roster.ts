// The negotiation record's use cases: the negotiation itself, its cast (parties, people,
// tracks), what happened (events) and the documents that say so (sources), and the whole
// record as one bundle to export and import.
import { z } from 'zod';
import { Bundle } from '../core/bundle.ts';
import { LongText, Name, Title } from '../core/limits.ts';
import { Event, Party, Person, Source, Track } from '../core/model.ts';
import { ANY_CHANGE } from './changes.ts';
import { declareRead, declareWrite } from './declare.ts';
import { Negotiation } from './session.ts';

export const NegotiationInput = z.object({
  title: Title.min(1, 'give the negotiation a title'),
  description: LongText.optional(),
  createdAt: z.string().optional(),
});

/** A person's party may be typed as a name or alias ("White House"), resolved on the way in. */
export const PersonInput = Person.extend({ party: Name.optional() });

export { Bundle, Event, Negotiation, Party, Person, Source, Track };

const none = z.object({});

export const roster = {
  showNegotiation: declareRead({
    name: 'negotiation.show',
    summary: 'The negotiation this server holds',
    resource: 'negotiation',
    action: 'read',
    input: none,
    output: Negotiation,
    staleAfter: ['negotiation', 'bundle'],
    http: { method: 'GET', path: '/negotiation' },
  }),
  initNegotiation: declareWrite({
    name: 'negotiation.init',
    summary: 'Start the negotiation this home holds (staff)',
    resource: 'negotiation',
    action: 'create',
    input: NegotiationInput,
    output: Negotiation,
    emits: ['negotiation'],
  }),
  listParties: declareRead({
    name: 'party.list',
    summary: 'All parties',
    resource: 'party',
    action: 'read',
    input: none,
    output: Party.array(),
    staleAfter: ['party', 'negotiation', 'bundle'],
    http: { method: 'GET', path: '/parties' },
  }),
  addParty: declareWrite({
    name: 'party.add',
    summary: 'Add one of the parties',
    resource: 'party',
    action: 'create',
    input: Party,
    output: Party,
    emits: ['party'],
    http: { method: 'POST', path: '/parties', status: 201 },
  }),
  listPeople: declareRead({
    name: 'person.list',
    summary: 'All people',
    resource: 'person',
    action: 'read',
    input: none,
    output: Person.array(),
    staleAfter: ['person', 'party', 'negotiation', 'bundle'],
    http: { method: 'GET', path: '/people' },
  }),
  addPerson: declareWrite({
    name: 'person.add',
    summary: 'Add one of the people',
    resource: 'person',
    action: 'create',
    input: PersonInput,
    output: Person,
    emits: ['person'],
    http: { method: 'POST', path: '/people', status: 201 },
  }),
  listTracks: declareRead({
    name: 'track.list',
    summary: 'All tracks',
    resource: 'track',
    action: 'read',
    input: none,
    output: Track.array(),
    staleAfter: ['track', 'party', 'negotiation', 'bundle'],
    http: { method: 'GET', path: '/tracks' },
  }),
  addTrack: declareWrite({
    name: 'track.add',
    summary: 'Add one of the tracks',
    resource: 'track',
    action: 'create',
    input: Track,
    output: Track,
    emits: ['track'],
    http: { method: 'POST', path: '/tracks', status: 201 },
  }),
  listSources: declareRead({
    name: 'source.list',
    summary: 'All sources',
    resource: 'source',
    action: 'read',
    input: none,
    output: Source.array(),
    staleAfter: ['source', 'negotiation', 'bundle'],
    http: { method: 'GET', path: '/sources' },
  }),
  addSource: declareWrite({
    name: 'source.add',
    summary: 'Add one of the sources',
    resource: 'source',
    action: 'create',
    input: Source,
    output: Source,
    emits: ['source'],
    http: { method: 'POST', path: '/sources', status: 201 },
  }),
  listEvents: declareRead({
    name: 'event.list',
    summary: 'All events',
    resource: 'event',
    action: 'read',
    input: none,
    output: Event.array(),
    staleAfter: ['event', 'party', 'person', 'negotiation', 'bundle'],
    http: { method: 'GET', path: '/events' },
  }),
  addEvent: declareWrite({
    name: 'event.add',
    summary: 'Add one of the events',
    resource: 'event',
    action: 'create',
    input: Event,
    output: Event,
    emits: ['event'],
    http: { method: 'POST', path: '/events', status: 201 },
  }),
  exportBundle: declareRead({
    name: 'bundle.export',
    summary: 'The whole negotiation as one bundle (`parley import` reads it)',
    description:
      'Staff only: a bundle is the unfiltered record, so that it imports to the same record elsewhere.',
    resource: 'negotiation',
    action: 'export',
    input: none,
    output: Bundle,
    staleAfter: ANY_CHANGE,
    http: { method: 'GET', path: '/export' },
  }),
  importBundle: declareWrite({
    name: 'bundle.import',
    summary: 'Load a bundle into an empty home, all or nothing (staff)',
    resource: 'negotiation',
    action: 'create',
    input: Bundle,
    output: Bundle,
    emits: ['bundle'],
  }),
};
