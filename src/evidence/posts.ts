// A social-media post: a header naming the account ("Oskar Halvard @PM_Halvard · Nov 25,
// 2025", or the name, the handle and the date on lines of their own), then the post. The
// post is one statement of the account's holder, whatever it says. A thread ("1/3 …", "2/3 …")
// is several posts, each one statement.
import { accountFound } from './accountNames.ts';
import { dashSignedPost, FORWARDED, postHead, withoutAuthorTail } from './channelAuthors.ts';
import type { Gazetteer } from './gazetteer.ts';
import { findIsoDate } from './meta.ts';
import { captionedHead } from './photoCaption.ts';
import { AGE, DEGREE, isHandle, NAME, PICTOGRAPH } from './platformMarks.ts';
import {
  channelNameAt,
  closingCountsAt,
  isChannelHead,
  isHeaderChrome,
  titledChannel,
} from './postChannels.ts';
import { SEPARATOR } from './postChrome.ts';
import { postLead } from './postLeads.ts';
import { signedPost } from './postSigners.ts';
import { isPreviewOf, postBodies, threadPosts, withoutCounter } from './postThreads.ts';
import { isPostStamp, TELEGRAM_STAMP } from './published.ts';
import { pullQuote } from './pullQuotes.ts';
import { spanQuote } from './quotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

export { channelAuthor } from './postChannels.ts';
export { isBio, isCountsLine } from './postChrome.ts';
export { threadPosts } from './postThreads.ts';

const HANDLE = /(?:^|[\s(])@\w{2,30}\b/;
// A later post's header line: a name and the handle, a date after a separator at most
// ("Thank you @AurenneMFA for hosting." runs on after the handle: a post, not a header).
// A handle may carry its server ("@ada@diplo.social", the fediverse's) or a domain ("@ada.bsky.social").
// "Replying to @x" under a reply's header names whom it answers, not who writes it. After the
// separator a platform may print the account's job and body ("· Deputy Foreign Minister, Republic of
// Norland"): longer, but never a sentence.
const HEADER_LINE =
  /^(?![Rr]eplying to\s|[Ii]n reply to\s)(?:\p{Lu}[^\n@.!?]{0,60}?\s*)?\(?@\w{2,30}(?:[@.][\w-]{2,30})*\)?(?:\s*[·|—–-](?:[^\n]{0,40}|[^\n.!?]{41,80}))?$/u;

// A reply's header names its author by the handle after the platform's words ("Reply from @x",
// "Posted by @x"); a repost's banner names the one who shared another's post (postChrome.ts).
const PLATFORM_LEAD = /^(?:Reply|Post|Posted|Thread|Toot|Comment)\s(?:from|by)$/;

// Platforms that print no handle: Facebook's page name over its stamp ("12 March at 19:02 ·"),
// Telegram's copied "Channel name, [12.03.2031 20:15]" (TELEGRAM_STAMP, which dates it too), and a
// forward's "Forwarded from Channel", whose channel wrote the post (channelAuthors.ts).
// A page's or a person's name on a line of its own: short, capitalised, no sentence.
const NAME_LINE = /^\p{Lu}[^\n.!?:;]{1,58}$/u;

// A page copied whole opens on the site's own chrome before the account: its menu ("Home · Search ·
// Notifications · Messages"), a link back to the feed ("← Post", "← Back"). Neither is a paragraph
// of the post's head, which they would push past the few read.
// A menu's items stand apart by a separator or by a run of spaces ("Home   My Network   Jobs").
const SITE_MENU =
  /^(?:\p{Lu}\p{L}{1,14}(?: \p{L}{1,14})?(?:[ \t]*[·•|][ \t]*|[ \t]{2,})){3,}\p{Lu}\p{L}{1,14}(?: \p{L}{1,14})?$/u;
const BACK_LINK = /^[←⬅]\s*\p{Lu}\p{L}{0,14}(?: \p{L}{1,14})?$/u;
/** A site's menu or link back over a post copied whole, none of the post. */
export const isSiteChrome = (p: string): boolean =>
  p.length < 100 && (SITE_MENU.test(p) || BACK_LINK.test(p));
const HEAD_PARAGRAPHS = 4;

/** The paragraph among the first few that ends a post's header (a handle, a platform's stamp), or -1. */
export function postHeaderAt(texts: string[]): number {
  for (let i = 0, read = 0; i < texts.length && read < HEAD_PARAGRAPHS; i++) {
    const p = texts[i]!;
    if (isSiteChrome(p)) continue;
    read++;
    if ((HANDLE.test(p) && p.length < 120) || TELEGRAM_STAMP.test(p)) return i;
    if (i > 0 && isPostStamp(p) && NAME_LINE.test(texts[i - 1]!)) return i;
  }
  return -1;
}

/** A post's header line: a thread repeats it before each post, which makes it no duplicate. */
export const isPostHeader = (line: string): boolean =>
  line.length < 120 && line.includes('@') && HEADER_LINE.test(line);

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
  // A channel's audience, its pinned mark and its description under the handle ("18,302 subscribers").
  while (bodyFrom < texts.length && isHeaderChrome(texts[bodyFrom]!.trim())) bodyFrom++;
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
  // "Reply from @ada@diplo.social · May 19": the platform's words lead the handle, which names the author.
  if (PLATFORM_LEAD.test(beforeHandle)) {
    const user = /@([\w.-]+)/.exec(texts[at]!.slice(cut))!;
    return { name: user[1]!, nameStart: paragraphs[at]![0] + cut + user.index + 1, headerAt: at, bodyFrom };
  }
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
    else if (!isChannelHead(line)) break;
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
    if (stamped) return accountPosts(text, paragraphs, [stamped], gazetteer);
    const photo = captionedHead(texts);
    if (!photo) return channelPost(text, paragraphs, texts, gazetteer, title);
    // The caption's words, after the handle that opens them and before the age that closes them.
    const captioned = paragraphs
      .slice(0, photo.closeAt + 1)
      .map(
        ([s, e], i): Span => [
          i === photo.captionAt ? s + photo.skip : s,
          i === photo.closeAt ? s + photo.cut : e,
        ],
      )
      .filter(([s, e]) => e > s);
    const nameStart = paragraphs[photo.nameAt]![0] + texts[photo.nameAt]!.indexOf(photo.handle);
    const account = { name: photo.handle, nameStart, headerAt: photo.nameAt, bodyFrom: photo.captionAt };
    return accountPosts(text, captioned, [account], gazetteer);
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
// A Chinese platform's stamp, its day and time and the app it was sent from ("3-12 21:18 from Weibo",
// "2031-3-12 09:05 来自 iPhone").
const CLIENT_STAMP = /^(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+(?:from|来自)\s+\S[^\n]{0,40}$/u;
const isHeaderStamp = (p: string): boolean =>
  p.length <= STAMP_LENGTH && (AGE_STAMP.test(p) || isPostStamp(p) || CLIENT_STAMP.test(p));
// The platform's own marks on a stamp: an edit, the post's audience ("🌐"). A news page prints a
// headline over a bare age ("5h") or time as readily as a platform prints a name over one.
const STAMP_MARK = new RegExp(`[Ee]dited|${PICTOGRAPH}`, 'u');
// The account's line: its name with a badge or a network degree ("Ada Lind • 2nd", "ada.lind ✓").
const DEGREE_AFTER_NAME = new RegExp(`\\s*${DEGREE}`);
const ACCOUNT_LINE = new RegExp(
  `^[\\p{L}\\d][\\p{L}\\d'’._-]*(?:\\s+[\\p{L}\\d'’._-]+){0,5}(?:${DEGREE_AFTER_NAME.source})?(?:\\s*(?:\\p{So}|\\uFE0F))*$`,
  'u',
);
// The words a headline is made of and a name never holds ("Talks Resume In Fjellby").
const FUNCTION_WORD =
  /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|over|after|before|as|into|amid|against|about|is|are|was|were|be|not|no)$/i;
/** A name and nothing else: a handle, or capitalised words with no function word among them. */
const isNameShaped = (name: string): boolean =>
  isHandle(name) || (NAME.test(name) && !name.split(/\s+/).some((w) => FUNCTION_WORD.test(w)));
// A Chinese platform's verified mark, a capital V after the name ("Embassy of Norland V").
const VERIFIED_V = /\s+V$/;
/** The account's name on its line, without its degree and its badges. */
const accountName = (line: string): string =>
  line.replace(DEGREE_AFTER_NAME, '').replace(BADGES, ' ').trim().replace(VERIFIED_V, '');
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
    const bodies = postBodies(
      text,
      paragraphs.slice(a.bodyFrom, accounts[k + 1]?.headerAt ?? paragraphs.length),
    );
    return bodies.flatMap((body) => {
      // A post's own head names its author; the channel's posts have none.
      const head = postHead(text, body, a.name);
      const headed = head && {
        account: { name: head.name, nameStart: head.nameStart, headerAt: 0, bodyFrom: 0 },
        body: head.body,
      };
      return bodyPosts(text, headed ?? { account: a, body: withoutAuthorTail(text, body) }, gazetteer);
    });
  });
  return posts.filter((post) => !isPreviewOf(post, posts));
}

/** The posts of one body of an account's, each spoken by the account or by the one it quotes. */
function bodyPosts(
  text: string,
  { account: a, body }: { account: Account; body: Span[] },
  gazetteer: Gazetteer,
): SuggestedClaim[] {
  const found = accountFound(a.name, gazetteer);
  return threadPosts(text, body)
    .map((post) => withoutCounter(text, post))
    .map((post): SuggestedClaim => {
      // '"…" — Minister Pavel Surin at today's briefing': the words of the one the post quotes.
      // "… — A. Lind, Spokesperson": the signer's words; "— S.K." signs the account's own.
      const signed = dashSignedPost(text, post, gazetteer);
      const words = signed?.span ?? post;
      const quoted =
        pullQuote(text, post, gazetteer) ??
        signedPost(text, post, gazetteer) ??
        signed?.signer ??
        postLead(text, words, gazetteer, found?.partyId);
      const [span, speaker, speakerSpan] = quoted
        ? [quoted.span, quoted.speaker, quoted.speakerSpan]
        : [
            words,
            { ...accountSpeaker(a.name, found), said: a.name },
            [a.nameStart, a.nameStart + a.name.length] as Span,
          ];
      return spanQuote(text, span, speaker, speakerSpan, 'post');
    });
}
