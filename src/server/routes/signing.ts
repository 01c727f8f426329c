// Signing over HTTP: finalize a draft, set its plan, register each signatory's public
// key (by its own delegates, with proof of possession), sign in the browser (the server hands out the exact bytes and checks what comes
// back; private keys never travel), and fetch the signed bundle and its certificate.

import { draftCertificate } from '../../app/certificate.ts';
import {
  finalizeDraft,
  planSigning,
  signedBundle,
  signingPayload,
  signingStatus,
  submitSignature,
} from '../../app/signing.ts';
import { issueKeyChallenge, registerKey } from '../../app/signingKeys.ts';
import { DocumentFile } from '../../contract/circulation.ts';
import { IdParams } from '../../contract/drafts.ts';
import {
  CertificateQuery,
  ChallengeBody,
  KeyBody,
  KeyChallenge,
  PayloadQuery,
  PlanBody,
  RegisteredKey,
  SignatoryParams,
  SignatureBody,
  SignatureRow,
  SignedBundle,
  SigningPayload,
  SigningStatus,
  StoredPlan,
} from '../../contract/signing.ts';
import { Draft } from '../../core/model.ts';
import { keyFingerprint } from '../../govern/keys.ts';
import { errorResponses } from '../errors.ts';
import { type Routes, runners } from './context.ts';

export const signingRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.post(
    '/drafts/:id/finalize',
    {
      schema: {
        summary: 'Mark a draft final (its text is unchanged): only a final text gets a signing plan',
        params: IdParams,
        response: { 200: Draft, ...errorResponses },
      },
    },
    (request) => run.write(request, 'draft', (ctx) => finalizeDraft(ctx, { draft: request.params.id })),
  );
  app.get(
    '/drafts/:id/signing',
    {
      schema: {
        summary: 'Where signing stands: the plan, who signed, who may sign now, who still needs a key',
        params: IdParams,
        response: { 200: SigningStatus, ...errorResponses },
      },
    },
    (request) => run.read(request, 'signature', (ctx) => signingStatus(ctx, { draft: request.params.id })),
  );
  app.put(
    '/drafts/:id/signing',
    {
      schema: {
        summary: 'Set who must sign a final draft and in what order (staff)',
        description:
          '`order` reads like "ukraine and us before russia". 409 when the draft is not final, signing ' +
          'has begun or the order has a cycle; 422 when the order names someone who does not sign.',
        params: IdParams,
        body: PlanBody,
        response: { 200: StoredPlan, ...errorResponses },
      },
    },
    (request) =>
      run.write(request, 'signature', (ctx) =>
        planSigning(ctx, { ...request.body, draft: request.params.id }),
      ),
  );
  app.post(
    '/drafts/:id/signing/keys/:signatory/challenge',
    {
      schema: {
        summary: "Ask for a challenge to prove a signing key is held (the signatory's own delegates)",
        description:
          'Sign `message` (base64) with the private key and PUT the public key with the challenge id and ' +
          'the signature within 2 minutes. Single-use, and bound to this signatory, key, plan and caller. ' +
          '403 for anyone but a delegate of the signatory party (the secretariat sees keys but cannot set ' +
          'them); 409 once signing has begun.',
        params: SignatoryParams,
        body: ChallengeBody,
        response: { 201: KeyChallenge, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { id, signatory } = request.params;
      const challenge = await run.write(request, 'signature', (ctx) =>
        issueKeyChallenge(ctx, { signatory, publicKey: request.body.publicKey, draft: id }),
      );
      return reply.code(201).send(challenge);
    },
  );
  app.put(
    '/drafts/:id/signing/keys/:signatory',
    {
      schema: {
        summary: "Register a signatory's Ed25519 public key with proof of possession (its own delegates)",
        description:
          '`signature` is Ed25519 over the message of a challenge from `POST …/challenge` for this key. ' +
          '403 for a used, expired or foreign challenge, a signature the key did not make, or anyone but ' +
          "the signatory party's delegates.",
        params: SignatoryParams,
        body: KeyBody,
        response: { 200: RegisteredKey, ...errorResponses },
      },
    },
    async (request) => {
      const { id, signatory } = request.params;
      const { publicKey, challenge, signature } = request.body;
      const drafts = await run.write(request, 'signature', (ctx) =>
        registerKey(ctx, { signatory, publicKey, draft: id, challenge, signature }),
      );
      return { signatory, publicKey, fingerprint: keyFingerprint(publicKey), drafts };
    },
  );
  app.get(
    '/drafts/:id/signing/payload',
    {
      schema: {
        summary: 'The exact bytes `as` must sign now, for signing with a key held in the browser',
        description:
          'Sign `message` (base64) with Ed25519 and POST the signature with this `signedAt` within ' +
          '5 minutes. Refused now, with the reason, when `as` may not sign yet.',
        params: IdParams,
        querystring: PayloadQuery,
        response: { 200: SigningPayload, ...errorResponses },
      },
    },
    (request) =>
      run.read(request, 'signature', (ctx) =>
        signingPayload(ctx, {
          draft: request.params.id,
          as: request.query.as,
          now: services.clock().toISOString(),
        }),
      ),
  );
  app.post(
    '/drafts/:id/signatures',
    {
      schema: {
        summary: "Record a signature made over the payload's message with the signatory's key",
        description:
          '409 `conflict` when out of order, the text changed, or `signedAt` is more than 5 minutes ' +
          'from the server clock; 409 `duplicate` when already signed; 403 when the signature does ' +
          'not verify with the registered key.',
        params: IdParams,
        body: SignatureBody,
        response: { 201: SignatureRow, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await run.write(request, 'signature', (ctx) =>
        submitSignature(ctx, { ...request.body, draft: request.params.id }),
      );
      return reply.code(201).send(row);
    },
  );
  app.get(
    '/drafts/:id/signed',
    {
      schema: {
        summary: 'The signed bundle (plan, signatures, text): what `parley verify` checks offline',
        params: IdParams,
        response: { 200: SignedBundle, ...errorResponses },
      },
    },
    (request) => run.read(request, 'signature', (ctx) => signedBundle(ctx, { draft: request.params.id })),
  );
  app.get(
    '/drafts/:id/certificate',
    {
      schema: {
        summary: 'The certificate of completion (HTML or PDF): signers, times and hashes',
        description: 'Its verdict is computed from the signed bundle, never stored, so it cannot claim more.',
        params: IdParams,
        querystring: CertificateQuery,
        produces: ['text/html; charset=utf-8', 'application/pdf'],
        response: { 200: DocumentFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { body, mediaType, fileName } = await run.read(request, 'signature', (ctx) =>
        draftCertificate(ctx, { draft: request.params.id, format: request.query.format }),
      );
      return reply
        .type(mediaType)
        .header('content-disposition', `inline; filename="${fileName}"`)
        .send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );
};
