// Interviews whose questions carry a label and whose answers carry a dash instead: "IP: When did you
// see the text?" then "— On Monday.", "KOMMERSANT: And the deadline?" then "- There is none." — the
// style of Ukrainian and Russian papers and agencies in translation. Read as labelled turns only, the
// answer ran on inside the question's turn; here it becomes the interviewee's own turn. The paper may
// open with a pair before its first label ("- Is that true?" and "- It is not." a line each).
import type { Turn } from './turns.ts';
import type { Span } from './types.ts';

// A dash and a space open a line: an em or en dash, or a hyphen, as a copy keeps it.
const DASH_LINE = /\n[ \t]*[—–-][ \t\u00a0]+(?=\S)/g;
// Two questions answered so at least: one dash line in a question may be a list's.
const MIN_ANSWERS = 2;
// A question's last words: its mark, perhaps a closing quotation mark or bracket after it.
const ASKED = /\?["”»’)]*\s*$/;
// The question's turn ends on a sentence before the dash: a statement put to the one asked may end on a stop.
const SENTENCE_END = /[.?!…]["”»’)]*\s*$/;

/** The first line in [start, end) that opens with a dash: where it starts and where its words start. */
function dashLine(text: string, [start, end]: Span): { at: number; words: number } | undefined {
  DASH_LINE.lastIndex = 0;
  const m = DASH_LINE.exec(text.slice(start, end));
  return m ? { at: start + m.index + 1, words: start + m.index + m[0].length } : undefined;
}

const answerTurn = (label: Span, body: Span): Turn => ({
  label: 'Answer',
  labelSpan: label,
  body,
  question: false,
  answer: true,
});

/**
 * The head's pairs before the first label, each a dash line that asks and the dash lines that answer
 * it ("- Is that true?\n- It is a beautiful story, but no."): a question turn and an answer turn each.
 */
function headPairs(text: string, end: number): Turn[] {
  const lines: Span[] = [];
  for (const m of text.slice(0, end).matchAll(DASH_LINE)) lines.push([m.index + 1, m.index + m[0].length]);
  const turns: Turn[] = [];
  for (const [i, [at, words]] of lines.entries()) {
    const next = lines[i + 1];
    const lineEnd = text.indexOf('\n', words);
    const own = text.slice(words, lineEnd === -1 || lineEnd > end ? end : lineEnd);
    if (!next || !ASKED.test(own) || turns.some((t) => t.body[0] >= words)) continue;
    const stop = lines[i + 2]?.[0] ?? end;
    turns.push({
      label: 'Question',
      labelSpan: [at, words],
      body: [words, words + own.length],
      question: true,
    });
    turns.push(answerTurn([next[0], next[1]], [next[1], trimEnd(text, stop)]));
  }
  return turns;
}

const trimEnd = (text: string, end: number): number => {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
};

/**
 * The turns with each asking turn's dash-opened answer (`asks` tells a question's turn, its label's
 * or its outlet's) set apart as an answer turn, when two questions at least are answered so; else
 * the turns as they were.
 */
export function withDashAnswers(text: string, turns: Turn[], asks: (turn: Turn) => boolean): Turn[] {
  const split = turns.map((turn) => {
    // The label is read last: a dash line is rare, and reading who speaks costs more.
    const dash = dashLine(text, turn.body);
    if (!dash || !SENTENCE_END.test(text.slice(turn.body[0], dash.at)) || !asks(turn)) return [turn];
    const question: Turn = { ...turn, body: [turn.body[0], trimEnd(text, dash.at)] };
    return [question, answerTurn([dash.at, dash.words], [dash.words, turn.body[1]])];
  });
  if (split.filter((s) => s.length === 2).length < MIN_ANSWERS) return turns;
  const first = turns[0]?.labelSpan[0] ?? 0;
  return [...headPairs(text, first), ...split.flat()];
}
