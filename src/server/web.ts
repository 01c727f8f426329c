// Serves the built web app (web/dist) when there is one. Paths that are not files fall
// back to index.html so the client's router can take them; /api/* never does.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody, notFoundBody } from './errors.ts';

export function registerWebApp(app: FastifyInstance, webRoot: string | undefined): void {
  const root = webRoot && existsSync(webRoot) ? webRoot : undefined;
  if (root) app.register(fastifyStatic, { root, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (!isApi && root && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html', root);
    }
    if (!isApi && !root && path === '/') {
      return reply
        .code(404)
        .send(
          errorBody('not_found', 'the web app is not built (web/dist is missing); the API is at /api', {}),
        );
    }
    return reply.code(404).send(notFoundBody(request));
  });
}
