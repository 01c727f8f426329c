// Positions: record a stance (optionally conditional on the one the client saw, so
// concurrent edits are never silently lost), list them, and read one lineage's history.
import { listPositions, positionHistory, setPosition, showPosition } from '../../app/positions.ts';
import { IdParams } from '../../contract/drafts.ts';
import { HistoryQuery, Position, PositionBody, PositionsQuery } from '../../contract/status.ts';
import { ParleyError } from '../../core/errors.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const positionRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/positions',
    {
      schema: {
        summary: 'Recorded positions, superseded ones included, oldest first',
        description:
          '`provision` narrows to one lineage and needs `draft`. Only stances on provisions the actor may read: ' +
          'of drafts it holds the text of, on no track or on a track of its party.',
        querystring: PositionsQuery,
        response: { 200: Position.array(), ...errorResponses },
      },
    },
    (request) => {
      const { provision, draft } = request.query;
      if (provision && !draft) {
        throw new ParleyError(
          'invalid_input',
          'querystring: provision: name the draft it belongs to with draft=',
          {
            where: 'querystring',
          },
        );
      }
      return run.read(request, 'position', (ctx) => listPositions(ctx, request.query));
    },
  );
  app.get(
    '/positions/history',
    {
      schema: {
        summary: "The history of stances on one provision's lineage, across drafts",
        description:
          "A provision of a track the actor's party is not on is 404, exactly like one that does not exist; " +
          'stances taken on drafts or tracks the actor may not read are left out.',
        querystring: HistoryQuery,
        response: { 200: Position.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'position', (ctx) => positionHistory(ctx, request.query)),
  );
  app.get(
    '/positions/:id',
    {
      schema: {
        summary: 'One recorded stance',
        description: '404 alike for a stance that does not exist and one the actor may not read.',
        params: IdParams,
        response: { 200: Position, ...errorResponses },
      },
    },
    (request) => run.read(request, 'position', (ctx) => showPosition(ctx, request.params.id)),
  );
  app.post(
    '/positions',
    {
      schema: {
        summary: "Record a party's stance on a provision",
        description:
          '`basedOn` is the id of the latest stance of this party on this lineage the client saw (null: none). ' +
          'If another was recorded since, the answer is 409 `conflict` with `details.current`.',
        body: PositionBody,
        response: { 201: Position, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await run.write(request, 'position', (ctx) => setPosition(ctx, request.body))),
  );
};
