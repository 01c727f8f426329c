// Quotations standing alone in a transcript's head, above its first turn, that no sentence gives a
// speaker. An interview's headline ('"Nobody will sign a text of orders"' over the standfirst) gives
// the answer's words of the one interviewed; a programme's or an episode's title in marks ('on the
// "Good Morning, Norland!" programme', 'Episode 12: "Two readings of one map"') is nobody's words,
// and neither is a podcast's or a panel's title line, where several people answer.
import type { Span, Speaker, SuggestedClaim } from './types.ts';

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

// A title's own word before or after the marks.
const TITLE_BEFORE = /\b(?:episode|programme|program|show|podcast|series|broadcast)\b[^"“”\n.]{0,30}$/i;
const TITLE_AFTER = /^[,.]?\s*(?:programme|program|show|podcast|series|broadcast)\b/i;
const MARKS = /^["“”«»']+|["“”«»']+$/g;

/** The one who answers an interview's questions: its only speaker besides the journalist, who asks. */
function interviewed(voiced: SuggestedClaim[]): Speaker | undefined {
  const turns = voiced.filter((v): v is Quote => v.kind === 'quote' && v.data.form === 'turn');
  if (!turns.some((t) => t.speaker?.name === 'journalist')) return undefined;
  const others = turns.map((t) => t.speaker).filter((s) => s !== undefined && s.name !== 'journalist');
  const [one] = others;
  return one && others.every((s) => s!.name === one.name) ? one : undefined;
}

const lineAround = (text: string, [s, e]: Span): Span => {
  const start = text.lastIndexOf('\n', s - 1) + 1;
  const nl = text.indexOf('\n', e);
  return [start, nl === -1 ? text.length : nl];
};

/**
 * The quotations `read` from a transcript (`voiced`, its turns) with those of its head settled: an
 * unattributed quotation alone on its line is the interviewee's, or no one's when the record has no
 * one interviewee; one a programme's or an episode's word frames is a title, no quotation.
 */
export function settleHeadQuotations(
  text: string,
  voiced: SuggestedClaim[],
  read: SuggestedClaim[],
): SuggestedClaim[] {
  const firstTurn = voiced.find((v): v is Quote => v.kind === 'quote' && v.data.form === 'turn');
  if (!firstTurn) return read;
  const headEnd = firstTurn.data.speakerSpan?.[0] ?? firstTurn.span[0];
  let asked: Speaker | undefined | null = null;
  return read.flatMap((claim) => {
    if (claim.kind !== 'quote' || claim.span[1] > headEnd) return [claim];
    const [ls, le] = lineAround(text, claim.span);
    const before = text.slice(ls, claim.span[0]).replace(MARKS, '');
    const after = text.slice(claim.span[1], le).replace(MARKS, '');
    // 'The Brief – Episode 12: "…"' reads as a name's colon: the title's word says it is none.
    if (TITLE_BEFORE.test(before) || TITLE_AFTER.test(after)) return [];
    if (claim.speaker || before.trim() !== '' || after.trim() !== '') return [claim];
    if (asked === null) asked = interviewed(voiced);
    return asked ? [{ ...claim, speaker: { ...asked } }] : [];
  });
}
