// "On the line" says who took part in a call ("Arvenia was on the line", "the envoy, Dahl, was
// not on that call") and, as often, what was at stake ("Arvenia's credibility was on the line",
// "for Torvania, everything was on the line", "Kostal's job was never on the line"). It is read as
// presence only when its subject is a person or party, ending right before it: one named (an
// apposition between at most, governed by no preposition), a personal pronoun or an office; or
// when the sentence speaks of a call.
import { entityMentions } from './entities.ts';
import type { Roster } from './types.ts';

// "Kostal's future was on the line" is never a call's roll, whatever the sentence speaks of.
const ON_THE_LINE =
  /(?<!['’]s [\w-]+ )\b(?:was|were)( also| not|n't| never)? on (?:the|that) (?:line|call)\b/gi;
// Only spaces, or an apposition set off by commas ("Solberg, the foreign minister, was"), between
// the one named and the verb.
const SUBJECT_GAP = /^(?:\s*,[^,.;:!?]{1,60},)?\s*$/;
// How far before the verb a subject may start: a long name and the apposition above.
const SUBJECT_REACH = 200;
// A subject told by a personal pronoun or an office ("I was not on the line", "their foreign
// minister was on the line"): people, where what is at stake is a thing.
const PERSON_BEFORE =
  /\b(?:I|we|he|she|they|(?:minister|envoy|president|ambassador|delegation|delegate|negotiator|adviser|advisor|secretary|chancellor|premier|leader|mediator|interpreter|aide|official)s?)\s*$/i;
// One named after a preposition is no subject: "the future of Arvenia was on the line".
const PREPOSITION_BEFORE = /\b(?:of|for|to|in|at|from|with|by|on|about|over)\s+(?:the\s+)?$/i;
const CALL = /\b(?:calls?|(?:tele)?phone[ds]?|video(?:conference|call|link)?s?)\b/i;
const SENTENCE_END = /[.!?]/;

export interface OnTheLine {
  index: number;
  end: number;
  present: boolean;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at)) + 1;
  const rest = text.slice(at).search(SENTENCE_END);
  return text.slice(start, rest === -1 ? text.length : at + rest);
}

/** Every "was (not) on the line/call" in a text that tells who took part in a call, and whether it says they did. */
export function onTheLine(text: string, roster: Roster): OnTheLine[] {
  if (!/\bon (?:the|that) (?:line|call)\b/i.test(text)) return [];
  const out: OnTheLine[] = [];
  // The text's mentions are read once; each verb looks back only as far as a subject can end.
  const mentions = entityMentions(text, roster);
  let next = 0;
  for (const m of text.matchAll(ON_THE_LINE)) {
    while (next < mentions.length && mentions[next]!.index < m.index) next++;
    let subject = false;
    for (let i = next - 1; i >= 0 && !subject && mentions[i]!.index >= m.index - SUBJECT_REACH; i--) {
      const e = mentions[i]!;
      subject =
        e.end <= m.index &&
        SUBJECT_GAP.test(text.slice(e.end, m.index)) &&
        !PREPOSITION_BEFORE.test(text.slice(Math.max(0, e.index - 12), e.index));
    }
    if (
      subject ||
      PERSON_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) ||
      CALL.test(sentenceAround(text, m.index))
    )
      out.push({ index: m.index, end: m.index + m[0].length, present: !m[1] || m[1] === ' also' });
  }
  return out;
}
