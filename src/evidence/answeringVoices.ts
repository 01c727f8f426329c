// Who answers at a press conference a transcription tool recorded with numbered voices ("Speaker 1",
// "Speaker 5"). The askers are the room's (turnSpeakers.ts, `askingVoices`); of the voices that answer,
// the one opening the record is its host, whom the recording's title names ("Lind briefing 4 May.m4a",
// "Press conference, Minister Ada Lind"), and a second answering voice is the colleague the host
// introduces in the opening ("I will take questions with my deputy, Per Holm"). A voice is named only
// where the record names one roster person for it, who has no label of their own: two names, or
// none, leave the number. A wrong name is worse than the number: the opening voice is the host only
// when it speaks as "I" and not of the host ("The Minister will make a statement" is a moderator's),
// and the colleague only one the host introduces as their own ("my deputy, Per Holm", "joined by")
// from the host's side, never a counterpart the host mentions ("I spoke with Oleg Varin").
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { NUMBERED_VOICE } from './placeholderVoices.ts';
import type { Turn } from './turnBoundaries.ts';
import type { Speaker } from './types.ts';

// A run of capitalised words (a name, a surname alone) tried against the roster.
const CAPITALISED = /\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/gu;
// The host's opening is read for the colleague only near its start.
const OPENING_REACH = 600;
// The host speaking for themself.
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|ll|d)|me|my|myself)(?![\p{L}'’])/u;
// The host spoken of, as a moderator announces them: "The Foreign Minister will", "the President is".
const HOST_IN_THIRD_PERSON =
  /\bthe\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Minister|President|Secretary|Envoy|Ambassador|Chancellor|Premier|Commissioner|Mediator|Spokesperson|Director|Governor|Mayor|Prime Minister)\b/u;
// The words that introduce a colleague by name, just before the name: "my chief of staff, ",
// "our ambassador ", "joined today by ", "joined by my deputy, ".
const INTRODUCING =
  /(?:\bjoined(?:\s+\p{Ll}+)?\s+by(?:\s+(?:my|our)(?:\s+\p{Ll}+){1,4}\s*,?)?|\b(?:my|our)(?:\s+\p{Ll}+){1,4}\s*,?)\s+$/u;
// How far before a name its introducing words are looked for.
const INTRODUCTION_REACH = 60;

/** The roster people `text` names, each once, in order. */
function rosterPeople(text: string, gazetteer: Gazetteer): Speaker[] {
  const people = new Map<string, Speaker>();
  for (const m of text.matchAll(CAPITALISED)) {
    const person = speakerNamed(m[0], gazetteer);
    if (person?.personId && !people.has(person.personId)) people.set(person.personId, person);
  }
  return [...people.values()];
}

/** The roster people `text` introduces as the speaker's own colleagues ("with my deputy, Per Holm"). */
function introducedPeople(text: string, gazetteer: Gazetteer): Speaker[] {
  const people = new Map<string, Speaker>();
  for (const m of text.matchAll(CAPITALISED)) {
    const before = text.slice(Math.max(0, m.index - INTRODUCTION_REACH), m.index);
    const person = INTRODUCING.test(before) ? speakerNamed(m[0], gazetteer) : undefined;
    if (person?.personId && !people.has(person.personId)) people.set(person.personId, person);
  }
  return [...people.values()];
}

/** Whether an opening is the host's own: said as "I", and naming the host neither by office nor by name. */
function hostSpeaks(opening: string, host: Speaker, gazetteer: Gazetteer): boolean {
  return (
    FIRST_PERSON.test(opening) &&
    !HOST_IN_THIRD_PERSON.test(opening) &&
    !rosterPeople(opening, gazetteer).some((p) => p.personId === host.personId)
  );
}

/**
 * The roster people behind a press conference's answering numbered voices, by voice (lower case):
 * the host (the voice of the first turn, no asker) as the one person `head` names, and the one other
 * answering voice as the one other person of the host's side the host's first turn introduces.
 */
export function answeringVoices(
  turns: Turn[],
  text: string,
  head: string,
  askers: ReadonlySet<string>,
  gazetteer: Gazetteer,
): Map<string, Speaker> {
  const voices = new Map<string, Speaker>();
  const first = turns[0];
  const key = (t: Turn) => t.label.toLowerCase();
  if (!first || !NUMBERED_VOICE.test(first.label) || askers.has(key(first))) return voices;
  const [host, ...others] = rosterPeople(head, gazetteer);
  // A host the labels name ("Ada Lind:") speaks under that name: the numbered voice is someone else.
  const labelled = turns.some(
    (t) =>
      !NUMBERED_VOICE.test(t.label) &&
      speakerNamed(t.name ?? t.label, gazetteer)?.personId === host?.personId,
  );
  if (!host || others.length > 0 || labelled) return voices;
  const opening = text.slice(first.body[0], Math.min(first.body[1], first.body[0] + OPENING_REACH));
  if (!hostSpeaks(opening, host, gazetteer)) return voices;
  voices.set(key(first), host);
  const answering = new Set(
    turns.filter((t) => NUMBERED_VOICE.test(t.label) && !askers.has(key(t))).map(key),
  );
  answering.delete(key(first));
  const introduced = introducedPeople(opening, gazetteer).filter(
    (p) => p.personId !== host.personId && p.partyId === host.partyId,
  );
  if (answering.size === 1 && introduced.length === 1) voices.set([...answering][0]!, introduced[0]!);
  return voices;
}
