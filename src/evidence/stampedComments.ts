// A thread of comments copied from a page or an export: a shared document's margin comments (the
// author's name, then "8:14 PM Sep 6", then the words), a post's comments on Facebook or LinkedIn
// ("Ada Lind" over "2h"), a wiki's talk page. No app is known by its words: the document shows the
// shape, a name over a time three times or more, a name coming back (a thread, not a list of
// bylines). Each comment is one quotation of its author; the app's own notes ("Resolved",
// "Suggestion rejected by …", "Reply") and rules between threads are nobody's words.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { COMMENTS_START, filledLines, isCountsLine } from './postChrome.ts';
import { spanQuote } from './quotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}{0,6}\.?`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?`;
const DAY = String.raw`(?:${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})`;
// The time alone on the line under the name: "8:14 PM Sep 6", "Sep 6, 2033, 8:14 PM", "Yesterday at
// 14:05", "6 Sep 2033 20:14", "2h", "3 days ago", "Edited 2h".
const STAMP = new RegExp(
  String.raw`^(?:edited\s+)?(?:(?:today|yesterday)(?:\s+at)?\s+${CLOCK}|${CLOCK}(?:,?\s+${DAY})?|${DAY}(?:,?\s+(?:at\s+)?${CLOCK})?|\d{1,3}\s*(?:[smhdw]|mins?|minutes?|hours?|hrs?|days?|weeks?|wks?)(?:\s+ago)?)\s*(?:\(edited\))?$`,
  'iu',
);
// An author's line: a name of one to four capitalised words, or a handle ("@ada.lind", "ada_lind").
const AUTHOR = /^(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}|@?[\p{Ll}\d][\w.]{2,29})$/u;
// A channel or group marks its staff after the name ("Ada Lind · admin"): their role, not their name.
// "Editor" and "Author" are also a byline's ("Ada Lind | Editor" over each entry of a live blog, who
// writes the entries, not quotes them): a role mark only on a social post's comments ("· Author").
const STAFF_MARK = /\s*[·•|]\s*(?:admin|administrator|moderator|mod|owner|creator)$/i;
const ROLE_MARK = /\s*[·•|]\s*(?:admin|administrator|moderator|mod|owner|creator|editor|author)$/i;
/** A staff member's line over their comments ("Ada Lind · admin"): structure, however often it recurs. */
export const isStaffAuthorLine = (line: string): boolean =>
  line.length <= 60 && ROLE_MARK.test(line) && AUTHOR.test(line.replace(ROLE_MARK, ''));
// A forward names the channel whose words it copies ("↪ Forwarded from Harbour Council – Official"),
// on the comment's first line or over its time in place of the author; a channel's own "Official"
// tag is no part of its name.
const FORWARD = /^(?:[↪➦→]\s*)?Forwarded from\s+(\p{Lu}[^\n]{1,58}?)(?:\s*[–—-]\s*Official)?$/u;
// A reply opens on whom it answers ("↩ Ada Lind: Only her."): the answer is the commenter's words.
const REPLY_TO = /^[↩↪⤴]\s*\p{Lu}[^\n:]{1,40}:\s*/u;
// The reactions and counts under a comment ("👍 4", "💬 18 comments", "👍 96 ❤️ 41 · 1.9K views")
// and a heading over the comments close the comment above them.
const closesComment = (line: string): boolean =>
  isCountsLine(line) ||
  isCountsLine(line.replace(/^(?:\p{Extended_Pictographic}|\uFE0F)+\s*/u, '')) ||
  COMMENTS_START.test(line);
// The app's notes and the rules between threads.
const APP_NOTE =
  /^(?:resolved|re-?opened|reply|replies|like|liked|edited|\(edited\)|show more|see more|view (?:more )?repl(?:y|ies)|\d+\s+repl(?:y|ies)|suggestion (?:accepted|rejected|declined)\b.*|marked as (?:resolved|done)\b.*|(?:[-_=*~]\s*){3,})$/i;
const MIN_COMMENTS = 3;
// A story's own paragraph after a comment: a quotation reported, or a paragraph longer than a
// comment runs. A day's programme ("Plenary" over "10:00") ends at the story's words.
const REPORTED_QUOTE = /["“][^"“”]{6,}["”]/u;
const LONGEST_COMMENT_LINE = 300;

interface Comment {
  author: string;
  authorSpan: Span;
  lines: Span[];
}

/** Quote claims of a stamped comment thread, one per comment; undefined when `text` is not one. */
export function stampedCommentQuotes(
  text: string,
  gazetteer: Gazetteer,
  social = false,
): SuggestedClaim[] | undefined {
  const mark = social ? ROLE_MARK : STAFF_MARK;
  const lines = filledLines(text);
  const trimmed = lines.map(([s, e]) => text.slice(s, e).trim());
  const said = (i: number) => trimmed[i] ?? '';
  // Lengths first: most lines are sentences, longer than a name or a time.
  const authorOf = (i: number) => said(i).replace(mark, '');
  const isHeader = (i: number) =>
    said(i + 1).length <= 40 &&
    STAMP.test(said(i + 1)) &&
    ((said(i).length <= 60 && FORWARD.test(said(i))) ||
      (authorOf(i).length <= 40 && AUTHOR.test(authorOf(i))));
  const comments: Comment[] = [];
  let open: Comment | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (isHeader(i)) {
      open = authored(text, lines[i]!, FORWARD.exec(said(i))?.[1] ?? authorOf(i));
      comments.push(open);
      i++;
    } else if (open?.lines.length === 0 && FORWARD.test(said(i))) {
      // A comment that forwards a channel's post: the channel's words.
      Object.assign(open, authored(text, lines[i]!, FORWARD.exec(said(i))![1]!));
    } else if (APP_NOTE.test(said(i)) || (open && closesComment(said(i)))) open = undefined;
    else if (open && open.lines.length > 0 && storyParagraph(said(i))) open = undefined;
    else if (open?.lines.length === 0) {
      const reply = REPLY_TO.exec(said(i));
      const [from, to] = lines[i]!;
      const start = reply ? from + (text.slice(from, to).indexOf(reply[0]) + reply[0].length) : from;
      open.lines.push([start, to]);
    } else open?.lines.push(lines[i]!);
  }
  const authors = comments.map((c) => c.author);
  if (
    comments.length < MIN_COMMENTS ||
    !authors.some((a, i) => authors.indexOf(a) < i && personShaped(a, gazetteer))
  )
    return undefined;
  const known = new Map<string, Speaker>();
  return comments.flatMap(({ author, authorSpan, lines: body }) => {
    if (body.length === 0) return [];
    const span: Span = [body[0]![0], body[body.length - 1]![1]];
    let speaker = known.get(author);
    if (!speaker) {
      speaker = speakerNamed(author.replace(/^@/, ''), gazetteer) ?? { name: author, via: 'name' };
      known.set(author, speaker);
    }
    return [spanQuote(text, span, speaker, authorSpan, 'turn')];
  });
}

/** A comment whose author `name` is written on the line `line`. */
function authored(text: string, line: Span, name: string): Comment {
  const at = line[0] + Math.max(0, text.slice(line[0], line[1]).indexOf(name));
  return { author: name, authorSpan: [at, at + name.length], lines: [] };
}

const storyParagraph = (line: string): boolean =>
  line.length > LONGEST_COMMENT_LINE || REPORTED_QUOTE.test(line);

// The author who comes back reads as a person: a handle, a name of two words or more, or one the
// roster knows. A programme's "Plenary" over "10:00", coming back, is no one.
const personShaped = (author: string, gazetteer: Gazetteer): boolean =>
  /^@|^[\p{Ll}\d]/u.test(author) || /\s/.test(author) || speakerNamed(author, gazetteer) !== undefined;
