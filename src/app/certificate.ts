// The certificate of completion of a draft's signing, in the format asked for: what the
// CLI writes to a file and the API serves as a download.
import { z } from 'zod';
import { parseInput } from '../core/validate.ts';
import { renderCertificate } from '../govern/certificate.ts';
import { renderCertificatePdf } from '../govern/certificatePdf.ts';
import type { ReadContext } from './context.ts';
import { signedBundle } from './signing.ts';

export const CERTIFICATE_FORMATS = ['html', 'pdf'] as const;
export type CertificateFormat = (typeof CERTIFICATE_FORMATS)[number];
export const CertificateFormatInput = z.enum(CERTIFICATE_FORMATS, {
  error: (issue) => `unknown format '${String(issue.input)}': choose html or pdf`,
});

export interface CertificateFile {
  format: CertificateFormat;
  /** HTML text, or PDF bytes. */
  body: string | Uint8Array;
  mediaType: string;
  /** A download name such as `accord-certificate.pdf`. */
  fileName: string;
}

/**
 * The certificate of `draft`'s signatures (html by default). Throws `invalid_input`
 * (format), `not_found` (draft, or one the actor may not read), `conflict` (no signing plan).
 */
export async function draftCertificate(
  ctx: ReadContext,
  input: { draft: string; format?: unknown },
): Promise<CertificateFile> {
  const format = parseInput(CertificateFormatInput.default('html'), input.format, 'format');
  const bundle = await signedBundle(ctx, { draft: input.draft });
  const fileName = `${input.draft.replace(/[^\w.-]+/g, '-')}-certificate.${format}`;
  return format === 'pdf'
    ? {
        format,
        body: await renderCertificatePdf(bundle, bundle.title),
        mediaType: 'application/pdf',
        fileName,
      }
    : {
        format,
        body: renderCertificate(bundle, bundle.title),
        mediaType: 'text/html; charset=utf-8',
        fileName,
      };
}
