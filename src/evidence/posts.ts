// A social-media post: a header naming the account ("Oskar Halvard @PM_Halvard · Nov 25,
// 2025", or the name, the handle and the date on lines of their own), then the post. The
// post is one statement of the account's holder, whatever it says.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { findIsoDate } from './meta.ts';
import type { Span, SuggestedClaim } from './types.ts';

const HANDLE = /(?:^|[\s(])@\w{2,30}\b/;

/** The post's quote claim: its body, spoken by the account named in the header. */
export function postQuote(text: string, paragraphs: Span[], gazetteer: Gazetteer): SuggestedClaim[] {
  const head = paragraphs.slice(0, 4).map(([s, e]) => text.slice(s, e));
  const at = head.findIndex((p) => HANDLE.test(p) && p.length < 120);
  if (at === -1) return [];
  let bodyFrom = at + 1;
  // A date on a line of its own right after the handle is part of the header.
  const next = head[bodyFrom];
  if (next !== undefined && next.length < 40 && findIsoDate(next)) bodyFrom++;
  const first = paragraphs[bodyFrom];
  if (!first) return [];
  const body: Span = [first[0], paragraphs.at(-1)![1]];
  const beforeHandle = head[at]!.slice(0, head[at]!.search(/[(@]/)).trim();
  const nameAt = beforeHandle === '' && at > 0 ? at - 1 : at;
  const name = (beforeHandle || head[nameAt]!).replace(/[\s·|—–-]+$/, '').trim();
  const found = speakerNamed(name, gazetteer);
  const start = paragraphs[nameAt]![0];
  return [
    {
      kind: 'quote',
      text: text.slice(body[0], body[1]),
      span: body,
      speaker: { ...(found ?? { name, via: 'name' as const }), said: name },
      data: {
        words: text.slice(body[0], body[1]).replace(/\s+/g, ' ').trim(),
        speakerSpan: [start, start + name.length],
        form: 'post',
      },
    },
  ];
}
