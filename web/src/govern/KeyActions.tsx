// A signatory's key, for its own delegates: generate one in the browser or register a key
// file before signing begins, or load the registered key's file to sign with. Registering
// asks the server for a challenge and signs it with the private key, proving it is held.
import { useState } from 'react';
import { type SigningStatus, signing } from '../../../src/contract/signing.ts';
import { useWrite } from '../api/queries.ts';
import { FormMessage } from '../forms/Field.tsx';
import { downloadKeyFile, generateKeyFile, type KeyFile, parseKeyFile, signMessage } from './keys.ts';

export type Signatory = SigningStatus['plan']['signatories'][number];

interface Props {
  draft: string;
  signatory: Signatory;
  /** The key file loaded or made in this tab, if any. */
  held: KeyFile | undefined;
  /** Keys are fixed once the first signature is made. */
  begun: boolean;
  onKey(file: KeyFile): void;
}

export function KeyActions({ draft, signatory: s, held, begun, onKey }: Props) {
  const challenge = useWrite(signing.challenge);
  const registerKey = useWrite(signing.registerKey);
  const [problem, setProblem] = useState<string>();
  const [working, setWorking] = useState(false);
  const message = problem ?? challenge.error?.message ?? registerKey.error?.message;

  /** Registers the key: the server's challenge, signed with the private key, proves it is held. */
  async function register(file: KeyFile): Promise<boolean> {
    const key = { draft, signatory: s.id, publicKey: file.publicKey };
    const issued = await challenge.submit(key);
    if (!issued) return false;
    const signature = await signMessage(file, issued.message);
    return Boolean(await registerKey.submit({ ...key, challenge: issued.id, signature }));
  }

  async function attempt(work: () => Promise<void>) {
    setProblem(undefined);
    challenge.reset();
    registerKey.reset();
    setWorking(true);
    try {
      await work();
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setWorking(false);
    }
  }

  const makeKey = () =>
    attempt(async () => {
      const file = await generateKeyFile(s.id);
      if (!(await register(file))) return;
      onKey(file);
      downloadKeyFile(file);
    });

  const loadKey = (picked: File | undefined) =>
    attempt(async () => {
      if (!picked) return;
      const file = parseKeyFile(await picked.text());
      if (!s.publicKey) {
        if (await register(file)) onKey(file);
      } else if (file.publicKey !== s.publicKey) {
        throw new Error(
          `this key file holds key ${file.publicKey.slice(0, 12)}…, but the plan registered ${s.publicKey.slice(0, 12)}… for ${s.name}`,
        );
      } else onKey(file);
    });

  const open = !s.publicKey && !begun;
  return (
    <>
      {open ? (
        <button type="button" disabled={working} onClick={() => void makeKey()}>
          Generate key for {s.name}
        </button>
      ) : null}
      {open || (s.publicKey && !held) ? (
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
      <FormMessage text={message} />
    </>
  );
}
