// A published interview whose questions are set in bold and carry no label: "**Is the text
// final?**", then the answer in plain paragraphs until the next bold question. Ministries and
// papers print their interviews so; a Markdown copy keeps the bold. The head must say it is an
// interview: an explainer's bold subheadings ("**What changed?**") are no one's questions.
import type { Turn } from './turns.ts';
import type { Span } from './types.ts';

const BOLD_QUESTION = /^(?:\*\*|__)([^*_\n]{3,300}\?)(?:\*\*|__)$/;
const INTERVIEW_HEAD = /\binterview/i;
const MIN_QUESTIONS = 2;

/** Whether paragraphs (their texts) are an interview with bold questions. */
export function isBoldInterview(texts: string[]): boolean {
  if (!INTERVIEW_HEAD.test(texts.slice(0, 4).join('\n'))) return false;
  let questions = 0;
  for (const t of texts) if (BOLD_QUESTION.test(t) && ++questions >= MIN_QUESTIONS) return true;
  return false;
}

/** The turns of an interview with bold questions: each question the journalist's, each answer the interviewee's. */
export function boldInterviewTurns(text: string, paragraphs: Span[]): Turn[] {
  if (!isBoldInterview(paragraphs.map(([s, e]) => text.slice(s, e)))) return [];
  const turns: Turn[] = [];
  let open: Turn | undefined;
  for (const [start, end] of paragraphs) {
    if (BOLD_QUESTION.test(text.slice(start, end))) {
      open = { label: 'Question', labelSpan: [start, start + 2], body: [start + 2, end - 2], question: true };
      turns.push(open);
    } else if (open?.question) {
      open = {
        label: 'Answer',
        labelSpan: [start, start],
        body: [start, end],
        question: false,
        answer: true,
      };
      turns.push(open);
    } else if (open) open.body = [open.body[0], end];
  }
  return turns;
}
