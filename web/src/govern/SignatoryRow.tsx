// One signatory in the signing desk: their key (generate it here, or load the key file),
// where they stand (signed, can sign now, waiting), and Sign — the browser signs the
// API's payload with the private key, and the API's refusal (order, wrong key…) is shown.
// Only the party's own delegates register its key, proving they hold it by signing the
// server's challenge; everyone who may read the plan sees the key's fingerprint.
import { useState } from 'react';
import type { SigningStatus } from '../../../src/contract/signing.ts';
import { formatDate } from '../components/format.ts';
import { KeyActions, type Signatory } from './KeyActions.tsx';
import { type KeyFile, keyring } from './keys.ts';
import { SignButton } from './SignButton.tsx';

interface Props {
  draft: string;
  signatory: Signatory;
  status: SigningStatus;
  /** The signed-in user may register this signatory's key and sign for it (its delegates). */
  mayAct: boolean;
}

export function SignatoryRow({ draft, signatory: s, status, mayAct }: Props) {
  const [key, setKey] = useState<KeyFile | undefined>(keyring.get(s.id));
  const signed = status.signed.find((x) => x.signatory === s.id);
  const waitsFor = status.plan.before
    .filter(([first, then]) => then === s.id && !status.signed.some((x) => x.signatory === first))
    .map(([first]) => status.plan.signatories.find((x) => x.id === first)?.name ?? first);

  const remember = (file: KeyFile) => {
    keyring.set(s.id, file);
    setKey(file);
  };

  return (
    <tr data-signatory={s.id}>
      <th scope="row">{s.name}</th>
      <td>
        {s.publicKey ? (
          <code title={`public key ${s.publicKey}`}>{s.fingerprint ?? `${s.publicKey.slice(0, 16)}…`}</code>
        ) : (
          <span className="muted">waiting for a key</span>
        )}
      </td>
      <td className="signing-state">
        {signed ? (
          <span className="badge state-agreed">signed {formatDate(signed.signedAt.slice(0, 10))}</span>
        ) : status.canSignNow.includes(s.id) ? (
          <span className="badge">can sign now</span>
        ) : (
          <span className="muted">after {waitsFor.join(', ')}</span>
        )}
      </td>
      <td>
        {mayAct && !signed ? (
          <div className="actions">
            <KeyActions
              draft={draft}
              signatory={s}
              held={key}
              begun={status.signed.length > 0}
              onKey={remember}
            />
            {s.publicKey && key ? <SignButton draft={draft} signatory={s} keyFile={key} /> : null}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
