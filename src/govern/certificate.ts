// The certificate of completion: who signed which text hash, when, and whether the
// bundle verified, as a standalone HTML page (no scripts, no external assets) or a PDF
// (certificatePdf.ts), so it can be archived, printed or mailed as it is.
import { describeKey } from './keys.ts';
import type { SignedBundle } from './signing.ts';
import { verifyBundle } from './signing.ts';
import { planHash } from './signingPlan.ts';

export interface CertificateFacts {
  status: 'Complete' | 'Incomplete' | 'NOT VALID';
  draftHash: string;
  planHash: string;
  order: string;
  signatures: {
    name: string;
    signatory: string;
    signedAt: string;
    publicKey: string;
    /** keyFingerprint of the public key, to compare with the party out of band. */
    fingerprint: string;
    signature: string;
  }[];
  pending: string[];
  problems: string[];
  /** The latest signing time, if anyone signed: the certificate's own date. */
  lastSignedAt?: string;
}

/**
 * What a certificate states; the verdict is computed here from the bundle, never taken
 * from the caller, so a certificate cannot claim more than the signatures prove. Throws nothing.
 */
export function certificateFacts(bundle: SignedBundle): CertificateFacts {
  const verdict = verifyBundle(bundle);
  const signatures = bundle.signatures.map((record) => {
    const who = bundle.plan.signatories.find((s) => s.id === record.signatory);
    return {
      name: who?.name ?? record.signatory,
      signatory: record.signatory,
      signedAt: record.signedAt,
      publicKey: who?.publicKey ?? '',
      fingerprint: describeKey(who?.publicKey ?? ''),
      signature: record.signature,
    };
  });
  const times = signatures.map((s) => s.signedAt).sort();
  return {
    status: !verdict.valid ? 'NOT VALID' : verdict.complete ? 'Complete' : 'Incomplete',
    draftHash: bundle.plan.draftHash,
    planHash: planHash(bundle.plan),
    order: bundle.plan.before.map(([a, b]) => `${a} before ${b}`).join('; ') || 'any',
    signatures,
    pending: verdict.missing,
    problems: verdict.problems,
    ...(times.length ? { lastSignedAt: times.at(-1)! } : {}),
  };
}

/** The sentence every certificate ends with: how to check it without Parley. */
export const CERTIFICATE_NOTE =
  'Each signature is Ed25519 over the signatory, the text hash, the plan hash and the time; check it offline with the public keys above, after comparing their fingerprints with each party.';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Renders the certificate as a standalone HTML page (see `certificateFacts`). Throws nothing. */
export function renderCertificate(bundle: SignedBundle, title: string): string {
  const facts = certificateFacts(bundle);
  const rows = facts.signatures.map(
    (s, i) =>
      `<tr><td>${i + 1}</td><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.signatory)}</td><td>${escapeHtml(s.signedAt)}</td><td><code>${escapeHtml(s.publicKey)}</code><br><small>fingerprint <code>${escapeHtml(s.fingerprint)}</code></small></td><td><code>${escapeHtml(s.signature)}</code></td></tr>`,
  );
  const pending = facts.pending.map((id) => `<li>${escapeHtml(id)}</li>`).join('');
  const problems = facts.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate of completion: ${escapeHtml(title)}</title>
<style>body{font-family:Georgia,serif;margin:2rem auto;max-width:60rem;color:#222}h1{font-size:1.6rem}table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border:1px solid #999;padding:.3rem;text-align:left;vertical-align:top}code{font-size:.75rem;word-break:break-all}.status{font-weight:bold}</style>
</head><body>
<h1>Certificate of completion</h1>
<p><strong>${escapeHtml(title)}</strong></p>
<p class="status">Status: ${facts.status}</p>
<dl><dt>Text hash (SHA-256 of the canonical draft)</dt><dd><code>${escapeHtml(facts.draftHash)}</code></dd>
<dt>Signing plan hash</dt><dd><code>${facts.planHash}</code></dd>
<dt>Order</dt><dd>${escapeHtml(facts.order)}</dd></dl>
<table><thead><tr><th>#</th><th>Signatory</th><th>Id</th><th>Signed at</th><th>Public key (Ed25519)</th><th>Signature</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${pending ? `<h2>Still to sign</h2><ul>${pending}</ul>` : ''}
${problems ? `<h2>Problems</h2><ul>${problems}</ul>` : ''}
<p><small>${CERTIFICATE_NOTE}</small></p>
</body></html>
`;
}
