// A social-media post: a header naming the account ("Oskar Halvard @PM_Halvard · Nov 25,
// 2025", or the name, the handle and the date on lines of their own), then the post. The
// post is one statement of the account's holder, whatever it says. A thread ("1/3 …", "2/3 …")
// is several posts, each one statement.
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
  const beforeHandle = head[at]!.slice(0, head[at]!.search(/[(@]/)).trim();
  const nameAt = beforeHandle === '' && at > 0 ? at - 1 : at;
  const name = (beforeHandle || head[nameAt]!).replace(/[\s·|—–-]+$/, '').trim();
  const found = speakerNamed(name, gazetteer);
  const start = paragraphs[nameAt]![0];
  return threadPosts(text, paragraphs.slice(bodyFrom)).map((body) => ({
    kind: 'quote' as const,
    text: text.slice(body[0], body[1]),
    span: body,
    speaker: { ...(found ?? { name, via: 'name' as const }), said: name },
    data: {
      words: text.slice(body[0], body[1]).replace(/\s+/g, ' ').trim(),
      speakerSpan: [start, start + name.length] as Span,
      form: 'post' as const,
    },
  }));
}

// "1/3 ", "(2/3) ", "3/3: ": the counter that opens each post of a thread.
const THREAD_COUNTER = /^\(?(\d{1,2})\s?\/\s?(\d{1,2})\)?[:.]?\s/;

/**
 * The posts of a body: one per paragraph opening with a thread counter (the paragraphs after it
 * are the same post's), or the whole body when fewer than two paragraphs open with one.
 */
export function threadPosts(text: string, body: Span[]): Span[] {
  const opens = body.map(([s, e]) => THREAD_COUNTER.exec(text.slice(s, Math.min(e, s + 12))));
  const whole: Span[] = [[body[0]![0], body.at(-1)![1]]];
  if (opens.filter(Boolean).length < 2 || !opens[0]) return whole;
  const posts: Span[] = [];
  body.forEach(([s, e], i) => {
    if (opens[i]) posts.push([s, e]);
    else posts[posts.length - 1]![1] = e;
  });
  return posts;
}
