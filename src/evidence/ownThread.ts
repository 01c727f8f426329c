// Whether a document is itself a chat's export or an e-mail thread, not a report that quotes one.
// A story may quote two stamped messages or two e-mails with their headers: its own "today", its
// dateline and its own quotations stay the story's. Stamps and headers date parts and name senders
// (partDays.ts, chatExports.ts, emailThreads.ts) only where the document opens with them.

/** A chat stamp's day and clock ("12/05/2031", "07:58", "7.58 pm"). */
export const CHAT_DAY = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
export const CHAT_CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
/** A chat export's stamp at a line's start: bracketed (iOS, Telegram) or before a dash (Android). */
export const CHAT_STAMP_ONLY = new RegExp(
  String.raw`^(?:\[(?:${CHAT_DAY},?\s+${CHAT_CLOCK}|${CHAT_CLOCK},?\s+${CHAT_DAY})\]|(?:${CHAT_DAY},?\s+${CHAT_CLOCK}|${CHAT_CLOCK},?\s+${CHAT_DAY})\s+[-–])`,
  'u',
);

// An export may set a few short header lines above its first message ("Channel: #press",
// "Exported: …", "--- Friday, May 14th ---"). A story's head above quoted messages is no export's: a
// paragraph, a byline ("By …"), or a line that leads into what follows ("The chat, seen by us, ran:",
// a dateline's "PORT VELL, May 13 -"; an export's "--- Friday ---" is a day's rule).
const CHAT_HEADER_LINES = 8;
// A line holds no newline: a paragraph's hundred characters are sought from its start only, not
// from every offset (each try reading up to a hundred characters again).
const STORY_HEAD_LINE = /^[^\n]{100}|^\s*By\s+\p{Lu}|(?::|\s[-–—])\s*$/u;

/**
 * Whether `text` opens with a chat export's `stamp`: on its first line, or, where `header` allows,
 * under an export's few short header lines.
 */
export function opensAsChat(text: string, stamp: RegExp = CHAT_STAMP_ONLY, header = false): boolean {
  // Cleaning may set a blank line between an export's header lines: only lines with words count.
  const lines = text
    .trimStart()
    .slice(0, 800)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, header ? CHAT_HEADER_LINES + 1 : 1);
  for (const line of lines) {
    if (stamp.test(line.slice(0, 40))) return true;
    if (STORY_HEAD_LINE.test(line)) return false;
  }
  return false;
}

// A mail's header line, or a reply's attribution ("On Fri, 9 May 2031 at 18:02, Ada Lind <…> wrote:").
const HEADER_LINE = /^(?:(?:From|Sent|Date|To|Subject)[ \t]*:|On [^\n]{5,120} wrote:[ \t]*$)/m;
// What may stand above a thread's first header: a page's short lines (a title, "RELEASED IN FULL",
// a forward's note), never a report's paragraph.
const BEFORE_HEADER_MAX = 300;
const PROSE_LINE = /[^\n]{100}/;

/** Whether `text` opens with an e-mail's header, only a page's short lines above it. */
export function opensAsThread(text: string): boolean {
  const at = text.search(HEADER_LINE);
  if (at === -1 || at > BEFORE_HEADER_MAX) return false;
  return !PROSE_LINE.test(text.slice(0, at));
}
