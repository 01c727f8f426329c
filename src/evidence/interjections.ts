// A parliament's record notes in brackets who called out from the benches and what: the Bundestag's
// "(Interjection from the Greens: Shameful!)", "(Applause from the Left – Interjection from Member
// Ada Lind: Nonsense!)", Westminster's "(Hon. Members: Hear, hear!)". The words after the colon are a
// quotation of the member named, or of the group as the record writes it.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { bareName } from './genre.ts';
import type { Speaker, SuggestedClaim } from './types.ts';

// One note in brackets on one line; its parts are set apart by a dash.
const NOTE = /\(([^()\n]{4,400})\)/g;
const CALL =
  /^\s*(?:further\s+)?(?:interjections?|calls?|shouts?|heckles?|cries?|zurufe?)\s+(?:from|by|von)\s+([^:–—]{2,80}?)\s*:\s*(\S[^–—]*?)\s*$/iu;

/** The speaker a note names: a roster person, else the member or the group as written, less "the". */
function caller(said: string, gazetteer: Gazetteer): Speaker {
  const person = speakerNamed(bareName(said), gazetteer);
  if (person?.personId) return { ...person, via: 'name', said };
  return { name: said.replace(/^(?:the|der|die|das)\s+/i, ''), via: 'description', said };
}

/** The quotations a record's notes of interjections give, each with its caller. */
export function interjectionQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] {
  const found: SuggestedClaim[] = [];
  for (const note of text.matchAll(NOTE)) {
    let at = note.index + 1;
    for (const part of note[1]!.split(/(?=[–—])/)) {
      const body = part.replace(/^[–—]/, '');
      const offset = at + (part.length - body.length);
      at += part.length;
      const call = CALL.exec(body);
      if (!call) continue;
      const words = call[2]!;
      const start = offset + body.lastIndexOf(words);
      found.push({
        kind: 'quote',
        text: words,
        span: [start, start + words.length],
        speaker: caller(call[1]!.trim(), gazetteer),
        data: { words },
      });
    }
  }
  return found;
}
