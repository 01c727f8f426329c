// The certificate of completion as PDF: the same facts as the HTML page, laid out one
// signature after another (hashes and keys in monospace, on lines of their own so they
// copy out whole), dated by the last signature so the same bundle gives the same bytes.
import { CERTIFICATE_NOTE, certificateFacts } from './certificate.ts';
import type { PdfBlock } from './pdfDocument.ts';
import type { SignedBundle } from './signing.ts';

/** Renders the certificate as PDF bytes (see `certificateFacts`). Throws nothing. */
export async function renderCertificatePdf(bundle: SignedBundle, title: string): Promise<Uint8Array> {
  const facts = certificateFacts(bundle);
  const field = (label: string, value: string, kind: PdfBlock['kind'] = 'code'): PdfBlock[] => [
    { kind: 'label', text: label },
    { kind, text: value },
  ];
  const blocks: PdfBlock[] = [
    { kind: 'title', text: 'Certificate of completion' },
    { kind: 'paragraph', text: title },
    { kind: 'heading', text: `Status: ${facts.status}` },
    ...field('Text hash (SHA-256 of the canonical draft)', facts.draftHash),
    ...field('Signing plan hash', facts.planHash),
    ...field('Order', facts.order, 'paragraph'),
    { kind: 'heading', text: facts.signatures.length ? 'Signatures' : 'Signatures: none yet' },
  ];
  facts.signatures.forEach((s, i) => {
    blocks.push(
      { kind: 'heading', text: `${i + 1}. ${s.name} (${s.signatory})` },
      ...field('Signed at', s.signedAt),
      ...field('Public key (Ed25519)', s.publicKey || '(none registered)'),
      ...field('Key fingerprint', s.fingerprint),
      // 128 hex digits do not fit one line: split in halves rather than wherever the margin falls.
      ...field('Signature', `${s.signature.slice(0, 64)}\n${s.signature.slice(64)}`),
    );
  });
  if (facts.pending.length)
    blocks.push(
      { kind: 'heading', text: 'Still to sign' },
      { kind: 'paragraph', text: facts.pending.join('\n') },
    );
  if (facts.problems.length)
    blocks.push(
      { kind: 'heading', text: 'Problems' },
      { kind: 'paragraph', text: facts.problems.join('\n') },
    );
  blocks.push({ kind: 'note', text: CERTIFICATE_NOTE });
  // pdf-lib takes long to load and only PDF certificates need it.
  const { renderPdf } = await import('./pdfDocument.ts');
  return renderPdf({
    title: `Certificate of completion: ${title}`,
    subject: `Signatures over text hash ${facts.draftHash}`,
    ...(facts.lastSignedAt ? { createdAt: facts.lastSignedAt } : {}),
    footer: `Certificate of completion — ${title} — status ${facts.status}`,
    blocks,
  });
}
