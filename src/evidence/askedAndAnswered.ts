// A record of two voices is an interview only when one asks and the other answers, by turns: "FT:"
// asks and "TM:" answers in a paper's interview. Two leaders at a joint press conference, two
// debaters, or a statement's "Q:" and "A:" examples are two voices too, and none is an outlet asking
// (the interview reading makes a label in capitals, "ADP:", an outlet's question).
import type { Span } from './types.ts';

interface Voiced {
  label: string;
  body: Span;
  question?: boolean;
  answer?: boolean;
}

/**
 * Whether a record's turns are two voices taking turns, one asking (most of its turns hold a
 * question) and the other answering (few of its turns do).
 */
export function askedAndAnswered(turns: Voiced[], text: string): boolean {
  const labels = [...new Set(turns.map((t) => t.label.toUpperCase()))];
  // "Q:" and "A:" say who asks without an outlet: a statement's examples, or an interview read as one.
  if (labels.length !== 2 || turns.length < 2 || turns.some((t) => t.question || t.answer)) return false;
  let changes = 0;
  for (let i = 1; i < turns.length; i++)
    if (turns[i]!.label.toUpperCase() !== turns[i - 1]!.label.toUpperCase()) changes++;
  // Alternately: a voice may run on over two turns once in a while, not as a rule.
  if (changes < (turns.length - 1) * 0.8) return false;
  const asking = labels.map((label) => {
    const own = turns.filter((t) => t.label.toUpperCase() === label);
    return own.filter((t) => text.slice(t.body[0], t.body[1]).includes('?')).length / own.length;
  });
  const [a, b] = asking as [number, number];
  return Math.max(a, b) > 0.5 && Math.abs(a - b) >= 0.4;
}
