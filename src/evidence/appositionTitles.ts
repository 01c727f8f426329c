// An office written before a name with a comma between them, agency style: "Minister of Foreign
// Affairs, Cooperation and Trade, Oleg Varin, said …", "For his part, Secretary-General of the
// Union, Ada Lind, stressed …". The office is the name's title as surely as "Minister Oleg Varin":
// "the Minister" later in the story is that person, not another holder of some minister's office.

const REACH = 120;

/**
 * Whether the words just before a name starting at `runStart` are an office whose head word is
 * `head` (lower case, "minister"), in title case, closed by the comma of the apposition.
 */
export function titledBefore(text: string, runStart: number, head: string): boolean {
  if (head.length < 3) return false;
  const before = text.slice(Math.max(0, runStart - REACH), runStart);
  if (!/,\s*$/.test(before)) return false;
  const at = before.toLowerCase().lastIndexOf(head);
  if (at === -1 || (at > 0 && /[\p{L}-]/u.test(before[at - 1]!))) return false;
  // From the office's head word to the comma: capitalised words, "of", "for", "and", "the" and commas.
  const office = before.slice(at);
  return (
    /^\p{Lu}/u.test(office) &&
    /^[\p{L}'’-]+(?:,?\s+(?:of|for|and|the|on|\p{Lu}[\p{L}'’-]*))*,\s*$/u.test(office)
  );
}
