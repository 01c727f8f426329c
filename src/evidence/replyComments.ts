// Comments under a social post, as every platform prints them when a page is copied: the commenter's
// line (a name or a handle, perhaps with a badge and the comment's age: "Ada Lind • 3rd+",
// "u/fjord_watch · 6h", "ada.lind ✓  2h"), the words, and the comment's row of buttons, which always
// offers a reply ("Like · Reply · 2h", "♡ 214   Reply", "↑ 1.9k   Reply   Share   Report", "2d  Reply").
// That row closes one comment and tells it from the post's own counters; each comment is one
// quotation of its commenter, whichever platform printed it.
import { entryNamed, type Gazetteer, personInHandle, speakerNamed } from './gazetteer.ts';
import { AGE, AGE_UNIT, DEGREE, DEGREE_MARK, isHandle, NAME } from './platformMarks.ts';
import { spanQuote } from './quotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

// One item of a comment's row: a count ("1.9k", "14"), an age ("2h", "45m", "1d"), a button or a
// count's noun, or a symbol (♡, ↑, 👍, ·).
const ROW_ITEM = new RegExp(
  `^(?:[\\d.,]+[kKmM]?|\\d{1,3}${AGE_UNIT}|like[sd]?|repl(?:y|ies)|shares?|report|save|send|reposts?|comments?|reactions?|award|translate|edited|hide|more|view|[^\\p{L}\\p{N}]+)$`,
  'iu',
);
const REPLY = /^reply$/i;
const COUNT = /^[\d.,]+[kKmM]?$/;
const SYMBOL = /^[^\p{L}\p{N}]+$/u;
const BUTTON = /^(?:like|love|react|upvote)$/i;
const MINUTES = /^\d{1,2}m$/;

/**
 * A comment's row of buttons: counts, ages and buttons only, the reply button among them. A post's
 * own row counts its replies ("214 replies · 530 reposts", "1 Reply · 4 Reposts"): a reply after a
 * bare count is the count's noun, not the button, which stands alone ("Like · Reply · 2h") or after
 * a symbol's or a button's count ("♡ 52   Reply", "Like · 38 | Reply · 6 Replies").
 */
export function isReplyRow(line: string): boolean {
  const items = line
    .trim()
    .split(/[\s·•|]+/)
    .filter(Boolean);
  // "45m Reply": minutes in lower case, the comment's age, though it reads as a count of millions too.
  const counted = (k: number) =>
    k > 0 &&
    COUNT.test(items[k - 1]!) &&
    !MINUTES.test(items[k - 1]!) &&
    !(k > 1 && (SYMBOL.test(items[k - 2]!) || BUTTON.test(items[k - 2]!)));
  return (
    items.length <= 12 &&
    items.some((item, k) => REPLY.test(item) && !counted(k)) &&
    items.every((item) => ROW_ITEM.test(item))
  );
}

// What the platform sets between the commenter and the words: the comment's age alone, an offer to
// translate.
const AGE_LINE = `${AGE}(?:\\s*[·•]\\s*edited)?`;
const BETWEEN = new RegExp(`^(?:${AGE_LINE}|see translation|translate(?: post)?|edited)$`, 'i');
const AGE_ALONE = new RegExp(`^${AGE_LINE}$`, 'i');
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?';
const DAY = `(?:${MONTH}\\s\\d{1,2}|\\d{1,2}\\s${MONTH})(?:,?\\s\\d{4})?`;
// After the name: a badge, a network degree ("• 3rd+"), the age ("· 6h") or a newsletter's day
// after a separator ("Ada Lind · Apr 5"), the poster's mark ("OP", "Author").
const TRAILER = new RegExp(
  `(?:\\s*(?:[·•|]\\s*)?(?:✓|☑️?|✔️?|OP|Author|Verified|Follow(?:ing)?|${DEGREE_MARK}|${AGE})|\\s*[·•|]\\s*${DAY})+\\s*$`,
  'u',
);
// A network degree marks a professional network, whose next line is the commenter's job title.
const DEGREE_AFTER_NAME = new RegExp(DEGREE);
// A handle and the words on one line, as a photo platform prints a comment ("mira_dragan Great news").
const HANDLE_AND_WORDS = /^((?:u\/)?[\p{Ll}\d][\p{Ll}\d_.]{2,39})[ \t]+(?=\S)/u;

interface Comment {
  name: string;
  nameAt: number;
  words: Span;
}

/**
 * A commenter's line with its badge or age ("u/ada_lind OP · 5h"), the comment's age, or its row of buttons:
 * repeated over each comment, they are structure, no duplicate.
 */
export const isCommentFrame = (line: string): boolean =>
  line.length <= 80 &&
  // Most lines fail on the word or the short length before any split.
  ((/reply/i.test(line) && isReplyRow(line)) ||
    (TRAILER.test(line) && commenterOf(line) !== undefined) ||
    // A comment's age on its own line over its words ("1d"), as often the same as not.
    (line.length <= 12 && AGE_ALONE.test(line)));

/** The commenter's line as a name, or undefined when the line names nobody. */
function commenterOf(line: string): string | undefined {
  // A commenter's line is short: a long one is words, and is never searched for a trailer.
  if (line.length > 80) return undefined;
  const name = line.replace(TRAILER, '').trim();
  return name.length > 0 && name.length <= 60 && (isHandle(name) || NAME.test(name)) ? name : undefined;
}

// How far above its row a comment's commenter may stand: a name, a job title, an age, the words.
const REACH = 8;

/**
 * The comment whose row of buttons is the line at `rowAt` of `lines` (the text's non-blank lines):
 * read upward to the nearest commenter's line, never past the row of the comment before.
 */
function commentAbove(text: string, lines: Span[], rowAt: number): Comment | undefined {
  const line = (k: number) => text.slice(...lines[k]!).trim();
  // A photo platform's handle and words on the row's own line above: the comment is that line, and
  // the handle alone on a line further up is the post's head, not its commenter.
  const inline = inlineComment(text, lines, rowAt);
  if (inline) return inline;
  let top = -1;
  for (let k = rowAt - 1; k >= Math.max(0, rowAt - REACH); k--) {
    const t = line(k);
    if (isReplyRow(t)) break;
    if (BETWEEN.test(t) || commenterOf(t) === undefined) continue;
    top = k;
    // A professional network sets the job title under the name: the name is the line above it.
    if (k > 0 && !isHandle(t) && DEGREE_AFTER_NAME.test(line(k - 1)) && commenterOf(line(k - 1))) top = k - 1;
    break;
  }
  if (top === -1) return undefined;
  const headLine = line(top);
  let from = DEGREE_AFTER_NAME.test(headLine) ? top + 2 : top + 1;
  // The comment's age closes its head: a job title may stand between the name and it with no
  // degree beside the name ("Ada Lind Author", "Director-General, Ministry of …", "1d").
  const ageAt = [from, from + 1].find((k) => k < rowAt && AGE_ALONE.test(line(k)));
  if (ageAt !== undefined) from = ageAt + 1;
  const body = lines.slice(from, rowAt).filter((l) => !BETWEEN.test(text.slice(...l).trim()));
  if (body.length === 0) return undefined;
  const name = commenterOf(headLine)!;
  const nameAt = lines[top]![0] + text.slice(...lines[top]!).indexOf(name);
  return words(text, name, nameAt, [body[0]![0], body.at(-1)![1]]);
}

/** A photo platform's comment, the handle and the words on the line over the row ("mira_dragan Great news"). */
function inlineComment(text: string, lines: Span[], rowAt: number): Comment | undefined {
  if (rowAt === 0) return undefined;
  const [start, end] = lines[rowAt - 1]!;
  const said = text.slice(start, end);
  const indent = said.length - said.trimStart().length;
  const m = HANDLE_AND_WORDS.exec(said.trimStart());
  if (!m || !/[_.\d]/.test(m[1]!)) return undefined;
  return words(text, m[1]!, start + indent, [start + indent + m[0].length, end]);
}

/** The comment, its words trimmed; undefined for reactions alone ("👏👏👏"), which say nothing. */
function words(text: string, name: string, nameAt: number, [start, end]: Span): Comment | undefined {
  const said = text.slice(start, end);
  if (!/\p{L}/u.test(said)) return undefined;
  const lead = said.length - said.trimStart().length;
  const trail = said.length - said.trimEnd().length;
  return { name, nameAt, words: [start + lead, end - trail] };
}

/** The commenter as a speaker: a person the roster knows, else the name or handle as written. */
function commenter(name: string, gazetteer: Gazetteer): Speaker {
  // A handle the roster gives as a person's alias is that person.
  const alias = entryNamed(name, gazetteer);
  if (alias?.type === 'person') return speakerNamed(alias.person.name, gazetteer) ?? { name, via: 'name' };
  const named = NAME.test(name) ? speakerNamed(name, gazetteer) : undefined;
  return (named?.personId ? named : personInHandle(name, gazetteer)) ?? { name, via: 'name' };
}

/** Each comment of a copied social page (a block closed by its row of buttons), one quotation of its commenter. */
export function replyComments(text: string, gazetteer: Gazetteer): SuggestedClaim[] {
  const lines: Span[] = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(at, end).trim() !== '') lines.push([at, end]);
    at = end + 1;
  }
  const quotes: SuggestedClaim[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = text.slice(...lines[i]!);
    // Most lines fail on the button's word before any split.
    if (!/reply/i.test(line) || !isReplyRow(line)) continue;
    const c = commentAbove(text, lines, i);
    if (!c) continue;
    quotes.push(
      spanQuote(text, c.words, commenter(c.name, gazetteer), [c.nameAt, c.nameAt + c.name.length], 'post'),
    );
  }
  return quotes;
}
