// Speaker labels of a shape no rule knows, told by the record itself: the same capitalised words and
// a colon opening two lines or more of a transcript, words after each ("An Ceann Comhairle:" in the
// Dáil's record, "La Présidente:" or "Il Presidente:" in a translated one). A label repeats before
// every turn of its speaker; a sentence's opening words almost never repeat with a colon after them.
import type { TurnLabel } from './genre.ts';

// Up to five words, each capitalised or a particle of a name or an office ("of", "van", "na").
const LABEL_AT_LINE =
  /^(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|of|for|the|an|na|de|del|der|di|du|la|le|van|von|da|dos|y)){0,4}):[ \t]+(?=\S)/u;
// Keys of a head, a memo or a page, which repeat too ("Source:", "Note:", "Update:") and name nobody.
export const LABEL_KEYS =
  /^(?:note|notes|source|sources|update|updated|correction|editor'?s note|photo|image|video|caption|read more|related|see also|tags|subject|from|to|cc|sent|date|time|place|location|venue|tel|phone|fax|email|web|contact|item|agenda item|point|question no|article|section|annex|chapter|part|link|watch|live|breaking|summary|background|result|vote|total|in favour|against|abstaining|ayes|noes)$/i;
const MIN_REPEATS = 2;

/**
 * A reader of labels the record repeats (`LABEL_AT_LINE` at two line starts or more, `LABEL_KEYS` aside),
 * for a paragraph that no other rule reads as a turn; undefined when the record repeats none.
 */
export function recurringLabels(text: string): ((paragraph: string) => TurnLabel | undefined) | undefined {
  const counts = new Map<string, number>();
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const c = text.charCodeAt(at);
    // Only lines opening with a capital are tried: most lines fail here, before any regex.
    if (((c >= 65 && c <= 90) || c >= 0xc0) && end - at > 4) {
      const m = LABEL_AT_LINE.exec(text.slice(at, Math.min(end, at + 80)));
      if (m && !LABEL_KEYS.test(m[1]!)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    }
    at = end + 1;
  }
  const labels = new Set([...counts].filter(([, n]) => n >= MIN_REPEATS).map(([label]) => label));
  if (labels.size === 0) return undefined;
  return (paragraph) => {
    const m = LABEL_AT_LINE.exec(paragraph.slice(0, 80));
    return m && labels.has(m[1]!) ? { full: m[0], question: false, name: m[1]! } : undefined;
  };
}
