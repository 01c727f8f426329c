// A transcription tool's numbered voices ("Speaker 1", "Speaker 2"): the tool could not name them,
// but the record often does. A voice introduces itself in its first turns ("I'm Ada Lind"), or the
// tool's list of speakers in the head, written after an editor renamed a voice, holds the name in
// the number's place ("SPEAKERS" over "Speaker 1, Ada Lind, Speaker 3"). A voice named neither way
// is still one voice of the record: its label as written, as the roster's convention keeps a
// speaker it does not know.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { isRole } from './genre.ts';
import type { Speaker } from './types.ts';

// A tool's numbered voice: "Speaker 2", "Participant 3", "Unknown Speaker 1".
export const NUMBERED_VOICE = /^(?:unknown\s+)?(?:speaker|participant|voice|guest)\s+(\d{1,2})$/i;
// A numbered voice's label at a line's start, any label's stamp before its colon or after it
// ("Speaker 1 (00:41):", "Speaker 1: (00:41)"), and the tool's list of speakers in the head: the
// marks of a tool's transcript.
const VOICE_LABEL =
  /^[ \t]*((?:unknown\s+)?(?:speaker|participant|voice|guest)\s+\d{1,2})(?:[ \t]*[[(]\d{1,2}(?::\d{2}){1,2}[\])])?:/gim;
const TOOL_MARK =
  /^[^:\n]{1,60}:[ \t]*[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]*$|^[^:()[\]\n]{1,60}[[(]\d{1,2}(?::\d{2}){1,2}[\])]:[ \t]*$|^speakers\s*:?[ \t]*$/im;

/**
 * Whether a record's numbered labels are a tool's voices: one of them speaks twice, or the record
 * carries the tool's marks. A list of parties in minutes ("Participant 1: the Ministry of …") gives
 * each number once, unstamped: nobody's turns.
 */
export function hasToolVoices(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(VOICE_LABEL)) {
    const voice = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(voice)) return true;
    seen.add(voice);
  }
  return seen.size > 0 && TOOL_MARK.test(text);
}

// "I'm Ada Lind", "I am Ada Lind", "my name is Ada Lind": a voice naming itself.
const SELF_NAMED =
  /\b(?:I['’]m|I am|[Mm]y name is)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}'’-])/u;
// The head's list of speakers: a line "SPEAKERS" (or "Speakers:") with the names on the next line or after the colon.
const LIST_HEAD = /^speakers\s*:?\s*(.*)$/i;
// A voice's first turns are where it says who it is.
const INTRO_TURNS = 2;
const INTRO_REACH = 300;

/**
 * Who each numbered voice of a transcript is, by the words of its own first turns (`turns`, each
 * voice's words in order) or by the head's list of speakers (`head`, before the first turn).
 */
export function placeholderVoices(
  turns: { sender: string; words: string }[],
  head: string,
  gazetteer: Gazetteer,
): Map<string, Speaker> {
  const voices = new Map<string, Speaker>();
  const listed = speakerList(head);
  const senders = new Set(turns.map((t) => t.sender));
  for (const sender of senders) {
    const number = NUMBERED_VOICE.exec(sender)?.[1];
    if (number === undefined) continue;
    const own = turns.filter((t) => t.sender === sender).slice(0, INTRO_TURNS);
    const named = own.map((t) => selfNamed(t.words.slice(0, INTRO_REACH), gazetteer)).find(Boolean);
    // The list names the voices in the order the tool numbered them: the number's place holds the new name.
    const renamed = listed && !listed.includes(sender) ? listed[Number(number) - 1] : undefined;
    const byList =
      renamed && !NUMBERED_VOICE.test(renamed)
        ? (speakerNamed(renamed, gazetteer) ?? { name: renamed, via: 'name' as const })
        : undefined;
    voices.set(sender, named ?? byList ?? { name: sender, via: 'name' });
  }
  return voices;
}

// "I'm Ada Lind's deputy", "I'm New Zealand's observer": the words name whom the voice stands for, not
// the voice; an apostrophe inside a name ("O'Brien", "D'Arcy") is the name's own.
const POSSESSIVE_END = /['’]s?$/;
// The word after the name: "I'm Vell Desk deputy editor" gives an office after the capitals, not a person.
const NEXT_WORD = /^\s+([\p{L}-]+)/u;

/** The person a turn's words name as the one speaking, on the roster or a full name no office. */
function selfNamed(words: string, gazetteer: Gazetteer): Speaker | undefined {
  const m = SELF_NAMED.exec(words);
  const name = m?.[1];
  if (!m || !name || POSSESSIVE_END.test(name)) return undefined;
  const next = NEXT_WORD.exec(words.slice(m.index + m[0].length))?.[1];
  if (next && next.toLowerCase() !== 'the' && isRole(next)) return undefined;
  const known = speakerNamed(name, gazetteer);
  if (known?.personId) return known;
  return name.split(/\s+/).some(isRole) ? undefined : { name, via: 'name' };
}

/** The names of the head's list of speakers, in order, if it has one. */
function speakerList(head: string): string[] | undefined {
  const lines = head.split('\n').map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const m = LIST_HEAD.exec(lines[i]!);
    if (!m) continue;
    const names = (m[1] || lines.slice(i + 1).find((l) => l !== '') || '').split(/\s*,\s*/).filter(Boolean);
    return names.length > 0 ? names : undefined;
  }
  return undefined;
}
