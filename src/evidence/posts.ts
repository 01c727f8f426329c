// A social-media post: a header naming the account ("Oskar Halvard @PM_Halvard · Nov 25,
// 2025", or the name, the handle and the date on lines of their own), then the post. The
// post is one statement of the account's holder, whatever it says. A thread ("1/3 …", "2/3 …")
// is several posts, each one statement.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { findIsoDate } from './meta.ts';
import { AGE, DEGREE, isHandle, NAME, PICTOGRAPH } from './platformMarks.ts';
import { postLead } from './postLeads.ts';
import { isPostStamp, TELEGRAM_STAMP } from './published.ts';
import { pullQuote } from './pullQuotes.ts';
import { spanQuote } from './quotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const HANDLE = /(?:^|[\s(])@\w{2,30}\b/;
// A later post's header line: a name and the handle, a date after a separator at most
// ("Thank you @AurenneMFA for hosting." runs on after the handle: a post, not a header).
// A handle may carry its server ("@ada@diplo.social", the fediverse's) or a domain ("@ada.bsky.social").
// "Replying to @x" under a reply's header names whom it answers, not who writes it.
const HEADER_LINE =
  /^(?![Rr]eplying to\s|[Ii]n reply to\s)(?:\p{Lu}[^\n@.!?]{0,60}?\s*)?\(?@\w{2,30}(?:[@.][\w-]{2,30})*\)?(?:\s*[·|—–-][^\n]{0,40})?$/u;

// Platforms that print no handle: Facebook's page name over its stamp ("12 March at 19:02 ·"),
// Telegram's copied "Channel name, [12.03.2031 20:15]" (TELEGRAM_STAMP, which dates it too), and a
// forward's "Forwarded from Channel", whose channel wrote the post.
const FORWARDED = /^\[?Forwarded from\s+([^\]\n]{2,60}?)\]?$/;
// A page's or a person's name on a line of its own: short, capitalised, no sentence.
const NAME_LINE = /^\p{Lu}[^\n.!?:;]{1,58}$/u;

/** The paragraph among the first few that ends a post's header (a handle, a platform's stamp), or -1. */
export function postHeaderAt(texts: string[]): number {
  for (let i = 0; i < Math.min(4, texts.length); i++) {
    const p = texts[i]!;
    if ((HANDLE.test(p) && p.length < 120) || TELEGRAM_STAMP.test(p)) return i;
    if (i > 0 && isPostStamp(p) && NAME_LINE.test(texts[i - 1]!)) return i;
  }
  return -1;
}

/** A post's header line: a thread repeats it before each post, which makes it no duplicate. */
export const isPostHeader = (line: string): boolean =>
  line.length < 120 && line.includes('@') && HEADER_LINE.test(line);

// What the platform prints around posts, not anyone's words: a repost banner ("↻ Leontine Harke
// reposted", "Ada Lind Retweeted", a fediverse "Ada Lind boosted"), the mark over a quoted post ("Quote"), "Replying to @x",
// Facebook's "See translation" under a translated post, a fediverse post's content warning over it
// ("CW: Sarvel talks, long 🧵").
// An editor's note in square brackets ("[Translated from Serrantine by the channel editors]") is
// the channel's, not the author's.
const CHROME =
  /^\[[^\]\n]{1,200}\]$|^(?:[↻🔁]\s*)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(?:[Rr]eposted|[Rr]etweeted|[Bb]oosted)$|^(?:[Qq]uote(?: [Tt]weet)?|[Qq]uoted post|[Ss]how this thread|[Ss]how more|[Pp]inned|[Tt]ranslate post|[Ss]ee (?:translation|original)|[Rr]ate this translation|[Rr]eplying to @\w+[^\n]{0,60}|[Ff]orwarded(?: message)?|(?:CW|[Cc]ontent [Ww]arning):\s[^\n]{1,100})$/u;
// A page copied from a platform prints a post's time under it ("9:14 AM · Dec 2, 2026",
// "08:02 · 16.01.2027"): a line of digits, month names and separators only. It closes a post.
const STAMP_WORDS =
  /\d+|[\s:.,·|/–—-]+|\b(?:[AaPp]\.?[Mm]\.?|at|UTC|GMT|CET|EET|MSK|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/gu;
const isStamp = (p: string): boolean => p.length < 50 && /\d/.test(p) && p.replace(STAMP_WORDS, '') === '';
// A rule between posts ("——", "* * *") and the counts under them ("214 Replies 1.1K Reposts").
const RULE = /^[\s—–\-_*·=~]{2,}$/u;
const COUNTS =
  /^(?:[\d.,]+[KkMm]?\s+(?:[Rr]epl(?:y|ies)|[Rr]eposts?|[Rr]etweets?|[Ll]ikes?|[Vv]iews?|[Cc]omments?|[Ss]hares?|[Qq]uotes?|[Bb]ookmarks?|[Rr]eactions?)\b[\s·•|]*)+$/u;
// Telegram and other apps print their counts after a symbol: "👁 18.4K  🔁 212", "💬 41  ❤️ 560", a
// fediverse server's boosts, stars and replies "↻ 41  ☆ 63  ↩ 7".
// The symbols in one class, the variation selector apart: most pictographs are also \p{So}, and
// "(?:A|B)+" over a run of them tried every split of the run between the two (a line of 25 hearts
// and a word took seconds, each heart more twice as long).
const SYMBOL_COUNTS = /^(?:(?:[\p{Extended_Pictographic}\p{So}]|\uFE0F)+\s*\d[\d.,]*[KkMm]?\s*)+$/u;
const SEPARATOR = /^[·•|—–-]$/u;
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
// "👍❤️ 18K   2.4K comments   3.1K shares". Take the counts and those words away: a stamp is left, or nothing.
const SYMBOL_COUNT = /(?:\p{Extended_Pictographic}|\uFE0F)+\s*\d[\d.,]*[KkMm]?/gu;
const WORD_COUNT =
  /\d[\d.,]*[KkMm]?\s+(?:repl(?:y|ies)|reposts?|retweets?|likes?|views?|comments?|shares?|reactions?)\b/gi;
const FOOTER_WORD = /(?:\p{Extended_Pictographic}|\uFE0F)*\s*\b(?:edited|forwarded)\b/giu;
const isFooterLine = (p: string): boolean => {
  if (p.length > 100 || !/\d/.test(p)) return false;
  const uncounted = p.replace(SYMBOL_COUNT, ' ').replace(WORD_COUNT, ' ');
  if (uncounted.length === p.length) return false;
  const rest = uncounted
    .replace(FOOTER_WORD, ' ')
    .replace(/[\s·|]+/g, ' ')
    .trim();
  return rest === '' || isStamp(rest);
};
/** A line of a post's counts: what readers did with it, under it. */
export const isCountsLine = (p: string): boolean =>
  COUNTS.test(p) || SYMBOL_COUNTS.test(p) || isStampWithCounts(p) || isFooterLine(p);
// Facebook's bar under a post ("Like Comment Share", "Like · Comment · Share") and the comments
// under it: readers', not the page's.
const COMMENTS_START =
  /^(?:Like[\s·•|]+Comment[\s·•|]+(?:Share|Repost)(?:[\s·•|]+Send)?|(?:Most relevant|All comments|Top comments|Newest first)\b.{0,4}|View (?:more|all|previous) comments)$/i;
const PICTOGRAPHS = new RegExp(PICTOGRAPH, 'gu');
const closesPost = (p: string): boolean =>
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

// A verified badge or an emoji after a display name ("Aurel Vintrop ✔") is no part of the name.
const BADGES = /(?:\p{So}|\p{Sk}|\uFE0F)+/gu;

interface Account {
  name: string;
  /** Where the name is written. */
  nameStart: number;
  /** Paragraph indexes: where the header starts and where the posts start. */
  headerAt: number;
  bodyFrom: number;
}

/** The account whose header paragraph `at` holds (its handle or stamp), with the paragraphs its header takes. */
function account(texts: string[], at: number, paragraphs: Span[]): Account {
  let bodyFrom = at + 1;
  // A date on a line of its own right after the handle is part of the header, and so is the
  // separator a copied page sets before it on a line of its own ("@handle", "·", "Nov 25, 2025").
  while (SEPARATOR.test(texts[bodyFrom] ?? '')) bodyFrom++;
  const next = texts[bodyFrom];
  if (next !== undefined && next.length < 40 && (findIsoDate(next) || isPostStamp(next))) bodyFrom++;
  // The forward's line, after the stamp and separators skipped above, not always right after `at`.
  const forwardAt = bodyFrom;
  const forwardedAfter = FORWARDED.exec(texts[forwardAt] ?? '');
  if (forwardedAfter) bodyFrom++;
  const forwardedBefore = at > 0 ? FORWARDED.exec(texts[at - 1]!) : null;
  const forwarded = forwardedAfter ?? forwardedBefore;
  if (forwarded) {
    const headerAt = forwardedAfter ? at : at - 1;
    const nameStart =
      paragraphs[forwardedAfter ? forwardAt : at - 1]![0] + forwarded[0].indexOf(forwarded[1]!);
    return { name: forwarded[1]!.trim(), nameStart, headerAt: Math.min(headerAt, at), bodyFrom };
  }
  const channel = TELEGRAM_STAMP.exec(texts[at]!)?.[1];
  if (channel) return { name: channel.trim(), nameStart: paragraphs[at]![0], headerAt: at, bodyFrom };
  const cut = texts[at]!.search(/[(@]/);
  const beforeHandle = cut > 0 ? texts[at]!.slice(0, cut).trim() : '';
  // The name on a line of its own before the handle ("Henrik Dahl", then "@envoy_dahl").
  const previous = texts[at - 1];
  const nameAt =
    beforeHandle === '' && previous !== undefined && previous.length < 60 && !/[.!?]$/.test(previous)
      ? at - 1
      : at;
  const name = (beforeHandle || texts[nameAt]!)
    .replace(BADGES, ' ')
    .replace(/[\s·|—–-]+$/, '')
    .trim();
  return { name, nameStart: paragraphs[nameAt]![0], headerAt: nameAt, bodyFrom };
}

/** A post's paragraphs without the platform's lines before and after them. */
function withoutChrome(text: string, body: Span[]): Span[] {
  const chrome = ([s, e]: Span) => e - s < 80 && CHROME.test(text.slice(s, e).trim());
  let [from, to] = [0, body.length];
  while (from < to && chrome(body[from]!)) from++;
  while (to > from && chrome(body[to - 1]!)) to--;
  return body.slice(from, to);
}

// A channel or page names its author without a handle: "Oren Talvik | Official channel", "Aleksa
// Morvith", "Ministry of Defence of Arvenia 🇦🇷", a display name of two to six words, a
// description after a bar at most.
const CHANNEL_NAME =
  /^(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:(?:of|the|for|and)[ \t]+){0,2}\p{Lu}[\p{L}'’.-]+){1,5})[ \t]*(?:(?:\p{So}|\uFE0F)+[ \t]*)?(?:[|·—–][ \t]*[^\n|]{1,60})?$/u;
// Over a line counting its audience, one word names a channel too ("Yurchak | Press Secretary").
const AUDIENCE_NAME =
  /^(\p{Lu}[\p{L}'’.-]+(?:[ \t]+(?:(?:of|the|for|and)[ \t]+){0,2}\p{Lu}[\p{L}'’.-]+){0,5})[ \t]*(?:(?:\p{So}|\uFE0F)+[ \t]*)?(?:[|·—–][ \t]*[^\n|]{1,60})?$/u;
const HAS_TIME = /\d{1,2}[:.]\d{2}/;
// A channel's audience under its name: "412,860 subscribers", "channel · 48 213 subscribers",
// "Channel · 48.2K followers". Cleaning may join it to the name, as a page's title.
const AUDIENCE =
  /(?:^|\s)(?:(?:official\s+)?(?:channel|page)\s{0,3}[·•|]\s{0,3})?\d[\d.,\u00a0 ]{0,12}[KkMm]?\s{1,3}(?:subscribers|followers|members)$/i;
// The header's lines under a channel's name: its audience, its description ("Official channel"),
// the app's buttons ("Follow   Mute   Share") and its mark over a pinned post.
const CHANNEL_LINE =
  /^(?:(?:official\s+)?(?:channel|page)|official|(?:📌\s*)?pinned(?: message| post)?|(?:(?:\+\s*)?(?:follow|following|mute|unmute|share|join|subscribe)\b\s*){2,})$/iu;
const isChannelLine = (line: string): boolean => CHANNEL_LINE.test(line) || AUDIENCE.test(line);
// The app's notes about the channel, over its posts or under the last: "Messages from this channel are
// not end-to-end encrypted.", "This channel was created by …", "Translated from X. Translation may be
// inaccurate.", "[Translated automatically · See original]", "Comments are only shown for followers".
const CHANNEL_NOTE =
  /\bthis (?:channel|page|account)\b|^\[[^\]\n]{1,200}\]$|^(?:translated|translation)\b|\bfollowers of\b/i;
const NOTES_AFTER_COUNTS = 2;
// A channel sets the day over the posts of that day: "TUESDAY 10 MARCH", "Friday, 13 March 2036".
const MONTH_NAME =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const DAY_SEPARATOR = new RegExp(
  `^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2})(?:,?\\s+\\d{4})?$`,
  'i',
);

/** Where a channel's name stands: the first line, or the line over its audience among the first few. */
function channelNameAt(lines: string[]): { name: string; at: number } | undefined {
  for (let i = 1; i < Math.min(lines.length, 5); i++) {
    const name = AUDIENCE.test(lines[i]!.trim()) ? AUDIENCE_NAME.exec(lines[i - 1]!.trim()) : null;
    if (name) return { name: name[1]!, at: i - 1 };
  }
  const first = CHANNEL_NAME.exec(lines[0]?.trim() ?? '');
  return first ? { name: first[1]!, at: 0 } : undefined;
}

/** A title that is a channel's header joined by cleaning: its name, its audience after it. */
function titledChannel(title: string | undefined): string | undefined {
  const audience = title ? AUDIENCE.exec(title) : null;
  if (!title || !audience) return undefined;
  return AUDIENCE_NAME.exec(title.slice(0, audience.index).trim())?.[1];
}

/**
 * The paragraph of the counts that close a channel's page: the last one, or one followed only by
 * the app's notes about the channel or its translation; -1 when the page ends otherwise.
 */
function closingCountsAt(texts: string[]): number {
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 1 - NOTES_AFTER_COUNTS); i--) {
    const line = texts[i]!.trim();
    if (isCountsLine(line)) return i;
    if (line.length > 200 || !CHANNEL_NOTE.test(line)) return -1;
  }
  return -1;
}

/**
 * A post copied from a Telegram channel or a Facebook page: the author's name on the first line (or
 * over the channel's audience), the time of posting under it ("10 Mar 2026, 09:12", "14 March at
 * 21:40 ·"), and the counts closing the page ("👁 214K", "12K reactions · 1.4K comments"), the app's
 * notes after them at most. Returns the author's name. `lines` are the page's first lines and
 * `tail` its last lines.
 */
export function channelAuthor(lines: string[], tail: string[]): string | undefined {
  const named = channelNameAt(lines);
  const countsAt = closingCountsAt(tail);
  if (!named || countsAt === -1) return undefined;
  const last = tail[countsAt]!;
  // Telegram prints the time in the footer, with the views: "👁 214.6K  edited  20:15".
  const stamped =
    lines.slice(named.at + 1, named.at + 3).some((l) => HAS_TIME.test(l) && isStamp(l.trim())) ||
    (HAS_TIME.test(last) && isFooterLine(last.trim())) ||
    // A channel's posts one under another, each closed by its time.
    tail.some((l) => HAS_TIME.test(l) && isStamp(l.trim()));
  return stamped ? named.name : undefined;
}

/** A channel's post (see `channelAuthor`); cleaning may have taken its time away as a dateline,
 * and its header into the title. */
function channelPost(
  text: string,
  paragraphs: Span[],
  texts: string[],
  gazetteer: Gazetteer,
  title: string | undefined,
): SuggestedClaim[] {
  const countsAt = closingCountsAt(texts);
  if (countsAt === -1) return [];
  const named = channelNameAt(texts);
  const titled = named ? undefined : titledChannel(title);
  if (!named && !titled) return [];
  // The header's lines under the name: the audience, "Official channel", the buttons, a forward's
  // "Forwarded from …", whose channel wrote the post, the app's notes about the channel.
  let bodyFrom = named ? named.at + 1 : 0;
  let forwarded: RegExpExecArray | null = null;
  for (; bodyFrom < Math.min(countsAt, (named?.at ?? 0) + 5); bodyFrom++) {
    const line = texts[bodyFrom]!.trim();
    const forward = FORWARDED.exec(line);
    if (forward) forwarded = forward;
    else if (!isChannelLine(line) && !(line.length < 200 && CHANNEL_NOTE.test(line))) break;
  }
  const at = named?.at ?? 0;
  const author = forwarded ? forwarded[1]!.trim() : (named?.name ?? titled!);
  const nameStart =
    forwarded || !named ? Math.max(0, text.indexOf(author, paragraphs[at]![0])) : paragraphs[at]![0];
  return accountPosts(
    text,
    paragraphs.slice(0, countsAt + 1),
    [{ name: author, nameStart, headerAt: at, bodyFrom }],
    gazetteer,
  );
}

/**
 * The posts' quote claims: each body spoken by the account named in the header above it. A
 * page may hold several accounts' posts (a thread with replies), each under its own header.
 */
export function postQuote(
  text: string,
  paragraphs: Span[],
  gazetteer: Gazetteer,
  title?: string,
): SuggestedClaim[] {
  const texts = paragraphs.map(([s, e]) => text.slice(s, e));
  const first = postHeaderAt(texts);
  if (first === -1) {
    const stamped = stampedAccount(texts, paragraphs);
    return stamped
      ? accountPosts(text, paragraphs, [stamped], gazetteer)
      : channelPost(text, paragraphs, texts, gazetteer, title);
  }
  const accounts = [account(texts, first, paragraphs)];
  for (let i = accounts[0]!.bodyFrom + 1; i < texts.length; i++) {
    const line = texts[i]!.slice(0, texts[i]!.indexOf('\n') >>> 0);
    if (isPostHeader(line)) {
      accounts.push(account(texts, i, paragraphs));
      i = accounts.at(-1)!.bodyFrom - 1;
    }
  }
  return accountPosts(text, paragraphs, accounts, gazetteer);
}

/**
 * The account as a speaker: a person the roster knows, else the account's name as written. A body's
 * channel ("Ministry of Defence of Arvenia", "Office of the President of Arvenia") is no person, and
 * keeps its name with the party it names.
 */
function accountSpeaker(name: string, found: Speaker | undefined): Speaker {
  if (found?.personId || (found && found.name.toLowerCase() === name.toLowerCase())) return found;
  return {
    name: name.replace(BADGES, ' ').trim(),
    ...(found?.partyId ? { partyId: found.partyId } : {}),
    via: 'name',
  };
}

// A post's age or day under the account where the platform prints no handle: "3d · Edited ·",
// "1d • Edited • 🌐", "5h", "May 12, 2030 at 6:40 PM · 🌐". A stamp is short: a long
// line is never tried.
const AGE_STAMP = new RegExp(`^${AGE}(?:\\s*[·•]\\s*(?:[Ee]dited|${PICTOGRAPH}+))*\\s*[·•]?$`, 'u');
const STAMP_LENGTH = 60;
const isHeaderStamp = (p: string): boolean =>
  p.length <= STAMP_LENGTH && (AGE_STAMP.test(p) || isPostStamp(p));
// The platform's own marks on a stamp: an edit, the post's audience ("🌐"). A news page prints a
// headline over a bare age ("5h") or time as readily as a platform prints a name over one.
const STAMP_MARK = new RegExp(`[Ee]dited|${PICTOGRAPH}`, 'u');
// The account's line: its name with a badge or a network degree ("Ada Lind • 2nd", "ada.lind ✓").
const DEGREE_AFTER_NAME = new RegExp(`\\s*${DEGREE}`);
const ACCOUNT_LINE = new RegExp(
  `^[\\p{L}\\d][\\p{L}\\d'’._-]*(?:\\s+[\\p{L}\\d'’._-]+){0,4}(?:${DEGREE_AFTER_NAME.source})?(?:\\s*(?:\\p{So}|\\uFE0F))*$`,
  'u',
);
// The words a headline is made of and a name never holds ("Talks Resume In Fjellby").
const FUNCTION_WORD =
  /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|over|after|before|as|into|amid|against|about|is|are|was|were|be|not|no)$/i;
/** A name and nothing else: a handle, or capitalised words with no function word among them. */
const isNameShaped = (name: string): boolean =>
  isHandle(name) || (NAME.test(name) && !name.split(/\s+/).some((w) => FUNCTION_WORD.test(w)));
/** The account's name on its line, without its degree and its badges. */
const accountName = (line: string): string => line.replace(DEGREE_AFTER_NAME, '').replace(BADGES, ' ').trim();
/**
 * Whether a line over a stamp is an account's: a name with the platform's degree or badge beside
 * it, over a stamp with the platform's marks, or shaped as a name; a headline over a bare age is none.
 */
const isAccountLine = (line: string, stampMarked: boolean): boolean =>
  line.length <= 60 &&
  ACCOUNT_LINE.test(line) &&
  (stampMarked || accountName(line) !== line || isNameShaped(line));
// "+ Follow", "Following": the platform's button beside the header.
const FOLLOW = /^\+?\s*Follow(?:ing)?$/;
const HEAD_REACH = 5;

/**
 * The head of a page that prints no handle: a name's line over the post's age or day, the account's
 * job title or a line in another script between them (a professional network's "Ada Lind • 2nd /
 * Special Envoy of Norland / 3d · Edited"); the name's and the stamp's paragraphs, or undefined.
 */
export function stampedHead(texts: string[]): { nameAt: number; stampAt: number } | undefined {
  for (let i = 1; i < Math.min(HEAD_REACH, texts.length); i++) {
    const stamp = texts[i]!.trim();
    if (!isHeaderStamp(stamp)) continue;
    const marked = STAMP_MARK.test(stamp);
    const nameAt = [i - 1, i - 2].find((k) => {
      const line = texts[k]?.trim();
      return line !== undefined && isAccountLine(line, marked);
    });
    if (nameAt !== undefined) return { nameAt, stampAt: i };
  }
  return undefined;
}

/** The account of a page that prints no handle (`stampedHead`), its posts after the platform's buttons. */
function stampedAccount(texts: string[], paragraphs: Span[]): Account | undefined {
  const head = stampedHead(texts);
  if (!head) return undefined;
  let bodyFrom = head.stampAt + 1;
  while (FOLLOW.test(texts[bodyFrom]?.trim() ?? '')) bodyFrom++;
  const written = texts[head.nameAt]!;
  const name = accountName(written.trim());
  return {
    name,
    nameStart: paragraphs[head.nameAt]![0] + Math.max(0, written.indexOf(name)),
    headerAt: head.nameAt,
    bodyFrom,
  };
}

/** Each account's posts, spoken by the account. */
function accountPosts(
  text: string,
  paragraphs: Span[],
  accounts: Account[],
  gazetteer: Gazetteer,
): SuggestedClaim[] {
  const posts = accounts.flatMap((a, k) => {
    // A display name in two scripts ("Ada Lind / Ада Линд") names one person twice.
    const found = a.name
      .split(/\s+[/|]\s+/)
      .map((name) => speakerNamed(name, gazetteer))
      .find((s) => s !== undefined);
    const bodies = postBodies(
      text,
      paragraphs.slice(a.bodyFrom, accounts[k + 1]?.headerAt ?? paragraphs.length),
    );
    return bodies
      .flatMap((body) => threadPosts(text, body))
      .map((post) => withoutCounter(text, post))
      .map((post): SuggestedClaim => {
        // '"…" — Minister Pavel Surin at today's briefing': the words of the one the post quotes.
        const quoted = pullQuote(text, post, gazetteer) ?? postLead(text, post, gazetteer, found?.partyId);
        const [span, speaker, speakerSpan] = quoted
          ? [quoted.span, quoted.speaker, quoted.speakerSpan]
          : [
              post,
              { ...accountSpeaker(a.name, found), said: a.name },
              [a.nameStart, a.nameStart + a.name.length] as Span,
            ];
        return spanQuote(text, span, speaker, speakerSpan, 'post');
      });
  });
  return posts.filter((post) => !isPreviewOf(post, posts));
}

// The card of a quoted post shows its opening words cut off: "Three hours before the Committee…".
const CUT_OFF = /(?:…|\.\.\.)$/;

/** A post's cut-off card repeating the opening of a post the page gives in full: no words of its own. */
function isPreviewOf(post: SuggestedClaim, posts: SuggestedClaim[]): boolean {
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
function postBodies(text: string, body: Span[]): Span[][] {
  const stretches: Span[][] = [[]];
  for (const span of body) {
    if (
      COMMENTS_START.test(text.slice(span[0], span[1]).replace(PICTOGRAPHS, ' ').replace(/\s+/g, ' ').trim())
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
function withoutCounter(text: string, [start, end]: Span): Span {
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
