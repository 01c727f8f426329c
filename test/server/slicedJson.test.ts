// A long answer is written in slices, and the bytes are exactly the JSON of the whole.
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { SLICED_RESPONSE_ITEMS, slicedJson } from '../../src/server/slicedJson.ts';

describe('a sliced JSON answer', () => {
  it('is the JSON of the whole, undefined fields left out as JSON.stringify leaves them', async () => {
    const provisions = Array.from({ length: SLICED_RESPONSE_ITEMS * 2 + 7 }, (_, i) => ({
      path: String(i + 1),
      heading: i % 2 ? undefined : `Heading "${i}"`,
      topics: [],
    }));
    const answer = {
      draft: { id: 'long', title: undefined, provisions, parents: ['v1'] },
      summary: 'done\n',
    };
    const stream = slicedJson(answer);
    expect(stream).toBeDefined();
    expect(await text(stream!)).toBe(JSON.stringify(answer));
  });

  it('leaves a short answer to the serializer', () => {
    expect(slicedJson({ draft: { provisions: [{ path: '1' }] }, summary: '' })).toBeUndefined();
  });
});
