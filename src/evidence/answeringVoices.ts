// Who answers at a press conference a transcription tool recorded with numbered voices ("Speaker 1",
// "Speaker 5"). The askers are the room's (turnSpeakers.ts, `askingVoices`); of the voices that answer,
// the one opening the record is its host, whom the recording's title names ("Lind briefing 4 May.m4a",
// "Press conference, Minister Ada Lind"), and a second answering voice is the colleague the host
// introduces in the opening ("I will take questions with my deputy, Per Holm"). A voice is named only
// where the record names one roster person for it, who has no label of their own: two names, or
// none, leave the number.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { NUMBERED_VOICE } from './placeholderVoices.ts';
import type { Turn } from './turnBoundaries.ts';
import type { Speaker } from './types.ts';

// A run of capitalised words (a name, a surname alone) tried against the roster.
const CAPITALISED = /\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/gu;
// The host's opening is read for the colleague only near its start.
const OPENING_REACH = 600;

/** The roster people `text` names, each once, in order. */
function rosterPeople(text: string, gazetteer: Gazetteer): Speaker[] {
  const people = new Map<string, Speaker>();
  for (const m of text.matchAll(CAPITALISED)) {
    const person = speakerNamed(m[0], gazetteer);
    if (person?.personId && !people.has(person.personId)) people.set(person.personId, person);
  }
  return [...people.values()];
}

/**
 * The roster people behind a press conference's answering numbered voices, by voice (lower case):
 * the host (the voice of the first turn, no asker) as the one person `head` names, and the one other
 * answering voice as the one other person the host's first turn names.
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
  voices.set(key(first), host);
  const answering = new Set(
    turns.filter((t) => NUMBERED_VOICE.test(t.label) && !askers.has(key(t))).map(key),
  );
  answering.delete(key(first));
  const opening = text.slice(first.body[0], Math.min(first.body[1], first.body[0] + OPENING_REACH));
  const introduced = rosterPeople(opening, gazetteer).filter((p) => p.personId !== host.personId);
  if (answering.size === 1 && introduced.length === 1) voices.set([...answering][0]!, introduced[0]!);
  return voices;
}
