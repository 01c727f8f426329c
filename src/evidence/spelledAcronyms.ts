// An office a document names in full once and by its initials after: "The Prime Minister's Official
// Spokesperson said …", then "the PMOS said"; "the Special Representative of the Secretary-General",
// then "the SRSG told reporters". The document spells the initials out itself; no list of one house's
// abbreviations is needed.
const ACRONYM = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u;
// A run of capitalised words, "of", "the", "for" and "and" between them, a possessive kept.
const RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|for|and)\s+)*\p{Lu}[\p{L}'’-]*)*/gu;
const SMALL = /^(?:of|the|for|and)$/;
const initial = (word: string) =>
  word
    .replace(/['’]s$/, '')
    .split('-')
    .map((w) => w[0] ?? '')
    .join('');

const MAX_LETTERS = 6;

type Spelling = { at: number; words: string };

/** Every spelling a text's capitalised runs give, in text order: one pass, read once per text. */
function spellings(text: string): Map<string, Spelling[]> {
  const found = new Map<string, Spelling[]>();
  for (const m of text.matchAll(RUN)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (SMALL.test(words[i]!)) continue;
      let spelled = '';
      for (let j = i; j < words.length && spelled.length < MAX_LETTERS; j++) {
        if (SMALL.test(words[j]!)) continue;
        spelled += initial(words[j]!);
        const spelling = { at: m.index, words: words.slice(i, j + 1).join(' ') };
        const all = found.get(spelled);
        if (all) all.push(spelling);
        else found.set(spelled, [spelling]);
      }
    }
  }
  return found;
}

// The last text read and its spellings: the speaker finder asks once per unresolved initials.
let memo: { text: string; spelled: Map<string, Spelling[]> } | undefined;

/**
 * The nearest words before `before` in `text` whose capitals spell `letters` ("PMOS") in three
 * words or more: a heading's "Security Review Set" spells SRS too, earlier than the office does.
 */
function spelledOut(letters: string, text: string, before: number): string | undefined {
  if (memo?.text !== text) memo = { text, spelled: spellings(text) };
  const all = memo.spelled.get(letters) ?? [];
  // Two words spelled are a name's initials as often as an office's ("AB" for Ana Berg).
  return all.findLast((s) => s.at < before && s.words.split(/\s+/).length >= 3)?.words;
}

/** The office an acronym ("PMOS", "the SRSG") stands for where the document spelled it out before `at`. */
export function spelledOutOffice(phrase: string, at: number, text: string): string | undefined {
  const letters = ACRONYM.exec(phrase)?.[1];
  if (!letters) return undefined;
  return spelledOut(letters, text, at);
}
