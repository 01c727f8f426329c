// A transcript's notes in brackets at a turn's edge: "(Laughter.)", "(Applause)", "(Speaks
// Arvenian.)", "(As interpreted.)", "(Via interpreter)". They are the record's words about the
// room or the channel, not the speaker's: a turn of nothing else gives no quotation, and one that
// opens or closes on them is quoted without them (its span trimmed, never its text rewritten). A
// note that words were lost ("(Inaudible.)", "(Cross-talk.)") stands for words said, as an
// ellipsis does, and stays in the words around it. A note inside the words is left where it is:
// the turn is one quotation of its speaker.
import type { Span } from './types.ts';

// One note: a word of three letters at least ("(a)" and "(ii)" number points), on one line.
// A recording's transcript sets its notes in square brackets ("[laughs]", "[crosstalk]") and stamps
// a turn's end with the time ("[00:02:22]"): no letters, the record's clock.
// A recording's transcript sets its notes in square brackets, a few words ("[laughs]", "[crosstalk]"),
// and stamps a turn's end with the time ("[00:02:22]"): the record's clock. An editor's gloss in
// brackets ('[literally: "…"]') is part of the words it glosses.
// Hansard sets a member's question kind the same way before a colon: "(Urgent Question): To ask …".
// An editor's cut, the Kremlin's "<…>" (or "[…]", "(...)"), marks words left out: at a turn's edge it
// is no word of the speaker's, and a turn of nothing else ("Gil Stannard: …") gives no quotation.
const NOTE_AT_START =
  /^\s*(?:\((?=[^()\n]*\p{L}{3})[^()\n]{1,60}\)|\[\p{L}[\p{L} -]{2,30}\.?\]|[<[(](?:…|\.{3})[>\])])[.:]?/u;
const NOTE_AT_END =
  /(?:\((?=[^()\n]*\p{L}{3})[^()\n]{1,60}\)|\[\p{L}[\p{L} -]{2,30}\.?\]|\[\d{1,2}:\d{2}(?::\d{2})?\]|[<[(](?:…|\.{3})[>\])])\.?\s*$/u;
const ONLY_CUT = /^\s*[<[(]?(?:…|\.{3})[>\])]?\s*$/;
const LOST_WORDS = /^[([]\s*(?:inaudible|unintelligible|indiscernible|cross-?talk|off[- ]mic(?:rophone)?)\b/i;

const ONLY_NOTES = /^\s*(?:(?:\([^()\n]{1,60}\)|\[[^[\]\n]{1,60}\])\.?\s*)+$/;
// A parliament's record says, unbracketed, that a member stood without being called:
// "Ian Roe (Ellesby) (LD)\nrose—".
const RECORD_ONLY = /^\s*rose\s*(?:[—–-]+|\.)?\s*$/i;

// How far before a turn's last non-space a closing note can open: "(", 60 characters, ")", ".".
const NOTE_REACH = 63;

/** The note that closes text[s, e), its index the text's; only the tail is read (a turn of thousands of notes is read in linear time). */
function noteAtEnd(text: string, s: number, e: number): RegExpExecArray | null {
  let last = e;
  while (last > s && /\s/.test(text[last - 1]!)) last--;
  const from = Math.max(s, last - NOTE_REACH);
  const m = NOTE_AT_END.exec(text.slice(from, e));
  if (m) m.index += from;
  return m;
}

/**
 * The part of a turn's body the speaker says: `body` less the notes at its edges, or undefined
 * when the turn is notes alone ("PRESIDENT KOSTAL: (Laughter.)", "Q (Inaudible.)").
 */
export function spokenPart(text: string, [start, end]: Span): Span | undefined {
  let [s, e] = [start, end];
  const body = text.slice(s, e);
  if (ONLY_NOTES.test(body) || RECORD_ONLY.test(body) || ONLY_CUT.test(body)) return undefined;
  for (let m = NOTE_AT_START.exec(text.slice(s, e)); m && !LOST_WORDS.test(m[0].trim()); ) {
    s += m[0].length;
    m = NOTE_AT_START.exec(text.slice(s, e));
  }
  for (let m = noteAtEnd(text, s, e); m && !LOST_WORDS.test(m[0]); m = noteAtEnd(text, s, e)) e = m.index;
  const words = text.slice(s, e);
  return [s + (words.length - words.trimStart().length), e - (words.length - words.trimEnd().length)];
}
