// What of a draft a party receives when the text is circulated to it: the provisions its
// delegates may read, asked of the policies (govern/policies.ts) as for the reader, so a
// copy never carries a provision of a track the party is not on.
import type { Draft } from '../core/model.ts';
import { fingerprintCopy } from '../govern/fingerprint.ts';
import { sha256Hex } from '../govern/hash.ts';
import type { DraftFacts } from '../govern/resources.ts';
import type { Queryable } from '../store/database.ts';
import type { CirculationRow } from '../store/repo/circulations.ts';
import { permits } from './access.ts';
import { provisionFacter } from './facts.ts';
import { masterText } from './masterText.ts';

/** The draft as `party` holds it once given the full text. Throws only on a database failure. */
export async function receivedDraft(q: Queryable, draft: Draft, party: string): Promise<Draft> {
  const held: DraftFacts = {
    kind: 'draft',
    id: draft.id,
    circulatedTo: [{ party, summaryOnly: false }],
    public: false,
  };
  const factsOf = await provisionFacter(q, held, draft.provisions);
  const delegate = { kind: 'user', id: `party:${party}`, role: 'delegate', party } as const;
  const provisions = draft.provisions.filter((p) => permits('read', factsOf(p))(delegate));
  return provisions.length === draft.provisions.length ? draft : { ...draft, provisions };
}

/**
 * The text a recorded full-text circulation was made from: the draft as its party receives
 * it, or — for a copy circulated before copies were scoped by track — the whole draft, when
 * that is what the recorded fingerprint says was sent. Throws only on a database failure.
 */
export async function sentDraft(
  q: Queryable,
  draft: Draft,
  circulation: Pick<CirculationRow, 'party' | 'fingerprint'>,
  secret: string,
): Promise<Draft> {
  const received = await receivedDraft(q, draft, circulation.party);
  if (received === draft) return draft;
  const copyOf = (d: Draft) => sha256Hex(fingerprintCopy(masterText(d), circulation.party, secret));
  return copyOf(received) !== circulation.fingerprint && copyOf(draft) === circulation.fingerprint
    ? draft
    : received;
}
