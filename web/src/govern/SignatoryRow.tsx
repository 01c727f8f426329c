// One signatory in the signing desk: their key (generate it here, or load the key file),
// where they stand (signed, can sign now, waiting), and Sign — the browser signs the
// API's payload with the private key, and the API's refusal (order, wrong key…) is shown.
// Only the party's own delegates register its key, proving they hold it by signing the
// server's challenge; everyone who may read the plan sees the key's fingerprint.
import { useState } from 'react';
import { ApiError, get, post, put } from '../api/client.ts';
import type { KeyChallenge, Signatory, SigningPayload, SigningStatus } from '../api/governance.ts';
import { formatDate } from '../components/format.ts';
import { FormMessage } from '../forms/Field.tsx';
import {
  downloadKeyFile,
  generateKeyFile,
  type KeyFile,
  keyring,
  parseKeyFile,
  signMessage,
} from './keys.ts';

interface Props {
  draft: string;
  signatory: Signatory;
  status: SigningStatus;
  /** The signed-in user may register this signatory's key and sign for it (its delegates). */
  mayAct: boolean;
  onChange(): void;
}

const path = (draft: string, rest: string) => `drafts/${encodeURIComponent(draft)}/${rest}`;

export function SignatoryRow({ draft, signatory: s, status, mayAct, onChange }: Props) {
  const [key, setKey] = useState<KeyFile | undefined>(keyring.get(s.id));
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const signed = status.signed.find((x) => x.signatory === s.id);
  const waitsFor = status.plan.before
    .filter(([first, then]) => then === s.id && !status.signed.some((x) => x.signatory === first))
    .map(([first]) => status.plan.signatories.find((x) => x.id === first)?.name ?? first);
  const begun = status.signed.length > 0;

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
    } catch (failure) {
      setMessage(failure instanceof ApiError || failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }

  const remember = (file: KeyFile) => {
    keyring.set(s.id, file);
    setKey(file);
  };

  /** Registers the key: the server's challenge, signed with the private key, proves it is held. */
  async function register(file: KeyFile) {
    const keyPath = path(draft, `signing/keys/${encodeURIComponent(s.id)}`);
    const challenge = await post<KeyChallenge>(`${keyPath}/challenge`, { publicKey: file.publicKey });
    const signature = await signMessage(file, challenge.message);
    await put(keyPath, { publicKey: file.publicKey, challenge: challenge.id, signature });
  }

  const makeKey = () =>
    act(async () => {
      const file = await generateKeyFile(s.id);
      await register(file);
      remember(file);
      downloadKeyFile(file);
      onChange();
    });

  const loadKey = (picked: File | undefined) =>
    act(async () => {
      if (!picked) return;
      const file = parseKeyFile(await picked.text());
      if (!s.publicKey) {
        await register(file);
        onChange();
      } else if (file.publicKey !== s.publicKey) {
        throw new Error(
          `this key file holds key ${file.publicKey.slice(0, 12)}…, but the plan registered ${s.publicKey.slice(0, 12)}… for ${s.name}`,
        );
      }
      remember(file);
    });

  const signNow = () =>
    act(async () => {
      if (!key) return;
      const payload = await get<SigningPayload>(
        path(draft, `signing/payload?as=${encodeURIComponent(s.id)}`),
      );
      const signature = await signMessage(key, payload.message);
      await post(path(draft, 'signatures'), { as: s.id, signedAt: payload.signedAt, signature });
      onChange();
    });

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
            {!s.publicKey && !begun ? (
              <button type="button" disabled={busy} onClick={makeKey}>
                Generate key for {s.name}
              </button>
            ) : null}
            {(!s.publicKey && !begun) || (s.publicKey && !key) ? (
              <label className="button">
                {s.publicKey ? 'Load key file' : 'Register a key file'}
                <input
                  type="file"
                  accept="application/json,.json"
                  className="visually-hidden"
                  aria-label={`Key file for ${s.name}`}
                  onChange={(e) => void loadKey(e.target.files?.[0])}
                />
              </label>
            ) : null}
            {s.publicKey && key ? (
              <button type="button" className="primary" disabled={busy} onClick={signNow}>
                Sign as {s.name}
              </button>
            ) : null}
          </div>
        ) : null}
        <FormMessage text={message} />
      </td>
    </tr>
  );
}
