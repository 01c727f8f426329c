// The certificate of completion of a draft's signing, in the format asked for: what the
// CLI writes to a file and the API serves to show in the browser.
import { signing } from '../contract/signing.ts';
import { renderCertificate } from '../govern/certificate.ts';
import { renderCertificatePdf } from '../govern/certificatePdf.ts';
import { signedBundle } from './signing.ts';
import { implement } from './useCase.ts';

/**
 * The certificate of `draft`'s signatures (html by default), as a file named like
 * `accord-certificate.pdf`. Throws `invalid_input` (format), `not_found` (draft, or one the
 * actor may not read), `conflict` (no signing plan).
 */
export const draftCertificate = implement(signing.certificate, async (ctx, { draft, format }) => {
  const bundle = await signedBundle.run(ctx, { draft });
  const fileName = `${draft.replace(/[^\w.-]+/g, '-')}-certificate.${format}`;
  return format === 'pdf'
    ? { body: await renderCertificatePdf(bundle, bundle.title), mediaType: 'application/pdf', fileName }
    : { body: renderCertificate(bundle, bundle.title), mediaType: 'text/html; charset=utf-8', fileName };
});
