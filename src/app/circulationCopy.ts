// A recipient's copy of a circulated draft, downloaded again later: fingerprinting is
// deterministic in (secret, party, master text), so the copy is regenerated rather than
// stored, and checked against the hash recorded when it was sent.
import { circulation as declared } from '../contract/circulation.ts';
import { notFound, ParleyError } from '../core/errors.ts';
import { fingerprintCopy } from '../govern/fingerprint.ts';
import { sha256Hex } from '../govern/hash.ts';
import { selectCirculation } from '../store/repo/circulations.ts';
import { selectDraft } from '../store/repo/drafts.ts';
import { selectParty } from '../store/repo/parties.ts';
import { can } from './access.ts';
import { COPY_MEDIA, circulatedMaster, copyMeta, formatCopy } from './masterText.ts';
import { sentDraft } from './receivedDraft.ts';
import { implement } from './useCase.ts';

/**
 * The copy `circulation` delivered, byte for byte as it was sent (before formatting), as a
 * file named like `accord-ukraine.pdf` (`-summary` for a summary). Staff may fetch any
 * copy; a delegate only its own party's — anyone else gets `not_found`, as for an id that
 * does not exist. Throws `not_found`, `conflict` (the regenerated copy no longer matches
 * the recorded fingerprint: the secret or the text changed).
 */
export const circulationCopy = implement(declared.copy, async (ctx, input) => {
  const id = input.circulation;
  const secret = ctx.keys.fingerprintSecret;
  const circulation = await selectCirculation(ctx.q, id);
  const { party, draft: draftId } = circulation ?? { party: '', draft: '' };
  // Someone else's copy answers exactly like an id that does not exist.
  if (!circulation || !can(ctx, 'read', { kind: 'circulation', id, party, draft: draftId })) {
    ctx.policy.asked = true;
    return notFound('circulation', id, 'see the list of circulations');
  }
  const draft = await selectDraft(ctx.q, circulation.draft);
  if (!draft) throw new ParleyError('not_found', `circulation '${id}' names a missing draft`);
  const sent = circulation.summaryOnly ? draft : await sentDraft(ctx.q, draft, circulation, secret);
  const copy = fingerprintCopy(circulatedMaster(sent, circulation.summary), circulation.party, secret);
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
    body: await formatCopy(copy, input.format, copyMeta(sent, recipient, circulation)),
    mediaType,
    fileName: `${draft.id}-${circulation.party}${circulation.summaryOnly ? '-summary' : ''}.${extension}`,
  };
});
