// A draft that is not final yet: only a final text is signed, so staff make it final here
// (its text is unchanged); the refusal, if any, is shown under the button.

import type { DraftHeader } from '../../../src/contract/drafts.ts';
import { signing } from '../../../src/contract/signing.ts';
import { useWrite } from '../api/queries.ts';
import { FormMessage } from '../forms/Field.tsx';

interface Props {
  draft: Pick<DraftHeader, 'id' | 'state'>;
  mayFinalize: boolean;
  /** The draft list is not a contract read yet, so the desk refreshes it itself. */
  onFinal(): void;
}

export function FinalizePanel({ draft, mayFinalize, onFinal }: Props) {
  const finalize = useWrite(signing.finalize);

  async function makeFinal() {
    if (await finalize.submit({ draft: draft.id })) onFinal();
  }

  return (
    <section className="panel">
      <p>Only a final text is signed: this draft is {draft.state}.</p>
      {mayFinalize ? (
        <button type="button" className="primary" disabled={finalize.busy} onClick={() => void makeFinal()}>
          Make this draft final
        </button>
      ) : null}
      <FormMessage text={finalize.error?.message} />
    </section>
  );
}
