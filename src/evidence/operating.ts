// Whether a thing set up by the talks works: "the line has been working since Saturday", "the
// stations are operational" against "the hotline has yet to be switched on", "the stations are
// not yet in operation". Said of a thing the clause names before the words that say it. A thing
// reported working and later reported never switched on cannot both be true; one reported not
// yet working and later working was switched on in between.
import { CONCEPTS } from './concepts.ts';
import { perPassage } from './linkSupport.ts';
import { meaningStem, meaningWords } from './meaning.ts';
import type { Passage } from './passages.ts';
import { lastMatch } from './regex.ts';
import type { Roster } from './types.ts';

const WORKING =
  /\b(?:has been|have been|had been|is|are|was|were)\s+(?:now\s+|already\s+)?(?:working|operating|operational|functioning|up and running|in operation|in service|switched on|activated)\b|\b(?:began|started)\s+(?:working|operating|to work|to operate)\b|\b(?:went live|came into (?:operation|service)|entered (?:into )?(?:operation|service))\b/i;
const NOT_WORKING =
  /\b(?:not yet|not|never|yet to be|has yet to be|have yet to be)\s+(?:been\s+)?(?:working|operating|operational|functioning|up and running|in operation|in service|switched on|activated|connected)\b|\b(?:has|have) yet to (?:start|begin) (?:working|operating)\b|\b(?:remains?|is|are) (?:still )?(?:inactive|idle|out of (?:service|operation))\b|\b(?:has|have) never (?:worked|operated|functioned|been used)\b/i;
// Where what is said to work is named: after the last clause break before the words.
const CLAUSE_START = /[;:]|\. |,\s+(?:and|but|while)\b|\b(?:that|said|says|say|told|noted|added)\b/gi;
const SUBJECT_CHARS = 80;
// Words that tell when or who agreed it, not what it is.
const NOT_SUBJECT = new Set(['agreement', 'agree', 'since', 'now', 'yet', 'still', 'official', 'ministry']);

export interface Operating {
  working: boolean;
  /** Meaning words of what is said to work. */
  subject: Set<string>;
}

/** Whether a passage says a thing works or does not yet, and of what (read once per passage). */
export const operatingOf = perPassage((p: Passage): Operating | undefined => {
  const not = NOT_WORKING.exec(p.text);
  const m = not ?? WORKING.exec(p.text);
  if (!m) return undefined;
  let before = p.text.slice(Math.max(0, m.index - SUBJECT_CHARS), m.index);
  const cut = lastMatch(CLAUSE_START, before);
  if (cut) before = before.slice(cut.index + cut[0].length);
  const subject = new Set([...meaningWords(before)].filter((w) => !NOT_SUBJECT.has(w)));
  return subject.size > 0 ? { working: !not, subject } : undefined;
});

// The last word of each several-word name of a concept ("direct line": "line"), to the
// concept: "the line" said after "a direct line" is that line, however another source names it.
const HEADS = new Map<string, Set<string>>();
for (const line of CONCEPTS) {
  const [name, ...words] = line.split('|');
  for (const w of words) {
    const parts = w.split(/[\s-]+/);
    if (parts.length < 2) continue;
    const head = meaningStem(parts.at(-1)!);
    HEADS.set(head, (HEADS.get(head) ?? new Set()).add(name!));
  }
}

/** Whether two statements are of one thing: a word in common, or one's word the head of the other's name. */
export function oneThing(a: Operating, b: Operating): boolean {
  const heads = (x: Operating, y: Operating) =>
    [...x.subject].some((w) => [...(HEADS.get(w) ?? [])].some((c) => y.subject.has(c)));
  return [...a.subject].some((w) => b.subject.has(w)) || heads(a, b) || heads(b, a);
}

/**
 * Whether two passages cannot both be true: one thing reported working, and as late or later
 * reported not yet working. Both must be dated.
 */
export function operatingApart(a: Passage, b: Passage, roster: Roster): boolean {
  const [x, y] = [operatingOf(a, roster), operatingOf(b, roster)];
  if (!x || !y || x.working === y.working || !oneThing(x, y) || !a.published || !b.published) return false;
  const [working, idle] = x.working ? [a, b] : [b, a];
  return working.published! <= idle.published!;
}

/** Whether the text says something works or does not yet (cheap). */
export const statesOperating = (text: string): boolean => WORKING.test(text) || NOT_WORKING.test(text);
