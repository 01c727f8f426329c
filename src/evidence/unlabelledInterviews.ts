// Published interviews whose turns carry no speaker's label. Besides the bold questions of a
// Markdown copy (boldInterview.ts), two forms: an agency's or a paper's turns each opened by a dash
// ("— Mr Surin, is the text ready?" then "— The text is ready."), questions and answers by turns; and
// a web copy that lost the bold, each question a paragraph of its own ending in a question mark, the
// answer the paragraphs under it. The head must say it is an interview: an explainer's questions
// ("What happens next?") and a list of points set off by dashes are no one's turns.
import { boldInterviewTurns, isBoldInterview } from './boldInterview.ts';
import type { Turn } from './turns.ts';
import type { Span } from './types.ts';

const INTERVIEW_HEAD = /\binterview/i;
// A remark reported from an interview elsewhere is news about it, not the interview: "Lind said in an
// interview on Sunday that the text was close"; "Surin told TNA in an interview about the talks" heads one.
const REPORTED_INTERVIEW =
  /\b(?:said|says|stated|added|insisted|warned)\b[^.!?]{0,60}\binterview|\binterview\b[^.!?]{0,60}\bthat\b/i;
const headsInterview = (paragraph: string): boolean =>
  INTERVIEW_HEAD.test(paragraph) && !REPORTED_INTERVIEW.test(paragraph);
// Paragraphs read for the head's "interview", before the first turn.
const HEAD_PARAGRAPHS = 5;
// An em or en dash and a space open a turn; a hyphen opens list items and prose too.
const DASH_TURN = /^[—–][ \t\u00a0]+(?=\S)/;
const MIN_DASH_TURNS = 4;
// A question of its own: one line, a sentence or two, closed by its mark; not a quotation.
const QUESTION_PARAGRAPH = /^[^\n"“«]{8,300}\?$/;
const MIN_QUESTIONS = 3;

type Form = 'dash' | 'question';

/** The first paragraph of the turns in `form`, or -1 when the texts are no such interview. */
function firstTurn(texts: string[], form: Form): number {
  const marked = (t: string) => (form === 'dash' ? DASH_TURN.test(t) : QUESTION_PARAGRAPH.test(t.trim()));
  const first = texts.findIndex(marked);
  if (first < 1 || !texts.slice(0, Math.min(first, HEAD_PARAGRAPHS)).some(headsInterview)) return -1;
  const rest = texts.slice(first);
  const count = rest.filter(marked).length;
  if (form === 'dash')
    // The interviewer speaks first, and asks.
    return count >= MIN_DASH_TURNS && /\?["”»]?\s*$/.test(texts[first]!) ? first : -1;
  // Each question has its answer after it: no two questions running, and a fourth of the paragraphs at least.
  const answered = rest.every((t, i) => !marked(t) || (rest[i + 1] !== undefined && !marked(rest[i + 1]!)));
  return count >= MIN_QUESTIONS && answered && count * 4 >= rest.length ? first : -1;
}

const formOf = (texts: string[]): Form | undefined =>
  firstTurn(texts, 'dash') !== -1 ? 'dash' : firstTurn(texts, 'question') !== -1 ? 'question' : undefined;

/** Whether paragraphs (their texts) are an interview whose turns have no label. */
export const isUnlabelledInterview = (texts: string[]): boolean =>
  isBoldInterview(texts) || formOf(texts) !== undefined;

/** The turns of an unlabelled interview: each question the journalist's, each answer the interviewee's. */
export function unlabelledInterviewTurns(text: string, paragraphs: Span[]): Turn[] {
  const texts = paragraphs.map(([s, e]) => text.slice(s, e));
  if (isBoldInterview(texts)) return boldInterviewTurns(text, paragraphs);
  const form = formOf(texts);
  if (!form) return [];
  const turns: Turn[] = [];
  let open: Turn | undefined;
  const first = firstTurn(texts, form);
  for (const [i, [start, end]] of paragraphs.entries()) {
    if (i < first) continue;
    const dash = form === 'dash' ? DASH_TURN.exec(texts[i]!) : null;
    const asks =
      form === 'dash' ? dash !== null && !open?.question : QUESTION_PARAGRAPH.test(texts[i]!.trim());
    if (form === 'dash' ? dash !== null : asks || open?.question) {
      const from = start + (dash?.[0].length ?? 0);
      open = asks
        ? { label: 'Question', labelSpan: [start, from], body: [from, end], question: true }
        : { label: 'Answer', labelSpan: [start, from], body: [from, end], question: false, answer: true };
      turns.push(open);
    } else if (open) open.body = [open.body[0], end];
  }
  return turns;
}

const QUOTE_MARK = /["“”«»]/;
/** A turn that is a headline's quotation ('Pavel Surin: "The text is ready"'), the words inside the marks. */
const isHeadlineQuote = (text: string, turn: Turn): boolean =>
  QUOTE_MARK.test(text[turn.body[0] - 1] ?? '') && QUOTE_MARK.test(text[turn.body[1]] ?? '');

/**
 * The turns of a transcript: its labelled ones (`labelled`), else those of an interview without
 * labels. A title with a colon ('Henrik Dahl: "The text is not finished"') reads as one label over
 * an unlabelled interview: its quotation stays a turn, a longer title is left to the headline's reading.
 */
export function transcriptTurns(text: string, paragraphs: Span[], labelled: Turn[]): Turn[] {
  if (labelled.length > 1) return labelled;
  const unlabelled = unlabelledInterviewTurns(text, paragraphs);
  if (unlabelled.length === 0) return labelled;
  return [...labelled.filter((t) => isHeadlineQuote(text, t)), ...unlabelled];
}
