// A document a use case hands out to download (a circulated copy, a certificate): the
// server sends it as an attachment, the web links to it, the CLI writes it to a file.
import { z } from 'zod';

export const Download = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** Text (text, Markdown, HTML) or bytes (PDF), over any buffer (Node's pooled ones included). */
  body: z.union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')]),
});
export type Download = z.infer<typeof Download>;
