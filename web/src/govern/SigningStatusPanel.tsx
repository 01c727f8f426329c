// Where the signing of a draft stands: its text hash and order, one row per signatory (key,
// state, actions), the verdict's problems, and once complete the certificate and bundle.
import { type SigningStatus, signing } from '../../../src/contract/signing.ts';
import { fileUrl } from '../api/call.ts';
import { SignatoryRow } from './SignatoryRow.tsx';

interface Props {
  draft: string;
  status: SigningStatus;
  /** Whether the signed-in user may register this signatory's key and sign for it. */
  mayActFor(signatory: string): boolean;
}

export function SigningStatusPanel({ draft, status: s, mayActFor }: Props) {
  const complete = s.verdict?.complete === true;
  const nameOf = (signatory: string) => s.plan.signatories.find((x) => x.id === signatory)?.name ?? signatory;

  return (
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
                draft={draft}
                signatory={signatory}
                status={s}
                mayAct={mayActFor(signatory.id)}
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
      {complete ? <CertificateLinks draft={draft} /> : null}
    </section>
  );
}

/** The certificate to read (HTML) or keep (PDF), and the bundle `parley verify` checks. */
function CertificateLinks({ draft }: { draft: string }) {
  return (
    <p className="actions">
      <a
        className="button primary"
        href={fileUrl(signing.certificate, { draft, format: 'html' })}
        target="_blank"
        rel="noopener"
      >
        Certificate of completion
      </a>
      <a className="button" href={fileUrl(signing.certificate, { draft, format: 'pdf' })} download>
        Certificate (PDF)
      </a>
      <a className="button" href={fileUrl(signing.bundle, { draft })} download={`${draft}-signed.json`}>
        Signed bundle (for parley verify)
      </a>
    </p>
  );
}
