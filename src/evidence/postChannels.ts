// A channel's or a page's author named without a handle (Telegram, Facebook): the name over its
// audience, the app's notes about the channel, and the counts that close its last post.

import { isCountsLine, isFooterLine, isStamp } from './postChrome.ts';

/**
 * A display name as its pattern's source: a capitalised word and `min` to `max` more, "of the", "de",
 * "van" between them, an elided article before one ("Consell d'Arvenia").
 */
export const displayName = (min: number, max: number): string =>
  `\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+(?:(?:of|the|for|and|de|van|von|bin)[ \\t]+){0,2}(?:[dl]['’])?\\p{Lu}[\\p{L}'’.-]+){${min},${max}}`;
// A channel or page names its author without a handle: "Ada Lind | Official channel", "Per
// Holm", "Ministry of Defence of Arvenia 🇦🇷", "Drava Movement (Official Channel) ✔", a display name
// of two to six words, a description in brackets or after a bar at most.
const NAME_TAIL =
  /[ \t]*(?:\([^\n()]{1,40}\)[ \t]*)?(?:(?:\p{So}|\uFE0F)+[ \t]*)?(?:[|·—–][ \t]*[^\n|]{1,60})?$/u.source;
const CHANNEL_NAME = new RegExp(`^(${displayName(1, 5)})${NAME_TAIL}`, 'u');
// Over a line counting its audience, one word names a channel too ("Kostal | Press Secretary").
const AUDIENCE_NAME = new RegExp(`^(${displayName(0, 5)})${NAME_TAIL}`, 'u');
const HAS_TIME = /\d{1,2}[:.]\d{2}/;
// A channel's audience under its name: "412,860 subscribers", "channel · 48 213 subscribers",
// "Channel · 48.2K followers". Cleaning may join it to the name, as a page's title.
const AUDIENCE =
  /(?:^|\s)(?:(?:official\s+)?(?:channel|page)\s{0,3}[·•|]\s{0,3})?\d[\d.,\u00a0 ]{0,12}[KkMm]?\s{1,3}(?:subscribers|followers|members)$/i;
// The header's lines under a channel's name: its audience, its description ("Official channel"),
// the app's buttons ("Follow   Mute   Share") and its mark over a pinned post.
// The buttons may stand apart by separators ("Join channel · Mute · Report", "Follow channel · Share channel link");
// the button to a post's comments may carry their count ("Comment · 418", "💬 18 comments").
const CHANNEL_LINE =
  /^(?:(?:official\s+)?(?:channel|page)|official|(?:📌\s*)?pinned(?: message| post)?|(?:(?:\+\s*)?(?:follow|following|mute|unmute|share|join|leave|report|subscribe)(?: channel(?: link)?)?\b[\s·•|]*){2,}|(?:💬\s*)?(?:(?:leave a )?comments?(?:\s*[·•|]?\s*\d[\d.,]*[KkMm]?)?|\d[\d.,]*[KkMm]?\s+comments?))$/iu;
// The app's own name closing a page copied from it ("Viber Community · Rakuten Viber", "Telegram Web"):
// the name alone or with the app's own words, never a heading that holds it ("Our Signal to Kessel").
const APP =
  '(?:Rakuten\\s+)?(?:Telegram|WhatsApp|Viber|Signal|Threema)(?:\\s+(?:Web|Desktop|Community|Channels?|Messenger|export))*';
const APP_NAME = new RegExp(`^${APP}(?:\\s*[·|]\\s*${APP})?$`);
// The channel's address on a line of its own: "t.me/kessel_gov", "https://whatsapp.com/channel/0029Va".
const LINK = '(?:https?:\\/\\/)?[\\w-]+(?:\\.[\\w-]+)+(?:\\/[\\w.@+-]+){1,2}\\/?';
const CHANNEL_LINK = new RegExp(`^${LINK}$`);
const LINK_AFTER = new RegExp(`[ \\t]+${LINK}$`);
const LINK_SEARCH_MAX = 200;
export const isChannelLine = (line: string): boolean =>
  CHANNEL_LINE.test(line) || AUDIENCE.test(line) || APP_NAME.test(line) || CHANNEL_LINK.test(line);
// The app's notes about the channel, over its posts or under the last: "Messages from this channel are
// not end-to-end encrypted.", "This channel was created by …", "Translated from X. Translation may be
// inaccurate.", "[Translated automatically · See original]", "Comments are only shown for followers",
// the channel's description under its pinned mark ("Official channel of the Kessel Council …").
const CHANNEL_DESCRIPTION = /^(?:the\s+)?official\s+(?:channel|page|account)\s+(?:of|for)\s/i;
// "Posts here are visible to all followers": who sees the posts.
const APP_NOTE =
  /\bthis (?:channel|page|account)\b|^\[[^\]\n]{1,200}\]$|^(?:translated|translation)\b|\bfollowers of\b|\bvisible to (?:all )?(?:followers|subscribers|members)\b/;
export const CHANNEL_NOTE = new RegExp(`${CHANNEL_DESCRIPTION.source}|${APP_NOTE.source}`, 'i');
const NOTES_AFTER_COUNTS = 3;

/** A line of a channel's header (audience, pinned mark, buttons) or the app's note about it. */
export const isChannelHead = (line: string): boolean =>
  isChannelLine(line) || (line.length < 200 && CHANNEL_NOTE.test(line));
/**
 * A line of a channel's header under any handle: only its structure and its own description, since
 * a person's first post may well say "this page" or "followers of".
 */
export const isHeaderChrome = (line: string): boolean =>
  isChannelLine(line) || (line.length < 200 && CHANNEL_DESCRIPTION.test(line));

/** Where a channel's name stands: the first line, or the line over its audience among the first few. */
export function channelNameAt(lines: string[]): { name: string; at: number } | undefined {
  for (let i = 1; i < Math.min(lines.length, 5); i++) {
    if (!AUDIENCE.test(lines[i]!.trim())) continue;
    // The channel's link may stand between its name and its audience ("t.me/kessel_gov").
    // Cleaning may join it to the name's line.
    const at = i > 1 && CHANNEL_LINK.test(lines[i - 1]!.trim()) ? i - 2 : i - 1;
    const line = lines[at]!.trim();
    // A name's line is short: a long one is never searched for a link at its end.
    const name = line.length <= LINK_SEARCH_MAX ? AUDIENCE_NAME.exec(line.replace(LINK_AFTER, '')) : null;
    if (name) return { name: name[1]!, at };
  }
  const first = CHANNEL_NAME.exec(lines[0]?.trim() ?? '');
  return first ? { name: first[1]!, at: 0 } : undefined;
}

/** A title that is a channel's header joined by cleaning: its name, its audience after it. */
export function titledChannel(title: string | undefined): string | undefined {
  const audience = title ? AUDIENCE.exec(title) : null;
  if (!title || !audience) return undefined;
  return AUDIENCE_NAME.exec(title.slice(0, audience.index).trim())?.[1];
}

/**
 * The paragraph of the counts that close a channel's page: the last one, or one followed only by
 * the app's notes about the channel or its translation, its buttons ("Follow   Share   Mute"), the app's name
 * and the last post's time;
 * -1 when the page ends otherwise.
 */
export function closingCountsAt(texts: string[]): number {
  for (let i = texts.length - 1; i >= Math.max(0, texts.length - 1 - NOTES_AFTER_COUNTS); i--) {
    const line = texts[i]!.trim();
    if (isCountsLine(line)) return i;
    // The last post's time may stand under its counts ("👍 980", then "11:02 AM").
    if (line.length > 200 || !(isChannelHead(line) || isStamp(line))) return -1;
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
