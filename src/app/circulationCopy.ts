// A recipient's copy of a circulated draft, downloaded again later: fingerprinting is
// deterministic in (secret, party, master text), so the copy is regenerated rather than
// stored, and checked against the hash recorded when it was sent.
import { notFound, ParleyError } from '../core/errors.ts';
import { fingerprintCopy } from '../govern/fingerprint.ts';
import { sha256Hex } from '../govern/hash.ts';
import { type CirculationRow, selectCirculation } from '../store/repo/circulations.ts';
import { selectDraft } from '../store/repo/drafts.ts';
import { selectParty } from '../store/repo/parties.ts';
import { can } from './access.ts';
import type { ReadContext } from './context.ts';
import { COPY_MEDIA, type CopyFormat, circulatedMaster, copyMeta, formatCopy } from './masterText.ts';
import { sentDraft } from './receivedDraft.ts';

export interface CirculatedCopy {
  circulation: CirculationRow;
  /** The draft's title (or label), for the document and the file name. */
  title: string;
  /** The fingerprinted copy in the requested format: a string, or PDF bytes for pdf. */
  copy: string | Uint8Array;
  /** What to serve it as (`application/pdf`, `text/markdown; charset=utf-8`, …). */
  mediaType: string;
  /** A download name such as `accord-ukraine.pdf` (`-summary` for a summary). */
  fileName: string;
}

/**
 * The copy `id` delivered, byte for byte as it was sent (before formatting). Staff may
 * fetch any copy; a delegate only its own party's — anyone else gets `not_found`, as for
 * an id that does not exist. Throws `not_found`, `conflict` (the regenerated copy no
 * longer matches the recorded fingerprint: the secret or the text changed).
 */
export async function circulationCopy(
  ctx: ReadContext,
  input: { id: string; format: CopyFormat; secret: string },
): Promise<CirculatedCopy> {
  const circulation = await selectCirculation(ctx.q, input.id);
  const { party, draft: draftId } = circulation ?? { party: '', draft: '' };
  // Someone else's copy answers exactly like an id that does not exist.
  if (!circulation || !can(ctx, 'read', { kind: 'circulation', id: input.id, party, draft: draftId })) {
    ctx.policy.asked = true;
    return notFound('circulation', input.id, 'run `parley circulation list` (GET /api/circulations)');
  }
  const draft = await selectDraft(ctx.q, circulation.draft);
  if (!draft) throw new ParleyError('not_found', `circulation '${input.id}' names a missing draft`);
  const sent = circulation.summaryOnly ? draft : await sentDraft(ctx.q, draft, circulation, input.secret);
  const copy = fingerprintCopy(circulatedMaster(sent, circulation.summary), circulation.party, input.secret);
  if (sha256Hex(copy) !== circulation.fingerprint) {
    throw new ParleyError(
      'conflict',
      `the copy of '${draft.id}' sent to '${circulation.party}' can no longer be reproduced: the fingerprint secret or the draft text changed since ${circulation.at}; circulate the draft again`,
      { id: circulation.id, recorded: circulation.fingerprint, regenerated: sha256Hex(copy) },
    );
  }
  // The PDF footer names the party as people know it; an id will do if the party is gone.
  const recipient = (await selectParty(ctx.q, circulation.party))?.name ?? circulation.party;
  const { extension, mediaType } = COPY_MEDIA[input.format];
  return {
    circulation,
    title: draft.title ?? draft.label,
    copy: await formatCopy(copy, input.format, copyMeta(sent, recipient, circulation)),
    mediaType,
    fileName: `${draft.id}-${circulation.party}${circulation.summaryOnly ? '-summary' : ''}.${extension}`,
  };
}
