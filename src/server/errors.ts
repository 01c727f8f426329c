// Maps every failure to one JSON shape, `{ error: { code, message, details } }`, with the
// status a client can branch on. ParleyErrors carry their code; Fastify's own errors
// (bad JSON, body too large, validation) are translated; anything else is a logged 500.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from '../contract/errors.ts';
import { type ErrorCode, isParleyError } from '../core/errors.ts';

/** Error responses every route may give, for the OpenAPI document and the serializer. */
export const errorResponses = { '4xx': ApiError, 500: ApiError } as const;

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  parse_error: 400,
  not_found: 404,
  broken_reference: 422,
  duplicate: 409,
  conflict: 409,
  not_empty: 409,
  forbidden: 403,
  locked: 423,
  unsupported: 415,
};

/** Fastify's own client errors, by their code: what we call them and what to do. */
const fastifyErrors: Record<string, { code: string; hint: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'parse_error', hint: 'send a well-formed JSON body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_input', hint: 'send a JSON body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'too_large', hint: 'send at most 2 MB per request' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported', hint: 'send Content-Type: application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'invalid_input', hint: 'fix the Content-Length header' },
};

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}): ApiError {
  return { error: { code, message, details } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isParleyError(error)) {
      return send(reply, statusOf[error.code], errorBody(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const fields = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(value)',
        message: v.message ?? 'invalid',
      }));
      const problems = fields.map((f) => `${f.field}: ${f.message}`);
      return send(
        reply,
        400,
        errorBody('invalid_input', `${where}: ${problems.join('; ')}`, {
          where,
          field: fields[0]?.field,
          fields,
          problems,
        }),
      );
    }
    const known = error.code ? fastifyErrors[error.code] : undefined;
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = known ? `${error.message}; ${known.hint}` : error.message;
      return send(reply, status, errorBody(known?.code ?? 'invalid_input', message));
    }
    request.log.error({ err: error }, 'unexpected error');
    return send(reply, 500, errorBody('internal', 'unexpected server error; see the server log'));
  });
}

/** Unknown API routes are JSON 404s; other paths may be the web app's (see web.ts). */
export function notFoundBody(request: FastifyRequest): ApiError {
  return errorBody(
    'not_found',
    `no route ${request.method} ${request.url.split('?')[0]}; see /api/openapi.json`,
    {
      method: request.method,
      url: request.url,
    },
  );
}

function send(reply: FastifyReply, status: number, body: ApiError) {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
