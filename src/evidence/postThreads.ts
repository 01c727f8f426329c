// A thread's posts ("1/3 …", "2/3 …") and the bodies of the posts on one page: each its own
// statement, without its counter, and without the cut-off card that previews a post given in full.

import {
  COMMENTS_START,
  closesPost,
  isBio,
  PICTOGRAPHS,
  SIGN_IN_PROMPT,
  withoutChrome,
} from './postChrome.ts';
import { firstCommenter } from './stampedCommenters.ts';
import type { Span, SuggestedClaim } from './types.ts';

// The card of a quoted post shows its opening words cut off: "Three hours before the Committee…".
const CUT_OFF = /(?:…|\.\.\.)$/;

/** A post's cut-off card repeating the opening of a post the page gives in full: no words of its own. */
export function isPreviewOf(post: SuggestedClaim, posts: SuggestedClaim[]): boolean {
  if (post.kind !== 'quote' || !CUT_OFF.test(post.data.words)) return false;
  const opening = post.data.words.replace(CUT_OFF, '').trim();
  return (
    opening.length >= 12 &&
    posts.some(
      (other) =>
        other !== post &&
        other.kind === 'quote' &&
        other.data.words.startsWith(opening) &&
        other.data.words.length > opening.length + 1,
    )
  );
}

/**
 * An account's posts' paragraphs, one list per stretch between the lines that close a post (its
 * time, a rule, the counts), without the platform's lines and the profile's bio before the first.
 */
export function postBodies(text: string, body: Span[]): Span[][] {
  const stretches: Span[][] = [[]];
  const commentsAt = firstCommenter(text, body);
  for (const [i, span] of body.entries()) {
    const said = text.slice(span[0], span[1]);
    // The comments' head may stand on the first line of their paragraph ("Comments" over the first commenter).
    const head = said.split('\n', 1)[0]!;
    if (
      [said, head].some((p) =>
        COMMENTS_START.test(p.replace(PICTOGRAPHS, ' ').replace(/\s+/g, ' ').trim()),
      ) ||
      i === commentsAt ||
      SIGN_IN_PROMPT.test(head)
    )
      break;
    if (closesPost(text.slice(span[0], span[1]).trim())) stretches.push([]);
    else stretches.at(-1)!.push(span);
  }
  const bodies = stretches.map((b) => withoutChrome(text, b)).filter((b) => b.length > 0);
  const first = bodies[0];
  // A bio is only ever the header's: it stands before another paragraph of posts.
  if (first && (first.length > 1 || bodies.length > 1) && isBio(text.slice(first[0]![0], first[0]![1])))
    first.shift();
  return bodies.filter((b) => b.length > 0);
}

// "1/3 ", "(2/3) ", "3/3: ", "🧵 1/": the counter that opens each post of a thread; or, as
// many threads write it, closes each post ("… in person. 3/3").
const COUNTER_FIRST = /^(?:🧵\s*)?\(?\d{1,2}\s?\/(?:\s?\d{1,2})?\)?[:.]?\s/u;
const COUNTER_LAST = /\s\(?\d{1,2}\s?\/\s?\d{1,2}\)?$/;

/** "3/3", "1/": a post's place in its thread; "16/03", a date, never counts past its total. */
const countsInThread = (counter: string): boolean => {
  const [n, of] = counter.replace(/[^\d/]/g, '').split('/');
  return Number(n) >= 1 && (of === '' || of === undefined || Number(n) <= Number(of));
};

/**
 * A post without its thread counter: the numbering ("1/3 ", "… 3/3") is the thread's layout, not
 * the author's words. A counter inside a post (before hashtags that close it) stays.
 */
export function withoutCounter(text: string, [start, end]: Span): Span {
  const first = COUNTER_FIRST.exec(text.slice(start, Math.min(end, start + 12)));
  const from = first && countsInThread(first[0]) ? start + first[0].length : start;
  const last = COUNTER_LAST.exec(text.slice(Math.max(from, end - 10), end));
  const to = last && countsInThread(last[0]) ? end - last[0].length : end;
  return to > from ? [from, to] : [start, end];
}

/**
 * The posts of a body: one per paragraph opening with a thread counter (the paragraphs after it
 * are the same post's), or ending with one (the paragraphs before it are), or the whole body
 * when fewer than two paragraphs carry one.
 */
export function threadPosts(text: string, body: Span[]): Span[] {
  const opens = body.map(([s, e]) => COUNTER_FIRST.test(text.slice(s, Math.min(e, s + 12))));
  const closes = body.map(([s, e]) => COUNTER_LAST.test(text.slice(Math.max(s, e - 10), e)));
  const posts: Span[] = [];
  if (opens[0] && opens.filter(Boolean).length >= 2) {
    body.forEach(([s, e], i) => {
      if (opens[i]) posts.push([s, e]);
      else posts[posts.length - 1]![1] = e;
    });
  } else if (closes.filter(Boolean).length >= 2) {
    let from = body[0]![0];
    body.forEach(([, e], i) => {
      if (!closes[i]) return;
      posts.push([from, e]);
      from = body[i + 1]?.[0] ?? e;
    });
    // Words after the last counter belong to the last post.
    posts.at(-1)![1] = body.at(-1)![1];
  } else posts.push([body[0]![0], body.at(-1)![1]]);
  return posts;
}
