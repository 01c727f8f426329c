// What a platform prints around a post that is nobody's words: repost banners, stamps, counts
// of likes and shares, footers, a profile's bio, the day a channel sets over its posts.

import { MONTH_NAME, WEEKDAY } from './lexicon.ts';
import { PICTOGRAPH } from './platformMarks.ts';
import type { Span } from './types.ts';

// What the platform prints around posts, not anyone's words: a repost banner ("↻ Leontine Harke
// reposted", "Ada Lind Retweeted", a fediverse "Ada Lind boosted"), the mark over a quoted post ("Quote"), "Replying to @x",
// Facebook's "See translation" under a translated post, a fediverse post's content warning over it
// ("CW: Sarvel talks, long 🧵").
// An editor's note in square brackets ("[Translated from Serrantine by the channel editors]") is
// the channel's, not the author's; so is the tally of those who shared it ("Boosted by 214 people"),
// the banner of one who did ("↻ Reposted by Ada Lind", "Reposted by @lind") and the button beside
// the author ("Following").
const CHROME =
  /^\[[^\]\n]{1,200}\]$|^(?:[Bb]oosted|[Rr]eposted|[Rr]etweeted|[Ss]hared|[Ll]iked|[Ff]avou?rited) by [\d.,]+[KkMm]? (?:people|persons|accounts|users)$|^(?:[↻🔁]\s*)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:[Rr]eposted|[Rr]etweeted|[Bb]oosted)$|^(?:[↻🔁]\s*)?(?:[Rr]eposted|[Rr]etweeted|[Bb]oosted|[Ss]hared) by(?:(?:\s+\p{Lu}[\p{L}'’.-]*){1,5}|\s+@\S+)$|^\+?\s*[Ff]ollow(?:ing)?$|^(?:[Qq]uote(?: [Tt]weet)?|[Qq]uoted post|[Ss]how this thread|[Ss]how more|[Pp]inned|[Tt]ranslate post|[Ss]ee (?:translation|original)|[Rr]ate this translation|[Rr]eplying to @\w+[^\n]{0,60}|[Ff]orwarded(?: message)?|(?:CW|[Cc]ontent [Ww]arning):\s[^\n]{1,100})$/u;
// A page copied from a platform prints a post's time under it ("9:14 AM · Dec 2, 2026",
// "08:02 · 16.01.2027"): a line of digits, month names and separators only. It closes a post.
const STAMP_WORDS =
  /\d+|[\s:.,·|/–—-]+|\b(?:[AaPp]\.?[Mm]\.?|at|UTC|GMT|CET|EET|MSK|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/gu;
export const isStamp = (p: string): boolean =>
  p.length < 50 && /\d/.test(p) && p.replace(STAMP_WORDS, '') === '';
// A rule between posts ("——", "* * *") and the counts under them ("214 Replies 1.1K Reposts").
const RULE = /^[\s—–\-_*·=~]{2,}$/u;
const COUNTS =
  /^(?:[\d.,]+[KkMm]?\s+(?:[Rr]epl(?:y|ies)|[Rr]eposts?|[Rr]etweets?|[Ll]ikes?|[Vv]iews?|[Cc]omments?|[Ss]hares?|[Qq]uotes?|[Bb]ookmarks?|[Rr]eactions?)\b[\s·•|]*)+$/u;
// Other platforms print the button's word before its count, a button with no count after them:
// "Repost 1.2K   Like 3.4K   Comment 412   Share", "Class 3.4K · Comments 612 · Share 1.1K". Two
// counted buttons at least, one of them a reader's usual act, and nothing else on the line.
const WORD_FIRST_COUNTS =
  /^(?:\p{Lu}\p{Ll}{1,12}\s+\d[\d.,]*[KkMm]?[\s·•|]+){1,5}\p{Lu}\p{Ll}{1,12}(?:\s+\d[\d.,]*[KkMm]?)?$/u;
const READER_ACT = /\b(?:Likes?|Comments?|Shares?|Repl(?:y|ies)|Reposts?|Views?|Reactions?)\b/;
const isWordFirstCounts = (p: string): boolean =>
  p.length <= 100 &&
  WORD_FIRST_COUNTS.test(p) &&
  READER_ACT.test(p) &&
  (p.match(/\d[\d.,]*[KkMm]?/g)?.length ?? 0) >= 2;
// Telegram and other apps print their counts after a symbol: "👁 18.4K  🔁 212", "💬 41  ❤️ 560", a
// fediverse server's boosts, stars and replies "↻ 41  ☆ 63  ↩ 7".
// The symbols in one class, the variation selector apart: most pictographs are also \p{So}, and
// "(?:A|B)+" over a run of them tried every split of the run between the two (a line of 25 hearts
// and a word took seconds, each heart more twice as long).
const SYMBOL_COUNTS = /^(?:(?:[\p{Extended_Pictographic}\p{So}]|\uFE0F)+\s*\d[\d.,]*[KkMm]?\s*)+$/u;
export const SEPARATOR = /^[·•|—–-]$/u;
// A page copied from X prints the counts a line each: "·", "1.2M", "Views". A count holds a digit:
// a line of dots ("...") is the post's own pause.
const COUNT_LINE =
  /^(?:\d[\d.,]*[KkMm]?|[Rr]epl(?:y|ies)|[Rr]eposts?|[Rr]etweets?|[Ll]ikes?|[Vv]iews?|[Cc]omments?|[Ss]hares?|[Bb]ookmarks?)$/u;
// X prints the time, the date and the views on one line: "10:48 PM · Mar 10, 2027 · 12.4K Views"; a
// fediverse server the time, the post's visibility and the client: "Apr 12, 2035, 07:52 · 🌐 · Web".
const isStampWithCounts = (p: string): boolean => {
  if (p.length >= 90 || !p.includes('·')) return false;
  const [first, ...rest] = p.split(/\s*·\s*/);
  return (
    isStamp(first!) &&
    rest.every((part) => isStamp(part) || COUNTS.test(part) || VISIBILITY.test(part) || CLIENT.test(part))
  );
};
const VISIBILITY = /^(?:[\p{Extended_Pictographic}\p{So}]|\uFE0F)+$/u;
// "Mastodon for iOS", "Web", "Tusky", "Twitter for iPhone": a name of up to four words, no sentence.
const CLIENT = /^\p{Lu}[\p{L}\d]*(?:\s+[\p{L}\d]+){0,3}$/u;
// A channel's footer: its counts among the platform's own words and the time, Telegram's
// "👁 214.6K  edited  20:15", "👁 48.2K   🔁 Forwarded   20 Mar 2030, 11:16", Facebook's
// "👍❤️ 18K   2.4K comments   3.1K shares", Viber's counts beside its button "👁 31K   ❤️ 2K   Share". Take
// the counts and those words away: a stamp is left, or nothing.
const SYMBOL_COUNT = /(?:\p{Extended_Pictographic}|\uFE0F)+\s*\d[\d.,]*[KkMm]?/gu;
const WORD_COUNT =
  /\d[\d.,]*[KkMm]?\s+(?:repl(?:y|ies)|reposts?|retweets?|likes?|views?|comments?|shares?|reactions?)\b/gi;
const FOOTER_WORD = /(?:\p{Extended_Pictographic}|\uFE0F)*\s*\b(?:edited|forwarded|share)\b/giu;
export const isFooterLine = (p: string): boolean => {
  if (p.length > 100 || !/\d/.test(p)) return false;
  const uncounted = p.replace(SYMBOL_COUNT, ' ').replace(WORD_COUNT, ' ');
  if (uncounted.length === p.length) return false;
  const rest = uncounted
    .replace(FOOTER_WORD, ' ')
    .replace(/[\s·|]+/g, ' ')
    .trim();
  return rest === '' || isStamp(rest);
};
// A platform may name its own acts ("2.2k Replies · 5.6k Echoes · 14k Likes", "40 Boosts · 12
// Hearts"): counted words, two at least, one of them a reader's usual act, and nothing else.
const COUNTED_WORDS = /^(?:\d[\d.,]*[KkMm]?\s+\p{L}{2,12}[\s·•|]*){2,6}$/u;
const isCountedWords = (p: string): boolean => p.length <= 100 && COUNTED_WORDS.test(p) && READER_ACT.test(p);
/** A line of a post's counts: what readers did with it, under it. */
export const isCountsLine = (p: string): boolean =>
  COUNTS.test(p) ||
  SYMBOL_COUNTS.test(p) ||
  isStampWithCounts(p) ||
  isFooterLine(p) ||
  isWordFirstCounts(p) ||
  isCountedWords(p);
// Facebook's bar under a post ("Like Comment Share", "Like · Comment · Share") and the comments
// under it: readers', not the page's. A page may head them "Comments", or close the thread on its
// button for more ("Show more replies", "Show more comments (605)"), the site's footer after it, or
// head them "Replies" as Bluesky does; a Chinese platform's tabs that sort them ("Hot | Latest")
// stand over them.
export const COMMENTS_START =
  /^(?:Like[\s·•|]+Comment[\s·•|]+(?:Share|Repost)(?:[\s·•|]+Send)?|(?:Most relevant|All comments|Top comments|Newest first)\b.{0,4}|(?:Hot|Top|Popular)\s*[|·•]\s*(?:Latest|Newest|Recent)|(?:Comments|Replies)(?: \(\d[\d.,]*[KkMm]?\))?|(?:View|Show|See|Load) (?:more|all|previous) (?:comments|replies)(?: \(\d[\d.,]*[KkMm]?\))?)$/i;
export const PICTOGRAPHS = new RegExp(PICTOGRAPH, 'gu');
// A page copied whole closes on the platform's prompt to a reader not signed in ("Sign in to reply
// to posts or follow this account.", "Sign up to join the conversation"): the posts are over.
// Only the platform's own acts follow "to": an office's post may open "Sign up to the register …".
export const SIGN_IN_PROMPT =
  /^(?:log ?in|sign ?in|sign ?up|log ?on)(?: or (?:sign|log) ?(?:up|in))? to (?:follow|reply|like|favou?rite|share|comment|join the conversation|see|view|continue)\b[^\n]{0,150}$/i;
export const closesPost = (p: string): boolean =>
  isStamp(p) ||
  DAY_SEPARATOR.test(p) ||
  RULE.test(p) ||
  isCountsLine(p) ||
  isStampWithCounts(p) ||
  SEPARATOR.test(p) ||
  COUNT_LINE.test(p);

// A profile's bio under the handle describes the account, it says nothing: "Special Envoy of
// Norland for the Drava talks. Views my own.", "Spokesperson, Ministry of Foreign Affairs".
const BIO_PHRASE =
  /\b(?:(?:views|posts|opinions|tweets|thoughts)\s+(?:are\s+)?(?:my\s+own|personal)|official account|RTs?\b[^\n]{0,20}endors)/i;
const OFFICE_FIRST =
  /^(?:(?:Former|Acting|Deputy|Vice|First|Senior|Chief|Special|Permanent|Head|Official)\s+)*(?:Minister|Ministry|Spokesperson|Spokesman|Spokeswoman|Envoy|Ambassador|Representative|Secretary|Secretary-General|President|Prime Minister|Chancellor|Director|Commissioner|Press (?:Office|Secretary)|Adviser|Advisor|Counsellor|Mayor|Governor|Chair|Account)\b(?:,|\s+(?:of|for|to|at|in|and)\b|$)/u;
const FIRST_PERSON = /\b(?:I|I'm|I’m|we|We|our|Our|us)\b/;
/** A profile's bio: one short line, naming an office or disowning the views, in no one's voice. */
export const isBio = (p: string): boolean =>
  p.length < 200 &&
  !p.includes('\n') &&
  (BIO_PHRASE.test(p) || (OFFICE_FIRST.test(p) && !FIRST_PERSON.test(p) && !p.includes('!')));

// A channel sets the day over the posts of that day: "TUESDAY 10 MARCH", "Friday, 13 March 2036".
const DAY_SEPARATOR = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2})(?:,?\\s+\\d{4})?$`,
  'i',
);

/** A post's paragraphs without the platform's lines before and after them. */
export function withoutChrome(text: string, body: Span[]): Span[] {
  const chrome = ([s, e]: Span) => e - s < 80 && CHROME.test(text.slice(s, e).trim());
  let [from, to] = [0, body.length];
  while (from < to && chrome(body[from]!)) from++;
  while (to > from && chrome(body[to - 1]!)) to--;
  return body.slice(from, to);
}

/** The spans of a page's lines that hold more than white space, in order. */
export function filledLines(text: string): Span[] {
  const lines: Span[] = [];
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(from, end).trim() !== '') lines.push([from, end]);
    from = end + 1;
  }
  return lines;
}
