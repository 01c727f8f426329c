// A forum's question-and-answer thread copied from its page: a Reddit "AMA" ("Posted by u/…",
// comments under "user · 1.2k points", the poster's replies marked "OP"), a Hacker News thread
// ("user 3 hours ago | parent | next"), a forum's "Ask the negotiator" page. The poster's post
// (title and body) and every reply of the poster is one quotation of the poster; a comment the
// poster answers is a question, the asker's (as a briefing's "Question:" is a journalist's). A
// comment the poster does not answer is a reader's talk, left out, and so is the page's own
// chrome (vote counts, "Sort by", "Reply Share").
import { type Gazetteer, personInHandle, speakerNamed } from './gazetteer.ts';
import { spanQuote } from './quotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

// "•Posted by u/Ada_Lind_Envoy", "submitted 3 hours ago by ada_lind", "Posted by u/x · 5h".
// Hacker News heads its post "212 points by fjord_dev 5 hours ago | 87 comments".
// (What stands between "submitted" and "by" opens and ends on a non-space: "\s+[^\n]{0,40}?\s+"
// split a long run of whitespace every way it could.)
const POSTED_BY =
  /^(?:[•·]\s*)?(?:posted\s+by\s+u\/|submitted\s+(?:\S(?:[^\n]{0,38}?\S)?\s+)?by\s+(?:u\/)?|\d+\s+points?\s+by\s+)([\w-]{3,40})\b/i;
// A comment's header: "saltwater_policy · 1.2k points", "Ada_Lind OP · 980 points · 3h",
// "[deleted] · 12 points", old Reddit's "Ada_Lind [S] 180 points 4 hours ago" (the submitter's
// mark), "u/fisher_kid  44 points  2 hours ago", Hacker News's
// "fjord_dev 3 hours ago | parent | next [–]".
const COMMENT_HEAD =
  /^(?:u\/)?([\w-]{3,40}|\[deleted\]|\[removed\])((?:\s+(?:OP|op|\[S\]|MOD|Verified|✓))*)\s*(?:[·•|]\s*)?(?:[\d.,]+[kK]?\s+points?\b|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b)[^\n]{0,60}$/u;
// The page's own lines between comments: counts, sorting, the buttons under a comment.
const CHROME =
  /^(?:[\d.,]+[kK]?\s+comments?\b.*|sort\s+by\b.*|(?:reply|share|report|save|give award|permalink|embed|parent|level \d+)(?:\s+(?:reply|share|report|save|give award|permalink|embed|parent))*|continue this thread\b.*|load more comments\b.*|\d+\s+more repl(?:y|ies)\b.*)$/i;
// A post's date under the poster's line: "May 17, 2030 · Verified ✓", "5h", "3 hours ago".
const POST_STAMP =
  /^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4}|\d+\s*[hdm]|\d+\s+\p{L}+\s+ago)\b[^\n]{0,40}$/u;
const ASK_TITLE = /^(?:Ask HN|AMA|IAmA)\b/;
const HEAD_LINES = 6;
const MIN_COMMENTS = 2;

interface Comment {
  name: string;
  /** Marked as the poster's ("OP"). */
  op: boolean;
  body: Span[];
}

/** The poster: the person the roster knows among the handle's words, else the one its opening introduces. */
function posterOf(handle: string, opening: string, gazetteer: Gazetteer): Speaker | undefined {
  const known = personInHandle(handle, gazetteer);
  if (known) return known;
  // "I am Ada Lind, Norland's chief negotiator. AMA about …": the post names its poster.
  const self = /\bI(?:\s+am|['’]m)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u.exec(opening);
  const named = self ? speakerNamed(self[1]!, gazetteer) : undefined;
  return named?.personId ? named : undefined;
}

const JOURNALIST: Speaker = { name: 'journalist', via: 'description' };

/** The quotations of a forum's Q&A thread, or undefined when `paragraphs` are no such thread. */
export function forumThreadQuotes(
  text: string,
  paragraphs: Span[],
  gazetteer: Gazetteer,
): SuggestedClaim[] | undefined {
  const texts = paragraphs.map(([s, e]) => text.slice(s, e).trim());
  const postedAt = texts.slice(0, HEAD_LINES).findIndex((t) => POSTED_BY.test(t));
  if (postedAt === -1) return undefined;
  const handle = POSTED_BY.exec(texts[postedAt]!)![1]!;
  const comments: Comment[] = [];
  // Hacker News sets the title over the line that names the poster: "Ask HN: I am …".
  const post: Span[] =
    postedAt > 0 && ASK_TITLE.test(texts[postedAt - 1]!) ? [paragraphs[postedAt - 1]!] : [];
  for (let i = postedAt + 1; i < texts.length; i++) {
    const t = texts[i]!;
    const head = COMMENT_HEAD.exec(t);
    if (head) {
      comments.push({ name: head[1]!, op: /\bOP\b|\[S\]/i.test(head[2] ?? ''), body: [] });
      continue;
    }
    if (CHROME.test(t)) {
      // Under a comment, its buttons; under the post, the count of comments ends the post.
      if (comments.length === 0) post.push([-1, -1]);
      continue;
    }
    if (comments.length > 0) comments.at(-1)!.body.push(paragraphs[i]!);
    else if (!post.some(([s]) => s === -1) && !(post.length === 0 && POST_STAMP.test(t)))
      post.push(paragraphs[i]!);
  }
  if (comments.filter((c) => c.body.length > 0).length < MIN_COMMENTS) return undefined;
  const own = post.filter(([s]) => s !== -1);
  const opening = own.length > 0 ? text.slice(own[0]![0], own[0]![1]) : '';
  const poster = posterOf(handle, opening, gazetteer);
  if (!poster) return undefined;
  const isPoster = (c: Comment) => c.op || c.name.toLowerCase() === handle.toLowerCase();
  if (!comments.some(isPoster)) return undefined;
  const quote = (body: Span[], speaker: Speaker): SuggestedClaim =>
    spanQuote(text, [body[0]![0], body.at(-1)![1]], speaker, undefined, 'post');
  const quotes: SuggestedClaim[] = own.length > 0 ? [quote(own, poster)] : [];
  comments.forEach((c, k) => {
    if (c.body.length === 0) return;
    if (isPoster(c)) quotes.push(quote(c.body, poster));
    else if (comments[k + 1] && isPoster(comments[k + 1]!)) quotes.push(quote(c.body, JOURNALIST));
  });
  return quotes;
}
