// A ministry's weekly briefing as its site prints it: the spokesperson's title, a table of contents
// ("1. The minister's schedule", "2. The situation around …", "5. Answers to questions"), then each
// topic under its heading in the spokesperson's voice, unlabelled, before the labelled questions.
// Each topic is one turn of the title's speaker, its heading no one's words.
import type { Span } from './types.ts';

// The UN's noon briefing lists its "Highlights:" as bullets, each again a heading in capitals over its topic.
const CONTENTS =
  /^(?:table of contents|contents|topics|in this briefing|highlights|today's topics|today’s topics)\s*:?$/i;
// "1. The minister's schedule", "2) On the talks", "- Security Council", "• Floods": an item of the list.
const ITEM = /^\s*(?:\d{1,2}[.)]|[-–•*·])\s+(\S.{0,150})$/;
// Two topics at least: one heading over the remarks is the remarks'.
const MIN_SECTIONS = 2;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The lines of `head` with their spans. */
function lines(head: string): { text: string; span: Span }[] {
  const out: { text: string; span: Span }[] = [];
  for (let at = 0; at <= head.length; ) {
    const nl = head.indexOf('\n', at);
    const end = nl === -1 ? head.length : nl;
    out.push({ text: head.slice(at, end), span: [at, end] });
    at = end + 1;
  }
  return out;
}

/**
 * The spans of the topics a briefing's head sets under the headings its table of contents lists,
 * each from after its heading to the line before the next (trimmed, empty ones left out); undefined
 * when the head has no such table or fewer than two topics with words.
 */
export function briefingSections(head: string): Span[] | undefined {
  const all = lines(head);
  const at = all.findIndex((l) => CONTENTS.test(l.text.trim()));
  if (at === -1) return undefined;
  const titles = new Set<string>();
  let k = at + 1;
  for (; k < all.length; k++) {
    const item = ITEM.exec(all[k]!.text);
    if (item) titles.add(norm(item[1]!));
    else if (all[k]!.text.trim() !== '') break;
  }
  if (titles.size < MIN_SECTIONS) return undefined;
  const headings = all.slice(k).filter((l) => titles.has(norm(l.text)));
  const sections = headings.flatMap((h, i): Span[] => {
    const end = headings[i + 1]?.span[0] ?? head.length;
    const words = head.slice(h.span[1], end);
    const from = h.span[1] + (words.length - words.trimStart().length);
    const to = h.span[1] + words.trimEnd().length;
    return to > from ? [[from, to]] : [];
  });
  return sections.length >= MIN_SECTIONS ? sections : undefined;
}
