// Comments under a social post whose commenter's line carries the comment's time after a separator,
// a badge perhaps before it ("Ada Lind · 23:20", "Ada Lind ✔ · 2h"), the words in the paragraph under
// it, as a network's page copied from its window prints them without a row of buttons to close each
// (replyComments.ts reads those). Each comment is one quotation of its commenter; the post above is
// the post reader's (posts.ts), which stops at the first commenter's line. Comments stand under the
// post's counts or a comments head: a post's own lines of the same shape ("Opening Session · 10:00",
// a programme) come before any, and are the post's words, not commenters.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { AGE, isHandle, NAME } from './platformMarks.ts';
import { COMMENTS_START, isCountsLine, PICTOGRAPHS } from './postChrome.ts';
import { spanQuote } from './quotes.ts';
import type { Span, SuggestedClaim } from './types.ts';

const CLOCK = String.raw`\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;
// The name, a badge or two ("✔", "✓"), the separator and the time: nothing else on a short line.
const COMMENTER_LINE = new RegExp(
  String.raw`^(\S[^\n·•]{1,58}?)(?:\s*[\p{So}\uFE0F]+)?\s+[·•]\s+(?:${CLOCK}|${AGE})$`,
  'u',
);
// A page's comments are several: one commenter's line alone may be a byline over a story's time.
const MIN_COMMENTS = 3;

/** The commenter a line names, if it is a commenter's line: a name of two words or more, or a handle. */
export function commenterLine(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const name = COMMENTER_LINE.exec(line.trim())?.[1]?.trim();
  return name !== undefined && ((NAME.test(name) && /\s/.test(name)) || isHandle(name)) ? name : undefined;
}

const firstLine = (text: string, [start, end]: Span) => {
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl === -1 || nl > end ? end : nl);
};

// A line that closes a post and opens what readers wrote under it: the counts, a comments head.
const opensComments = (line: string) =>
  isCountsLine(line) || COMMENTS_START.test(line.replace(PICTOGRAPHS, ' ').replace(/\s+/g, ' ').trim());

/**
 * Where a page's commenters' lines begin: the first paragraph that opens with one after the post's
 * counts or a comments head (one paragraph's lines, or an earlier paragraph). -1 when none.
 */
export function firstCommenter(text: string, paragraphs: Span[]): number {
  let opened = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const head = firstLine(text, paragraphs[i]!);
    if (opened && commenterLine(head) !== undefined) return i;
    if (!opened)
      opened = text
        .slice(...paragraphs[i]!)
        .split('\n')
        .some((l) => opensComments(l.trim()));
  }
  return -1;
}

/** The comments of a social page under commenters' lines; none when fewer than three. */
export function stampedCommenters(text: string, paragraphs: Span[], gazetteer: Gazetteer): SuggestedClaim[] {
  const comments: { name: string; nameAt: number; words: Span }[] = [];
  const from = firstCommenter(text, paragraphs);
  for (let i = from; i >= 0 && i < paragraphs.length; i++) {
    const [start, end] = paragraphs[i]!;
    const line = firstLine(text, paragraphs[i]!);
    const name = commenterLine(line);
    if (name === undefined) continue;
    // The words: the rest of the line's paragraph, or the paragraph under it unless another commenter's.
    const words = start + line.length < end ? ([start + line.length + 1, end] as Span) : paragraphs[i + 1];
    if (words === undefined || commenterLine(text.slice(...words)) !== undefined) continue;
    comments.push({ name, nameAt: start + line.indexOf(name), words });
  }
  if (comments.length < MIN_COMMENTS) return [];
  return comments.map(({ name, nameAt, words }) =>
    spanQuote(
      text,
      words,
      speakerNamed(name, gazetteer) ?? { name, via: 'name' },
      [nameAt, nameAt + name.length],
      'post',
    ),
  );
}
