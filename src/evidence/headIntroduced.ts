// Who a briefing's head says holds the office its labels write alone ("Spokesperson:", "THE PRESS
// SECRETARY:"), whether the roster knows them or not: the UN's "noon briefing by Lena Marrow,
// Spokesperson for the Secretary-General", the White House's "Press Briefing by Press Secretary
// Jonah Treave", a ministry's "Briefing by the Deputy Spokesman, Ivo Brannick".

// A full name: two to four capitalised words, a possessive's "'s" not among them.
const NAME = String.raw`(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}\p{Lu}[\p{L}-]+(?:['’](?!s\b)[\p{L}-]+)?`;
const NAME_BEFORE = new RegExp(`(${NAME}),[ \\t]+(?:the[ \\t]+)?$`, 'u');
const NAME_AFTER = new RegExp(`^,?[ \\t]+(${NAME})(?![\\p{L}'’])`, 'u');
// Another title just before the office makes it another office ("Deputy Spokesperson").
const OTHER_OFFICE = /(?:prime|deputy|vice|junior|acting|first|state|assistant|associate|chief)\s+$/i;
// A title's genre words in capitals are no name: "Briefing by the Spokesperson, Daily Press Briefing".
const GENRE_WORDS =
  /\b(?:briefing|conference|press|remarks|statement|note|daily|weekly|regular|session|meeting)\b/i;

const HONOURABLE = /^(?:the[ \t]+)?(?:rt\.?[ \t]+)?hon(?:\.|ourable|orable)?[ \t]+/i;

/**
 * The name the head gives right before `office` ("Lena Marrow, Spokesperson …") or right after it
 * ("Press Secretary Jonah Treave"), as written; `bare` drops titles from it. `office` in lower case.
 */
export function headIntroduced(
  office: string,
  head: string,
  bare: (said: string) => string,
): string | undefined {
  if (office.length < 4) return undefined;
  const lower = head.toLowerCase();
  for (let at = lower.indexOf(office); at !== -1; at = lower.indexOf(office, at + 1)) {
    const end = at + office.length;
    const before = head.slice(Math.max(0, at - 80), at);
    if (/\p{L}$/u.test(before) || /^\p{L}/u.test(head.slice(end)) || OTHER_OFFICE.test(before)) continue;
    const line = (s: string) => s.split('\n');
    const named =
      NAME_BEFORE.exec(line(before).at(-1)!)?.[1] ??
      NAME_AFTER.exec(line(head.slice(end, end + 80))[0]!)?.[1];
    // "Hon. Carl Weston, chairman of the committee": "Hon." addresses, as "Mr." does.
    const name = named && !GENRE_WORDS.test(named) ? bare(named.replace(HONOURABLE, '')) : undefined;
    if (name?.includes(' ')) return name;
  }
  return undefined;
}
