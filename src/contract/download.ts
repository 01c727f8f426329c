// A document a use case hands out to download (a circulated copy, a certificate): the
// server sends it as an attachment, the web links to it, the CLI writes it to a file.
import { z } from 'zod';

export const Download = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** Text (text, Markdown, HTML) or bytes (PDF). */
  body: z.union([z.string(), z.instanceof(Uint8Array)]),
});
export type Download = z.infer<typeof Download>;
