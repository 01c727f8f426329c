// Routes derived from the contract: each declared use case with an HTTP binding becomes one
// route whose path, query and body schemas are the use case's input fields (so the
// OpenAPI document comes from the same declaration), run as the request's actor by the one
// runner. The schemas given to Fastify describe the route (OpenAPI) but do not validate:
// the runner parses the raw input once, for every adapter alike, and its errors name fields.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { runUseCase, type UseCase } from '../app/useCase.ts';
import { USE_CASES } from '../app/useCases.ts';
import { type Declaration, type Http, inputParts, inQuery } from '../contract/declare.ts';
import type { Download } from '../contract/download.ts';
import { sendEncoded } from './encodeOnce.ts';
import { errorResponses } from './errors.ts';
import { actorOf, type RouteOptions, type Routes } from './routes/context.ts';
import { slicedJson } from './slicedJson.ts';

const DownloadBody = z
  .union([z.string(), z.instanceof(Uint8Array)])
  .describe('the document itself: text, or PDF bytes');

/** The route schema of a declaration: path params, query or body, responses. */
export function routeSchema(declaration: Declaration) {
  const http = declaration.http;
  if (!http) throw new Error(`${declaration.name} has no HTTP binding`);
  const { params, rest } = inputParts(declaration.input, http);
  return {
    operationId: declaration.name,
    summary: declaration.summary,
    ...(declaration.description ? { description: declaration.description } : {}),
    ...(params ? { params } : {}),
    ...(rest ? (inQuery(http) ? { querystring: rest } : { body: rest }) : {}),
    response: {
      ...Object.fromEntries(
        successes(http)
          // A 204 has no body to describe.
          .filter((status) => status !== 204)
          .map((status) => [status, http.download ? DownloadBody : declaration.output]),
      ),
      ...errorResponses,
    },
  };
}

/** The statuses a route answers on success. */
const successes = (http: Http): number[] => (http.created ? [201, 200] : [http.status ?? 200]);

/** The status of one answer. */
const statusOf = (http: Http, output: unknown): number =>
  http.created ? (http.created(output) ? 201 : 200) : (http.status ?? 200);

/** Mounts every use case of `useCases` that has an HTTP binding (under the plugin's prefix). */
export function mountUseCases(
  app: FastifyInstance,
  { services, reads }: RouteOptions,
  useCases: readonly UseCase[],
): void {
  for (const useCase of useCases) {
    const { http } = useCase.declaration;
    if (!http || http.handWritten) continue;
    app.route({
      method: http.method,
      url: http.path,
      schema: routeSchema(useCase.declaration),
      // The runner parses; Fastify passes the raw path, query and body through.
      validatorCompiler: () => (value: unknown) => ({ value }),
      handler: async (request, reply) => {
        const input = {
          ...(request.query as object),
          ...(request.body as object),
          ...(request.params as object),
        };
        const output = await runUseCase(services, actorOf(request), useCase, input, { reads });
        if (http.download) {
          const file = output as Download;
          return reply
            .type(file.mediaType)
            .header('content-disposition', `${http.download}; filename="${file.fileName}"`)
            .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
        }
        const status = statusOf(http, output);
        // A long answer as a stream of the same JSON; the serializer only knows the whole object.
        const stream = http.sliced ? slicedJson(output) : undefined;
        if (stream) return reply.code(status).type('application/json; charset=utf-8').send(stream);
        // A cached answer is handed out again and again: its JSON is kept beside it.
        if (useCase.declaration.kind === 'read' && useCase.declaration.cached) {
          return sendEncoded(reply.code(status), useCase.declaration.output, output as object);
        }
        return reply.code(status).send(output);
      },
    });
  }
}

/** Every use case of the app with an HTTP binding, as a Fastify plugin. */
export const useCaseRoutes: Routes = async (app, options) => mountUseCases(app, options, USE_CASES);
