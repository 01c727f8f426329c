// The cast and the record around the text: parties, people, tracks, sources, events.
// Each is a list and an append; the POST body is the use case's input.
import type { z } from 'zod';
import type { ReadContext, WriteContext } from '../../app/context.ts';
import { addEvent, addSource, listEvents, listSources } from '../../app/record.ts';
import { addParty, addPerson, addTrack, listParties, listPeople, listTracks } from '../../app/roster.ts';
import { Event, Party, PersonBody, Source, Track } from '../../contract/roster.ts';
import { Person } from '../../core/model.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

interface Collection {
  path: string;
  /** The resource name the access rules know. */
  resource: string;
  noun: string;
  record: z.ZodType;
  body: z.ZodType;
  list: (ctx: ReadContext) => Promise<unknown[]>;
  add: (ctx: WriteContext, input: unknown) => Promise<unknown>;
}

const collections: Collection[] = [
  {
    path: '/parties',
    resource: 'party',
    noun: 'parties',
    record: Party,
    body: Party,
    list: listParties,
    add: addParty,
  },
  {
    path: '/people',
    resource: 'person',
    noun: 'people',
    record: Person,
    body: PersonBody,
    list: listPeople,
    add: addPerson,
  },
  {
    path: '/tracks',
    resource: 'track',
    noun: 'tracks',
    record: Track,
    body: Track,
    list: listTracks,
    add: addTrack,
  },
  {
    path: '/sources',
    resource: 'source',
    noun: 'sources',
    record: Source,
    body: Source,
    list: listSources,
    add: addSource,
  },
  {
    path: '/events',
    resource: 'event',
    noun: 'events',
    record: Event,
    body: Event,
    list: listEvents,
    add: addEvent,
  },
];

export const rosterRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  for (const c of collections) {
    app.get(
      c.path,
      { schema: { summary: `All ${c.noun}`, response: { 200: c.record.array(), ...errorResponses } } },
      (request) => run.read(request, c.resource, c.list),
    );
    app.post(
      c.path,
      {
        schema: {
          summary: `Add one of the ${c.noun}`,
          body: c.body,
          response: { 201: c.record, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await run.write(request, c.resource, (ctx) => c.add(ctx, request.body))),
    );
  }
};
