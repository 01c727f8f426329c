// A broadcast transcript's head names who holds each role of its cast on a field line of its own
// ("Anchor: Lena Berg", "PRESENTER: ADA LIND", "Host: Per Holm, Radio Fjellby") and labels the
// turns by the role alone ("Anchor:"). The field line says nothing, so it is no turn; a later
// turn under the bare role is the person it names. A chamber's chair named so over the chair's own
// sentences opens the first turn.
import { titleCase } from './gazetteer.ts';
import { chairHeader, type TurnLabel } from './genre.ts';
import { TITLE_WORDS } from './lexicon.ts';
import type { Span } from './types.ts';

const CAST_KEY = /^(?:anchor|anchorman|anchorwoman|host|co-host|presenter|newsreader|interviewer)$/i;
// One to four capitalised words (a particle between them), and after a comma at most an office in
// title case: "Lena Berg, Chief Executive of Kessel Radio, thank you." is a sign-off, said.
const OFFICE_WORD = String.raw`(?:\p{Lu}[\p{L}'’.&-]*|of|the|for|and|in|on|at|to)`;
const HOLDER = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:(?:van|von|de|da|der|al|bin)[ \t]+)?\p{Lu}[\p{L}'’-]*){1,3})(?:,[ \t]*${OFFICE_WORD}(?:,?[ \t]+${OFFICE_WORD}){0,12})?$`,
  'u',
);
// Capitalised words the role says rather than a name it holds: a greeting or thanks set in capitals
// or without stops ("GOOD EVENING AND WELCOME", "Thank You Minister Dahl").
const SAID_WORDS =
  /^(?:good|welcome|thank|thanks|hello|hi|goodbye|bye|greetings|dear|evening|morning|afternoon|night)$/i;
// A courtesy may precede a holder's name ("Host: Dr Ada Lind"); an office before a name is the
// one the role addresses ("Interviewer: Minister Dahl").
const COURTESY = /^(?:mr|mrs|ms|dr|sir|dame|lord)\.?$/i;
const isSaid = (words: string[]): boolean =>
  words.some((w) => SAID_WORDS.test(w)) ||
  (!COURTESY.test(words[0]!) && TITLE_WORDS.has(words[0]!.toLowerCase()));

/** The role and the holder a field line names ("Anchor: Lena Berg"), or undefined for any other line. */
export function castHeader(line: string): { role: string; holder: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 4 || colon > 13) return undefined;
  const role = line.slice(0, colon).trim();
  if (!CAST_KEY.test(role)) return undefined;
  const holder = HOLDER.exec(line.slice(colon + 1).trim())?.[1];
  const words = holder?.split(/[ \t]+/);
  // A name set in capitals ("ADA LIND") is said as a label would say it.
  return words && !isSaid(words) ? { role, holder: words.map(titleCase).join(' ') } : undefined;
}

/** The holder of each role the head's field lines name, by the role in lower case; read once a record. */
export function castOf(head: string): Map<string, string> {
  const cast = new Map<string, string>();
  for (const line of head.split('\n')) {
    const field = castHeader(line.trim());
    const role = field?.role.toLowerCase();
    if (field && role && !cast.has(role)) cast.set(role, field.holder);
  }
  return cast;
}

/** The one the head's field line names (`castOf`) for a label that is the role alone ("Anchor"), if any. */
export const castHolder = (label: string, cast: Map<string, string>): string | undefined =>
  cast.get(label.trim().toLowerCase());

// The chair's header over a paragraph of sentences ("PRESIDENT: Ada Lind", then "Colleagues, the
// sitting is open …"): the record names the chair's holder on the label's own line and the chair speaks
// first. Over a heading, a day or a list ("Chair: Ada Lind" over "Agenda item 2") it is the head's field.
const SENTENCE = /^\p{Lu}[^\n]*[.!?…]["”’)]?\s*$/u;
// Another field or a label after it ("Present: 118 members …", "Mr Holm:") is no word of the chair's.
const FIELD = /^[\p{L}.' -]{1,40}:/u;
/** The chair's header `paragraph` as the first turn's label when `next` (its words) are sentences; `recordVoice` tells the record's own lines. */
export function chairOpening(
  text: string,
  paragraph: string,
  next: Span | undefined,
  recordVoice: (paragraph: string) => boolean,
): TurnLabel | undefined {
  const header = chairHeader(paragraph.trim());
  if (header === undefined || next === undefined) return undefined;
  const words = text.slice(next[0], next[1]).trim();
  if (!SENTENCE.test(words) || FIELD.test(words) || recordVoice(words)) return undefined;
  const key = paragraph.slice(0, paragraph.indexOf(':')).trim();
  return { full: paragraph, said: key, question: false, name: key };
}
