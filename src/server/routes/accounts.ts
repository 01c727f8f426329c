// Accounts over HTTP: who may sign in (staff add them), and API tokens for scripts,
// shown once. The policies decide who sees which account and who may mint a token.
import { addToken, addUser, listUsers } from '../../app/accounts.ts';
import { Token, TokenBody, User, UserBody } from '../../contract/accounts.ts';
import { IdParams } from '../../contract/drafts.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const accountRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/users',
    {
      schema: {
        summary: 'Accounts: staff see all, anyone else only themselves',
        response: { 200: User.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'user', listUsers),
  );
  app.post(
    '/users',
    {
      schema: {
        summary: 'Add an account (secretariat and admins; only an admin adds an admin)',
        description:
          'A delegate needs `party`, and only a delegate has one. 409 `duplicate` for an existing id, ' +
          '404 for an unknown party, 403 for anyone below the secretariat and for a role above the ' +
          "caller's own (the secretariat cannot add an admin).",
        body: UserBody,
        response: { 201: User, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await run.write(request, 'user', (ctx) => addUser(ctx, request.body))),
  );
  app.post(
    '/users/:id/tokens',
    {
      schema: {
        summary: 'Mint an API token for an account (the account itself or an admin)',
        description:
          'The token is in this response only; send it as `Authorization: Bearer TOKEN`. A token an admin ' +
          'mints for another account carries `mintedBy`, and everything done with it is audited as ' +
          '"admin:X for user:Y", never as Y alone.',
        params: IdParams,
        body: TokenBody.nullish(),
        response: { 201: Token, ...errorResponses },
      },
    },
    async (request, reply) => {
      const label = request.body?.label;
      const token = await run.write(request, 'token', (ctx) =>
        addToken(ctx, { user: request.params.id, ...(label ? { label } : {}) }),
      );
      return reply.code(201).send(token);
    },
  );
};
