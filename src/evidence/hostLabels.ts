// Interviews that label only the one who asks: a government's transcript of its leader's radio or
// television interview prints the host's name before every question ("Anna Berg: Good morning …")
// and the leader's answers as plain paragraphs under it. Read as labelled turns only, every answer
// ran on inside the host's turn; here each host turn keeps its first paragraph and the paragraphs
// after it, up to the next label, are the answer of the one the head says is interviewed.
import type { Turn } from './turns.ts';
import type { Span } from './types.ts';

// Three host turns at least: two labels of one name may be a short exchange of another kind.
const MIN_TURNS = 3;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** The first paragraph break inside [start, end) after some words, or -1. */
function firstBreak(text: string, [start, end]: Span): number {
  const body = text.slice(start, end);
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(body); m; m = PARAGRAPH_BREAK.exec(body))
    if (body.slice(0, m.index).trim() !== '') return start + m.index;
  return -1;
}

/**
 * The turns with each host turn's later paragraphs set apart as the interviewee's answer, when
 * every labelled turn has one label and the head names someone else interviewed (`interviewed`,
 * the host's own speaker tells them apart); else the turns as they were.
 */
export function withHostAnswers(text: string, turns: Turn[], interviewed: (host: Turn) => boolean): Turn[] {
  if (turns.length < MIN_TURNS) return turns;
  const label = turns[0]!.label.toLowerCase();
  if (turns.some((t) => t.question || t.answer || t.label.toLowerCase() !== label)) return turns;
  if (!interviewed(turns[0]!)) return turns;
  const split = turns.map((turn): Turn[] => {
    const cut = firstBreak(text, turn.body);
    if (cut === -1) return [turn];
    const from = cut + text.slice(cut, turn.body[1]).search(/\S/);
    return [
      { ...turn, body: [turn.body[0], cut] },
      { label: 'Answer', labelSpan: [from, from], body: [from, turn.body[1]], question: false, answer: true },
    ];
  });
  // Most host turns are answered so: a host who speaks two paragraphs once is still the host.
  return split.filter((s) => s.length === 2).length * 2 >= turns.length ? split.flat() : turns;
}
