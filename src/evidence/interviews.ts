// Published interviews: who is asked (the one the head names), who asks ("Interview by …"), and
// labels of initials ("R.V.:", "A.T.:") that stand for either.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { bareName } from './genre.ts';
import { scanNames } from './names.ts';
import type { Speaker } from './types.ts';

/**
 * The one an interview's head names ("Interview of Foreign Minister Ingrid Solberg to the Vell
 * Herald", "Ingrid Solberg's interview with …"): the first person on the roster it names, else
 * the first full name after "interview of, with, by or given by".
 */
export function interviewee(head: string, gazetteer: Gazetteer, host?: Speaker): Speaker | undefined {
  const other = (s: Speaker | undefined) =>
    s !== undefined &&
    (host === undefined || (s.name !== host.name && (!s.personId || s.personId !== host.personId)));
  // A name written before an office alone: "Prime Minister Ada Lind" names Lind, not the one "Minister" may stand for.
  const people = scanNames(head, gazetteer, () => false).filter((h) => h.kind === 'person' && h.id);
  const byName = (h: (typeof people)[number]) =>
    head.slice(h.span[0], h.span[1]).includes(h.name.split(/\s+/).at(-1)!);
  const hit = [...people.filter(byName), ...people.filter((h) => !byName(h))]
    .map((h) => speakerNamed(h.name, gazetteer))
    .find(other);
  if (hit) return hit;
  // "Prime Minister Ada Lind's interview on …": the possessive names the one interviewed.
  const named = INTERVIEW_OF.exec(head) ?? OWN_INTERVIEW.exec(head);
  const said = named ? { name: bareName(named[1]!), via: 'name' as const } : undefined;
  return other(said) && said!.name !== '' ? said : undefined;
}
const OWN_INTERVIEW = /((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)['’]s\s+interview\b/u;
const INTERVIEW_OF =
  /\b(?:[Ii]nterview|INTERVIEW)\s+(?:of|with|given\s+by|OF|WITH)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Lu}[\p{L}'’-]+)/u;
// Who asks: "Interview by Radomir Vess", "Interviewed by …", "Questions by …", "Conducted by …".
const INTERVIEW_BY =
  /\b(?:[Ii]nterview(?:ed)?|INTERVIEW(?:ED)?|[Qq]uestions|QUESTIONS|[Cc]onducted|CONDUCTED)\s+(?:by|BY)[ \t]+((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]+)/u;

/** The name's initials as a label writes them ("Radomir Vess" is "RV"). */
const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .toUpperCase();

/**
 * Whether a label names the interviewer the head gives: by name ("Radomir Vess:", "VESS:") or by
 * the initials a published interview writes ("R.V.:"). The interviewer's turns are questions.
 */
export function isInterviewer(label: string, interviewer: string | undefined): boolean {
  if (!interviewer) return false;
  const bare = label.replace(/[*_]/g, '').trim();
  if (/^(?:\p{Lu}\.\s*){2,3}$/u.test(bare))
    return bare.replace(/[^\p{Lu}]/gu, '') === initialsOf(interviewer);
  const words = interviewer.toLowerCase().split(/\s+/);
  const said = bare.toLowerCase();
  return said === words.join(' ') || said === words.at(-1);
}

/** The interviewer the head names, as written without titles. */
export function interviewerOf(head: string): string | undefined {
  const named = INTERVIEW_BY.exec(head)?.[1];
  return named ? bareName(named) : undefined;
}

/**
 * The person a label of initials names ("T.H.:", "T. H.:", the style of published interviews):
 * the one roster person the text names whose name has those initials.
 */
export function initialsHolder(label: string, gazetteer: Gazetteer, text: string): Speaker | undefined {
  const letters = label.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return undefined;
  const named = [...gazetteer.personById.values()].filter((p) => {
    const words = p.name.split(/\s+/);
    const initials = words.map((w) => w[0]).join('');
    const firstLast = `${words[0]![0]}${words.at(-1)![0]}`;
    // A head may set the name in capitals only ("PRESENTER: MARTHA HINCHLEY").
    const surname = words.at(-1)!;
    return (
      (initials === letters || firstLast === letters) &&
      (text.includes(surname) || text.includes(surname.toUpperCase()))
    );
  });
  return named.length === 1 ? speakerNamed(named[0]!.name, gazetteer) : undefined;
}

/** Whether a transcript's head calls it an interview ("Interview", "Interview with …", "interviewed"). */
export const isInterviewHead = (head: string): boolean => /\binterview/i.test(head);

/**
 * The masthead a published interview's head opens with: a first line in capitals of a few words
 * ("THE FJELLBY COURIER", "DER SPIEGEL"), less a section set after a bar. A label it holds ("Fjellby Courier:", "SPIEGEL:") is the
 * publication asking.
 */
export function mastheadOf(head: string): string | undefined {
  // A web copy sets the section after a bar: "DER SPIEGEL | Ausland", "THE COURIER | World".
  const first = head
    .trimStart()
    .split('\n', 1)[0]!
    .split(/\s+[|•]\s+/)[0]!
    .trim();
  return first.length >= 3 && first.length <= 60 && !/\p{Ll}/u.test(first) && /\p{Lu}{2}/u.test(first)
    ? first
    : undefined;
}
