// A thread copied from a platform that prints each post's author as a bare handle with the post's
// day or age on the same line, no "@" and no display name ("ada.lind  03/07/44", "fjord_watch 2d"):
// the author's post and the replies under it are one quotation each of the handle's holder. The
// counts row under each ("1.8K   342   117"), the app's "Translate", "Replies" and "View more
// replies" are nobody's words. The profile over the first post names the holder in full.
import { type Gazetteer, personInHandle, speakerNamed } from './gazetteer.ts';
import { AGE, isHandle, NAME } from './platformMarks.ts';
import { filledLines, isCountsLine } from './postChrome.ts';
import { spanQuote } from './quotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const DAY = String.raw`(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|${MONTH}\s\d{1,2}(?:,\s\d{4})?|\d{1,2}\s${MONTH}(?:\s\d{4})?)`;
const HEADER = new RegExp(String.raw`^([\p{L}\d_.]{3,40})[ \t]+(?:${DAY}|${AGE})$`, 'u');
// A chronology's date line has the shape of a header ("2030 March 12", "tuesday 4 March"): a handle
// holds a letter and is no year, month or weekday.
const CALENDAR_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\.?$/i;
// A row of bare counts (reactions, replies, reposts, shares as the platform's icons leave them).
const BARE_COUNTS = /^\d[\d.,]*[KkMm]?(?:[ \t]+\d[\d.,]*[KkMm]?){0,5}$/;
const APP_LINE =
  /^(?:translate|see translation|replies|reply|view (?:more |all )?replies|show (?:more )?replies|more replies|liked by\b.*)$/i;
const MIN_POSTS = 3;

/** Whether `line` is a thread's post header: a handle and the post's day or age. */
export function isHandleStampLine(line: string): boolean {
  if (line.length > 60) return false;
  const m = HEADER.exec(line);
  return m !== null && isHandle(m[1]!) && /\p{L}/u.test(m[1]!) && !CALENDAR_WORD.test(m[1]!);
}

const closesPost = (line: string): boolean =>
  BARE_COUNTS.test(line) || APP_LINE.test(line) || isCountsLine(line);

/** Quote claims of a handle-stamped thread, one per post; undefined when `text` is not one. */
export function handleThreadQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  const lines = filledLines(text);
  const said = (i: number) => text.slice(lines[i]![0], lines[i]![1]).trim();
  const headers = lines.flatMap((_, i) => (isHandleStampLine(said(i)) ? [i] : []));
  if (headers.length < MIN_POSTS) return undefined;
  // A thread closes most posts on its counts row or the app's line; lines of a chronology close on none.
  const closed = headers.filter((at, k) => {
    for (let i = at + 1; i < (headers[k + 1] ?? lines.length); i++) if (closesPost(said(i))) return true;
    return false;
  }).length;
  if (closed * 2 <= headers.length) return undefined;
  // The profile over the first post: the handle alone, the holder's name under it.
  const profile = new Map<string, string>();
  for (let i = 0; i + 1 < headers[0]!; i++)
    if (isHandle(said(i)) && NAME.test(said(i + 1))) profile.set(said(i), said(i + 1));
  const known = new Map<string, Speaker>();
  const speakerOf = (handle: string): Speaker => {
    let speaker = known.get(handle);
    if (!speaker) {
      const full = profile.get(handle);
      speaker =
        personInHandle(handle, gazetteer) ??
        (full
          ? (speakerNamed(full, gazetteer) ?? { name: full, via: 'name' })
          : { name: handle, via: 'name' });
      known.set(handle, speaker);
    }
    return speaker;
  };
  return headers.flatMap((at, k) => {
    const stop = headers[k + 1] ?? lines.length;
    let last = at;
    while (last + 1 < stop && !closesPost(said(last + 1))) last++;
    if (last === at) return [];
    const handle = HEADER.exec(said(at))![1]!;
    const from = lines[at]![0] + text.slice(...lines[at]!).indexOf(handle);
    const span: Span = [lines[at + 1]![0], lines[last]![1]];
    return [spanQuote(text, span, speakerOf(handle), [from, from + handle.length], 'post')];
  });
}
