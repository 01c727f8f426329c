// A long draft's import response, written a slice of provisions at a time with a turn of
// the event loop between slices: validating and stringifying 60,000 provisions in one go
// would hold every other request for a second or more. The bytes are the ones the route's
// schema describes (ImportedDraft); only the writing is spread out.
import { Readable } from 'node:stream';
import type { Draft } from '../core/model.ts';

/** Drafts longer than this are answered in slices; shorter ones through the schema's serializer. */
export const SLICED_RESPONSE_PROVISIONS = 2_000;

/** Provisions per slice: a few milliseconds of stringifying. */
const SLICE = 1_000;

/** `{ draft, summary }` as a JSON stream. Throws nothing. */
export function importedDraftJson(draft: Draft, summary: string): Readable {
  async function* chunks(): AsyncGenerator<string> {
    const { provisions, ...header } = draft;
    yield `{"draft":${JSON.stringify(header).slice(0, -1)},"provisions":[`;
    for (let i = 0; i < provisions.length; i += SLICE) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      const slice = JSON.stringify(provisions.slice(i, i + SLICE)).slice(1, -1);
      yield i > 0 ? `,${slice}` : slice;
    }
    yield `]},"summary":${JSON.stringify(summary)}}`;
  }
  return Readable.from(chunks());
}
