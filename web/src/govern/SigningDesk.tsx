// Signing one draft: make it final, set the plan (who signs, in what order), register the
// signatories' keys, sign in order, and open the certificate of completion when all have.
import { useState } from 'react';
import type { DraftHeader } from '../../../src/contract/drafts.ts';
import { useAbilities } from '../abilities.ts';
import { ApiError, apiUrl, post } from '../api/client.ts';
import type { SigningStatus } from '../api/governance.ts';
import { ErrorNote, Loading } from '../components/Status.tsx';
import { FormMessage } from '../forms/Field.tsx';
import { href } from '../router.ts';
import { useApi } from '../useApi.ts';
import { PlanForm } from './PlanForm.tsx';
import { SignatoryRow } from './SignatoryRow.tsx';

const CHANGES = ['signing', 'signature', 'draft'];

export function SigningDesk({ id }: { id: string }) {
  const drafts = useApi<DraftHeader[]>('drafts', CHANGES);
  const status = useApi<SigningStatus>(`drafts/${encodeURIComponent(id)}/signing`, CHANGES);
  const can = useAbilities();
  const [refusal, setRefusal] = useState<string>();
  const header = drafts.data?.find((d) => d.id === id);

  async function finalize() {
    setRefusal(undefined);
    try {
      await post(`drafts/${encodeURIComponent(id)}/finalize`, {});
      drafts.reload();
      status.reload();
    } catch (failure) {
      setRefusal(failure instanceof ApiError ? failure.message : String(failure));
    }
  }

  if (drafts.error) return <ErrorNote error={drafts.error} />;
  if (!drafts.data) return <Loading what="the draft" />;
  if (!header) return <ErrorNote error={new ApiError(404, 'not_found', `no draft '${id}' is open to you`)} />;
  const noPlan = status.error?.status === 404;
  const s = status.data;
  const complete = s?.verdict?.complete === true;
  const nameOf = (signatory: string) =>
    s?.plan.signatories.find((x) => x.id === signatory)?.name ?? signatory;

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
        <section className="panel">
          <p>Only a final text is signed: this draft is {header.state}.</p>
          {can.manage ? (
            <button type="button" className="primary" onClick={() => void finalize()}>
              Make this draft final
            </button>
          ) : null}
          <FormMessage text={refusal} />
        </section>
      ) : null}
      {header.state === 'final' && noPlan ? (
        <section className="panel" aria-labelledby="plan-h">
          <h2 id="plan-h">Signing plan</h2>
          {can.manage ? (
            <PlanForm draft={id} onDone={status.reload} />
          ) : (
            <p className="muted">The secretariat has not set who signs this draft yet.</p>
          )}
        </section>
      ) : null}
      {status.error && !noPlan ? <ErrorNote error={status.error} /> : null}
      {s ? (
        <section className="panel" aria-labelledby="status-h">
          <h2 id="status-h">
            {complete ? 'Signing complete' : `${s.signed.length} of ${s.plan.signatories.length} signed`}
          </h2>
          <p className="muted small">
            Text hash <code>{s.plan.draftHash.slice(0, 16)}…</code>
            {s.plan.before.length
              ? ` · order: ${s.plan.before.map(([a, b]) => `${nameOf(a)} before ${nameOf(b)}`).join('; ')}`
              : ' · any order'}
            {s.waitingForKeys.length ? ` · waiting for keys: ${s.waitingForKeys.map(nameOf).join(', ')}` : ''}
          </p>
          <div className="table-wrap">
            <table className="signing">
              <thead>
                <tr>
                  <th scope="col">Signatory</th>
                  <th scope="col">Public key</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.plan.signatories.map((signatory) => (
                  <SignatoryRow
                    key={signatory.id}
                    draft={id}
                    signatory={signatory}
                    status={s}
                    mayAct={can.signAs(signatory.id)}
                    onChange={status.reload}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {s.verdict && s.verdict.problems.length > 0 ? (
            <ul className="form-error">
              {s.verdict.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          {complete ? (
            <p className="actions">
              <a
                className="button primary"
                href={apiUrl(`drafts/${encodeURIComponent(id)}/certificate?format=html`)}
                target="_blank"
                rel="noopener"
              >
                Certificate of completion
              </a>
              <a
                className="button"
                href={apiUrl(`drafts/${encodeURIComponent(id)}/certificate?format=pdf`)}
                download
              >
                Certificate (PDF)
              </a>
              <a
                className="button"
                href={apiUrl(`drafts/${encodeURIComponent(id)}/signed`)}
                download={`${id}-signed.json`}
              >
                Signed bundle (for parley verify)
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
