// Answers the read cache hands out again and again are encoded once: the JSON of each
// answer object is kept beside it (a WeakMap, so it goes when the cache drops the answer),
// and a hit costs no schema walk. A freshly computed answer is encoded as Fastify's zod
// serializer would do it: validated against the route's response schema, then stringified.
import type { FastifyReply } from 'fastify';
import { encode, type z } from 'zod';

const encoded = new WeakMap<object, string>();

/** Sends `answer` as the JSON its response `schema` gives. Throws a ZodError (a 500) for an answer the schema refuses. */
export function sendEncoded<S extends z.ZodType>(
  reply: FastifyReply,
  schema: S,
  answer: z.output<S> & object,
) {
  let json = encoded.get(answer);
  if (json === undefined) {
    json = JSON.stringify(encode(schema, answer));
    encoded.set(answer, json);
  }
  // A string with a JSON content type is sent as it is, past the route's serializer.
  return reply.type('application/json; charset=utf-8').send(json);
}
