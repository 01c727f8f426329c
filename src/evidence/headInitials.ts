// A broadcast's or a paper's transcript labels its speakers by initials ("MH:", "J.P.:") and names them
// only in its head, often in capitals ("PRESENTER: MARTHA HALE", "INTERVIEW: JONAS PRYCE, FOREIGN
// MINISTER"). The initials stand for the one full name of the head that has them, roster or not; an
// office's initials ("FM:") for the name the office follows ("JONAS PRYCE, FOREIGN MINISTER"), never the office.
import { SPEAKER_NOUNS, TITLE_WORDS } from './lexicon.ts';
import type { Speaker } from './types.ts';

// Two or three words of a name, in capitals or capitalised, kept apart from an office by a comma, a stop or a line's end.
const NAME =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})(?=[ \t]*(?:[,;(]|\.(?:\s|$)|$))/gmu;
const titleCase = (w: string) => w[0]! + w.slice(1).toLowerCase();
// The words of an office ("FOREIGN MINISTER", "Chief Negotiator"): a run of them alone is no name.
const OFFICE_WORDS = new Set([...TITLE_WORDS, ...SPEAKER_NOUNS.split(/[| ]/)]);

/** The full name of `head` whose initials a label writes ("MH", "M.H."), when one name alone has them. */
export function headInitialsName(label: string, head: string): Speaker | undefined {
  const letters = label.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length > 3 || head.length > 2000) return undefined;
  const found = new Set<string>();
  // The head's first line is the masthead: "Fjellby Pravda" asking is the paper ("FP:"), no person.
  const masthead = head.trimStart().split('\n', 1)[0]!.trim();
  let last: { name: string; end: number } | undefined;
  for (const m of head.matchAll(NAME)) {
    if (m[1] === masthead) continue;
    const words = m[1]!.split(/[ \t]+/);
    const initials = words.map((w) => w[0]).join('');
    const named = initials === letters || `${words[0]![0]}${words.at(-1)![0]}` === letters;
    const name = words.map((w) => (/\p{Ll}/u.test(w) ? w : titleCase(w))).join(' ');
    if (words.every((w) => OFFICE_WORDS.has(w.toLowerCase()))) {
      if (named && last && /^[ \t]*,[ \t]*$/.test(head.slice(last.end, m.index))) found.add(last.name);
      continue;
    }
    if (named) found.add(name);
    last = { name, end: m.index + m[0].length };
  }
  return found.size === 1 ? { name: [...found][0]!, via: 'name' } : undefined;
}
