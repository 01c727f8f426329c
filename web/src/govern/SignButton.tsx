// Signing as one signatory with the key file held in this tab: the server hands out the
// exact bytes (refusing at once when it is not this signatory's turn), the browser signs
// them, and the server checks the signature; the private key never leaves the tab.
import { useState } from 'react';
import { signing } from '../../../src/contract/signing.ts';
import { call } from '../api/call.ts';
import { useWrite } from '../api/queries.ts';
import { FormMessage } from '../forms/Field.tsx';
import type { Signatory } from './KeyActions.tsx';
import { type KeyFile, signMessage } from './keys.ts';

interface Props {
  draft: string;
  signatory: Signatory;
  keyFile: KeyFile;
}

export function SignButton({ draft, signatory: s, keyFile }: Props) {
  const sign = useWrite(signing.sign);
  const [problem, setProblem] = useState<string>();
  const [working, setWorking] = useState(false);

  async function signNow() {
    setProblem(undefined);
    sign.reset();
    setWorking(true);
    try {
      // Asked fresh each time, never cached: it carries the server's clock.
      const payload = await call(signing.payload, { draft, as: s.id });
      const signature = await signMessage(keyFile, payload.message);
      await sign.submit({ draft, as: s.id, signedAt: payload.signedAt, signature });
    } catch (failure) {
      setProblem(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setWorking(false);
    }
  }

  return (
    <>
      <button type="button" className="primary" disabled={working} onClick={() => void signNow()}>
        Sign as {s.name}
      </button>
      <FormMessage text={problem ?? sign.error?.message} />
    </>
  );
}
