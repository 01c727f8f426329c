// The certificate of completion: a standalone HTML page (no scripts, no external
// assets) listing who signed which text hash, when, and whether the bundle verified,
// so it can be archived, printed or mailed as it is.
import type { SignedBundle } from './signing.ts';
import { verifyBundle } from './signing.ts';
import { planHash } from './signingPlan.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * Renders the certificate; the verdict is computed here from the bundle, never taken
 * from the caller, so a certificate cannot claim more than the signatures prove. Throws nothing.
 */
export function renderCertificate(bundle: SignedBundle, title: string): string {
  const verdict = verifyBundle(bundle);
  const status = !verdict.valid ? 'NOT VALID' : verdict.complete ? 'Complete' : 'Incomplete';
  const rows = bundle.signatures.map((record, i) => {
    const who = bundle.plan.signatories.find((s) => s.id === record.signatory);
    return `<tr><td>${i + 1}</td><td>${escapeHtml(who?.name ?? record.signatory)}</td><td>${escapeHtml(record.signatory)}</td><td>${escapeHtml(record.signedAt)}</td><td><code>${escapeHtml(who?.publicKey ?? '')}</code></td><td><code>${escapeHtml(record.signature)}</code></td></tr>`;
  });
  const pending = verdict.missing.map((id) => `<li>${escapeHtml(id)}</li>`).join('');
  const problems = verdict.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate of completion: ${escapeHtml(title)}</title>
<style>body{font-family:Georgia,serif;margin:2rem auto;max-width:60rem;color:#222}h1{font-size:1.6rem}table{border-collapse:collapse;width:100%;font-size:.85rem}td,th{border:1px solid #999;padding:.3rem;text-align:left;vertical-align:top}code{font-size:.75rem;word-break:break-all}.status{font-weight:bold}</style>
</head><body>
<h1>Certificate of completion</h1>
<p><strong>${escapeHtml(title)}</strong></p>
<p class="status">Status: ${status}</p>
<dl><dt>Text hash (SHA-256 of the canonical draft)</dt><dd><code>${escapeHtml(bundle.plan.draftHash)}</code></dd>
<dt>Signing plan hash</dt><dd><code>${planHash(bundle.plan)}</code></dd>
<dt>Order</dt><dd>${bundle.plan.before.map(([a, b]) => `${escapeHtml(a)} before ${escapeHtml(b)}`).join('; ') || 'any'}</dd></dl>
<table><thead><tr><th>#</th><th>Signatory</th><th>Id</th><th>Signed at</th><th>Public key (Ed25519)</th><th>Signature</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${pending ? `<h2>Still to sign</h2><ul>${pending}</ul>` : ''}
${problems ? `<h2>Problems</h2><ul>${problems}</ul>` : ''}
<p><small>Each signature is Ed25519 over the signatory, the text hash, the plan hash and the time; check it offline with the public keys above.</small></p>
</body></html>
`;
}
