// A thread of comments copied from a page or an export: a shared document's margin comments (the
// author's name, then "8:14 PM Sep 6", then the words), a post's comments on Facebook or LinkedIn
// ("Ada Lind" over "2h"), a wiki's talk page. No app is known by its words: the document shows the
// shape, a name over a time three times or more, a name coming back (a thread, not a list of
// bylines). Each comment is one quotation of its author; the app's own notes ("Resolved",
// "Suggestion rejected by …", "Reply") and rules between threads are nobody's words.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
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
export function stampedCommentQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  const lines: Span[] = [];
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(from, end).trim() !== '') lines.push([from, end]);
    from = end + 1;
  }
  const trimmed = lines.map(([s, e]) => text.slice(s, e).trim());
  const said = (i: number) => trimmed[i] ?? '';
  // Lengths first: most lines are sentences, longer than a name or a time.
  const isHeader = (i: number) =>
    said(i).length <= 40 && said(i + 1).length <= 40 && STAMP.test(said(i + 1)) && AUTHOR.test(said(i));
  const comments: Comment[] = [];
  let open: Comment | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (isHeader(i)) {
      open = { author: said(i), authorSpan: lines[i]!, lines: [] };
      comments.push(open);
      i++;
    } else if (APP_NOTE.test(said(i))) open = undefined;
    else if (open && open.lines.length > 0 && storyParagraph(said(i))) open = undefined;
    else open?.lines.push(lines[i]!);
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

const storyParagraph = (line: string): boolean =>
  line.length > LONGEST_COMMENT_LINE || REPORTED_QUOTE.test(line);

// The author who comes back reads as a person: a handle, a name of two words or more, or one the
// roster knows. A programme's "Plenary" over "10:00", coming back, is no one.
const personShaped = (author: string, gazetteer: Gazetteer): boolean =>
  /^@|^[\p{Ll}\d]/u.test(author) || /\s/.test(author) || speakerNamed(author, gazetteer) !== undefined;
