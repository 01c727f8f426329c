// Every request's body, query and path parameters are checked for what no column can hold
// (NUL, lone surrogates) and for runaway nesting before any route sees them, so that such
// input is a 400 naming the field instead of a 500 from deep inside a transaction. A long
// body (a 60,000-provision draft) is walked in slices, so other requests are answered meanwhile.
import type { FastifyInstance } from 'fastify';
import { LOCAL_CLI_PATH } from '../contract/localCli.ts';
import { ParleyError } from '../core/errors.ts';
import { findBadInputSliced } from '../core/limits.ts';

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    // A command sent by the local CLI carries its arguments as typed: the command's own use
    // cases check them, so it fails with the words it would use without a server.
    if (request.url.split('?')[0] === LOCAL_CLI_PATH) return;
    const parts = { params: request.params, querystring: request.query, body: request.body } as const;
    for (const [where, value] of Object.entries(parts)) {
      const bad = await findBadInputSliced(value);
      if (bad) {
        throw new ParleyError('invalid_input', `${where}: ${bad.field}: ${bad.problem}`, {
          where,
          field: bad.field,
          problems: [`${bad.field}: ${bad.problem}`],
        });
      }
    }
  });
}
