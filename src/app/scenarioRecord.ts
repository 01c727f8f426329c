// The parts of a scenario beyond the negotiation itself, so a newcomer finds every screen
// filled with something true: reports ingested through the evidence pipeline (their
// claims are the extractor's real output, some reviewed), circulations of a draft, and a
// signing plan under way. Each step runs the ordinary use cases, so all of it is audited.
import { randomBytes } from 'node:crypto';
import { ParleyError } from '../core/errors.ts';
import { keyPairFromSeed } from '../govern/keys.ts';
import { selectClaims } from '../store/repo/claims.ts';
import { circulateDraft } from './circulation.ts';
import { acceptClaim, rejectClaim } from './claims.ts';
import type { WriteContext } from './context.ts';
import { ingestDocument } from './ingest.ts';
import type { RecordOptions, ScenarioRecord } from './scenarioRecordSchema.ts';
import { finalizeDraft, planSigning, signDraft } from './signing.ts';
import { proveAndRegisterKey } from './signingKeys.ts';

async function ingestReport(
  ctx: WriteContext,
  report: ScenarioRecord['reports'][number],
  text: string | undefined,
): Promise<void> {
  if (text === undefined)
    throw new ParleyError('not_found', `report '${report.file}' was not found beside the scenario`);
  const outcome = await ingestDocument(ctx, {
    fileName: report.file.split('/').at(-1) ?? report.file,
    bytes: new TextEncoder().encode(text),
  });
  const claims = await selectClaims(ctx.q, { source: outcome.source });
  for (const review of report.review) {
    const claim = claims.find(
      (c) => c.kind === review.kind && c.status === 'suggested' && c.text.includes(review.text),
    );
    if (!claim) {
      throw new ParleyError(
        'invalid_input',
        `report '${report.file}': no suggested ${review.kind} claim contains "${review.text}"; run \`parley claims list --source ${outcome.source}\` to see what was extracted`,
        { file: report.file },
      );
    }
    if (review.action === 'accept')
      await acceptClaim.run(ctx, { claim: claim.id, edit: review.edit, note: review.note });
    else await rejectClaim.run(ctx, { claim: claim.id, note: review.note });
  }
}

/**
 * Ingests the reports, circulates the drafts and runs the signing so far. `texts` maps
 * each report's `file` to its content. Throws what the use cases throw, and
 * `invalid_input` when a review names a claim the extractor did not find.
 */
export async function loadScenarioRecord(
  ctx: WriteContext,
  record: ScenarioRecord,
  texts: Record<string, string>,
  options: RecordOptions,
): Promise<void> {
  for (const report of record.reports) await ingestReport(ctx, report, texts[report.file]);
  for (const c of record.circulations) await circulateDraft.run(ctx, c);
  const signing = record.signing;
  if (!signing) return;
  await finalizeDraft.run(ctx, { draft: signing.draft });
  await planSigning.run(ctx, signing);
  const newSeed = options.newSeed ?? (() => randomBytes(32));
  // Every key is registered before the first signature: a plan under way takes no new keys.
  // Each is proven by signing a challenge, as a party's delegate would.
  const keys = new Map(signing.signatories.map((id) => [id, keyPairFromSeed(newSeed())]));
  for (const [signatory, pair] of keys)
    await proveAndRegisterKey(ctx, { signatory, privateKey: pair.privateKey, draft: signing.draft });
  for (const as of signing.signed)
    await signDraft.run(ctx, { draft: signing.draft, as, privateKey: keys.get(as)?.privateKey ?? '' });
  for (const [signatory, pair] of keys)
    if (!signing.signed.includes(signatory)) options.keep?.(signatory, pair);
}
