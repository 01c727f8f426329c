// Speaker labels set alone on their line over the words, with no colon: the Westminster Hansard's
// style. A minister is an office with the holder in brackets ("The Secretary of State for Foreign
// Affairs (Ada Lind)"), a member a name with the seat and the party ("Per Holm (Fjellby North) (Con)").
// The one who rises again is named alone ("Ada Lind"), and the chair by office ("Mr Speaker").
import type { TurnLabel } from './genre.ts';
import { TITLE_WORDS } from './lexicon.ts';

const OFFICE_OVER_WORDS =
  /^((?:The|THE)\s+\p{Lu}[\p{L}'’-]*(?:,?\s+(?:of|for|and|the|on|in|to|\p{Lu}[\p{L}'’-]*)){0,14})\s*\(((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\)[ \t]*(?:\n|$)/u;
// The party is an abbreviation in brackets ("(Con)", "(LD)", "(Lab/Co-op)"): a caption's agency
// ("(Reuters)") or a country ("(Norland)") is longer, and without a party no line is a label.
const MEMBER_OVER_WORDS =
  /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){1,4})\s*(?:\(([^()\n]{1,60})\)\s*)?\(\p{Lu}[\p{L}]{0,4}(?:\/\p{Lu}[\p{L}-]{0,6})?\)[ \t]*(?:\n|$)/u;

/** A label alone on the first line of `paragraph` (Hansard's), with the line's end as its `full`. */
export function ownLineLabel(paragraph: string): TurnLabel | undefined {
  const o = OFFICE_OVER_WORDS.exec(paragraph);
  if (o) return { full: o[0], question: false, name: o[1]!, aside: o[2]!, ownLine: true };
  const m = MEMBER_OVER_WORDS.exec(paragraph);
  if (m) return { full: m[0], question: false, name: m[1]!, ...(m[2] ? { aside: m[2] } : {}), ownLine: true };
  return undefined;
}

/**
 * The surnames a record's own-line labels give ("Lind" of "The Foreign Secretary (Ada Lind)",
 * "Holm" of "Per Holm (Fjellby North) (Con)"): a line naming one of them alone is that speaker
 * rising again (see `risingLabel`).
 */
export function risingSurnames(text: string, bare: (said: string) => string): Set<string> {
  const names = new Set<string>();
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const c = text.charCodeAt(at);
    if ((c >= 65 && c <= 90) || c >= 0xc0) {
      const label = ownLineLabel(text.slice(at, end));
      // An office's holder is its aside; a member's aside is the seat.
      const name = label && (/^the\s/i.test(label.name ?? '') ? label.aside : label.name);
      const surname = name && bare(name).split(/\s+/).at(-1);
      if (surname) names.add(surname);
    }
    at = end + 1;
  }
  names.delete('');
  return names;
}

// A name alone on its line: up to four capitalised words, nothing after them.
const NAME_LINE = /^((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}(\p{Lu}[\p{L}'’-]+))[ \t]*(?:\n|$)/u;

// A label alone on its line in a record's longer style: a name or an office with its particles
// ("Lord Ames of Tilbury", "The Second Deputy Speaker"), then a bracketed aside or two (a party, a
// seat, the holder of the office) and a colon or nothing: "Baroness Holt (Con)", "The Minister for
// Trade (Ada Lind) (Lab):". Every word is capitalised or a particle: a heading's sentence is not.
const LABEL_LINE =
  /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|of|for|the|de|van|von|da|al)){0,7}(?:[ \t]*\([^()\n]{1,50}\)){0,2}:?[ \t]*$/u;

// A page's title-cased boilerplate ("Share This Article On Social Media (Opens In New Window)",
// "Sign Up For Our Briefing Today") capitalises the small words no name holds; repeated, it is a
// duplicate. An office may hold them ("The Minister For Trade"): a label with an office stays one.
const SMALL_WORD =
  /\b(?:To|Our|This|On|In|With|Your|Us|And|Or|At|By|From|Up|More|All|Now|Here|Is|Are|It|My|We|You)\b/;
const OFFICE_WORDS = new Set(['speaker', 'chair', 'chairman', 'chairwoman', 'moderator', 'madam']);
const holdsOffice = (words: string): boolean =>
  words
    .toLowerCase()
    .split(/\s+/)
    .some(
      (w) =>
        !/^(?:the|of|his|her|their)$/.test(w) &&
        (TITLE_WORDS.has(w.replace(/[.:]$/, '')) || OFFICE_WORDS.has(w.replace(/:$/, ''))),
    );
const labelAlone = (line: string): boolean => {
  if (!LABEL_LINE.test(line)) return false;
  const words = line.replace(/\([^()]*\)/g, ' ');
  return !SMALL_WORD.test(words) || holdsOffice(words);
};

/**
 * A line that is a name or a label alone ("Ada Lind", "Mr Speaker", "Lord Ames of Tilbury (Lab)"):
 * repeated, it is a record's label over each turn of one speaker, no duplicate.
 */
// A short line only: this runs on every paragraph a document keeps.
export const isNameAlone = (line: string): boolean =>
  line.length <= 60
    ? !line.includes('\n') && (NAME_LINE.test(line) || labelAlone(line))
    : line.length <= 100 && !line.includes('\n') && labelAlone(line);

/**
 * A line naming alone a speaker the record has labelled before (`surnames`), or its chair by office
 * alone ("Mr Speaker", "Madam Deputy Speaker"): Hansard's label when someone rises again.
 */
export function risingLabel(
  paragraph: string,
  surnames: Set<string>,
  isRole: (word: string) => boolean,
): TurnLabel | undefined {
  if (surnames.size === 0) return undefined;
  const m = NAME_LINE.exec(paragraph);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  if (!surnames.has(m[2]!) && !words.every(isRole)) return undefined;
  return { full: m[0], question: false, name: m[1]!, ownLine: true };
}

// A head's list of who speaks: "Speakers: Ada Lind, Minister …" with one entry a line under it,
// "Chair: Dr Per Holm, Director …", "Panellists:", "Moderator:". A think tank's transcript then
// sets each name alone on its line over the words, as Hansard does.
const LIST_KEY = /^(?:speakers?|panel(?:l?ists)?|chair(?:ed by)?|moderator|presenter|host)\s*:\s*(.*)$/i;
const ENTRY = /^((?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,4}\p{Lu}[\p{L}'’-]+)(,|$)/u;
const HEAD_REACH = 3000;

/**
 * The surnames of the people a record's head lists as its speakers or chair ("Lind" of "Speakers:
 * Ada Lind, Minister for Foreign Affairs"): a line naming one alone is that speaker's label.
 */
export function listedSurnames(text: string, bare: (said: string) => string): Set<string> {
  const names = new Set<string>();
  const lines = text.slice(0, HEAD_REACH).split('\n');
  const add = (name: string) => {
    const surname = bare(name).split(/\s+/).at(-1);
    if (surname) names.add(surname);
  };
  for (let i = 0; i < lines.length; i++) {
    const key = LIST_KEY.exec(lines[i]!.trim());
    const first = key && ENTRY.exec(key[1]!);
    if (!first) continue;
    add(first[1]!);
    // The entries run on one a line ("Ada Lind, Minister …"), blank lines between them perhaps,
    // until a line that is none or another key.
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!.trim();
      if (line === '') continue;
      const entry = ENTRY.exec(line);
      const name = entry?.[2] === ',' ? entry[1] : undefined;
      if (!name || LIST_KEY.test(line)) break;
      add(name);
      i = j;
    }
  }
  return names;
}
