// Download links for one recipient's fingerprinted copy, one per format. Plain links: the
// session cookie goes with them, and the API answers with an attachment.
import { COPY_FORMATS, circulation as declared } from '../../../src/contract/circulation.ts';
import { fileUrl } from '../api/call.ts';

const LABEL = { text: 'text', md: 'Markdown', html: 'HTML', pdf: 'PDF' } as const;

export function CopyLinks({ circulation, party }: { circulation: string; party?: string }) {
  return (
    <span className="copy-links">
      {COPY_FORMATS.map((format, i) => (
        <span key={format}>
          {i ? ' · ' : ''}
          <a
            href={fileUrl(declared.copy, { circulation, format })}
            download
            aria-label={party ? `${party}'s copy as ${LABEL[format]}` : undefined}
          >
            {LABEL[format]}
          </a>
        </span>
      ))}
    </span>
  );
}
