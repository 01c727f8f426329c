// A long answer (a whole draft's import), written a slice of a long list at a time with a
// turn of the event loop between slices: validating and stringifying 60,000 provisions in
// one go would hold every other request for a second or more. The bytes are the JSON the
// route's schema describes; only the writing is spread out.
import { Readable } from 'node:stream';

/** Answers whose lists are all this short go through the schema's serializer, in one go. */
export const SLICED_RESPONSE_ITEMS = 2_000;

/** Items per slice: a few milliseconds of stringifying. */
const SLICE = 1_000;

/** How deep in the answer long lists are looked for (`{ draft: { provisions } }` is two). */
const DEPTH = 3;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function hasLongList(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.length > SLICED_RESPONSE_ITEMS;
  if (depth >= DEPTH || !isRecord(value)) return false;
  return Object.values(value).some((v) => hasLongList(v, depth + 1));
}

async function* chunks(value: unknown, depth: number): AsyncGenerator<string> {
  if (Array.isArray(value) && value.length > SLICED_RESPONSE_ITEMS) {
    yield '[';
    for (let i = 0; i < value.length; i += SLICE) {
      if (i > 0) await new Promise((resolve) => setImmediate(resolve));
      const slice = JSON.stringify(value.slice(i, i + SLICE)).slice(1, -1);
      yield i > 0 ? `,${slice}` : slice;
    }
    yield ']';
  } else if (isRecord(value) && hasLongList(value, depth)) {
    let first = true;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || typeof field === 'function') continue;
      yield `${first ? '{' : ','}${JSON.stringify(key)}:`;
      first = false;
      yield* chunks(field, depth + 1);
    }
    yield first ? '{}' : '}';
  } else {
    yield JSON.stringify(value);
  }
}

/** `value` as a JSON stream when it holds a long list, else undefined (send it whole). Throws nothing. */
export function slicedJson(value: unknown): Readable | undefined {
  return hasLongList(value) ? Readable.from(chunks(value, 0)) : undefined;
}
