// Signing one draft: make it final, set the plan (who signs, in what order), register the
// signatories' keys, sign in order, and open the certificate of completion when all have.

import { drafts as draftUseCases } from '../../../src/contract/drafts.ts';
import { signing } from '../../../src/contract/signing.ts';
import { useAbilities } from '../abilities.ts';
import { ApiError } from '../api/client.ts';
import { useRead } from '../api/queries.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { href } from '../router.ts';
import { FinalizePanel } from './FinalizePanel.tsx';
import { PlanForm } from './PlanForm.tsx';
import { SigningStatusPanel } from './SigningStatusPanel.tsx';

export function SigningDesk({ id }: { id: string }) {
  const drafts = useRead(draftUseCases.list, {});
  const status = useRead(signing.status, { draft: id });
  const can = useAbilities();
  const header = drafts.data?.find((d) => d.id === id);

  if (drafts.error) return <ErrorNote error={drafts.error} />;
  if (!drafts.data) return <Loading what="the draft" />;
  if (!header) return <ErrorNote error={new ApiError(404, 'not_found', `no draft '${id}' is open to you`)} />;
  // No plan yet answers 404 (the draft itself is open to the reader: the header says so).
  const noPlan = status.error?.status === 404;

  return (
    <div>
      <header className="page-header">
        <p className="eyebrow">Signing · {header.state}</p>
        <h1>{header.label}</h1>
        {header.title ? <p className="lede">{header.title}</p> : null}
        <p>
          <a href={href('drafts', id)}>Read the text</a>
        </p>
      </header>
      {header.state !== 'final' ? (
        <FinalizePanel draft={header} mayFinalize={can.manage} onFinal={drafts.reload} />
      ) : null}
      {header.state === 'final' && noPlan ? (
        <section className="panel" aria-labelledby="plan-h">
          <h2 id="plan-h">Signing plan</h2>
          {can.manage ? (
            <PlanForm draft={id} />
          ) : (
            <p className="muted">The secretariat has not set who signs this draft yet.</p>
          )}
        </section>
      ) : null}
      {status.error && !noPlan ? <ErrorNote error={status.error} /> : null}
      {status.data && !status.error ? (
        <SigningStatusPanel draft={id} status={status.data} mayActFor={can.signAs} />
      ) : null}
    </div>
  );
}
