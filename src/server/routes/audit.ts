// The audit log over HTTP, for the secretariat and admins: the latest entries, and the
// verdict of checking the whole hash chain against the home's signed checkpoint.
import { listAudit, verifyAudit } from '../../app/audit.ts';
import { AuditLine, AuditQuery, AuditVerdict } from '../governanceSchemas.ts';
import { errorResponses } from '../schemas.ts';
import { type Routes, runners } from './context.ts';

export const auditRoutes: Routes = async (app, { services }) => {
  const run = runners(services);
  app.get(
    '/audit',
    {
      schema: {
        summary: 'The latest audit entries (default 50), oldest first (staff)',
        querystring: AuditQuery,
        response: { 200: AuditLine.array(), ...errorResponses },
      },
    },
    (request) => run.read(request, 'audit', (ctx) => listAudit(ctx, request.query)),
  );
  app.get(
    '/audit/verify',
    {
      schema: {
        summary:
          'Check every entry against the hash chain and the latest signed checkpoint, and the live tables against the log (staff)',
        description:
          'Always 200 for staff: `ok` false names the problem (modified, deleted, inserted, reordered, ' +
          'truncated) and the first bad entry, or `state` when the chain holds but rows of the record ' +
          'differ from what it records (`state.differences` names each table and row).',
        response: { 200: AuditVerdict, ...errorResponses },
      },
    },
    (request) =>
      run.read(request, 'audit', (ctx) => verifyAudit(ctx, { publicKey: services.auditKey.publicKey })),
  );
};
