// A headline that opens with a quotation in single marks, the British style: "'I did not
// recognise my own son': families gather at the crossing". Headlines echo the body, so the
// quotation is the words of whoever the body quotes saying them; without such a quotation in
// the body the headline's words have no known speaker and are left out.
import type { Span, SuggestedClaim } from './types.ts';

const HEADLINE_QUOTE = /^['‘](\S[^\n]{2,160}?)['’]:\s/u;
const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

type Quote = Extract<SuggestedClaim, { kind: 'quote' }>;

/** The headline's quotation, given the speaker of the body quotation that holds its words. */
export function headlineQuote(text: string, paragraphs: Span[], body: SuggestedClaim[]): SuggestedClaim[] {
  const first = paragraphs[0];
  if (!first || (text[first[0]] !== "'" && text[first[0]] !== '‘')) return [];
  const m = HEADLINE_QUOTE.exec(text.slice(first[0], first[1]));
  if (!m) return [];
  const words = plain(m[1]!);
  const echoed = body.find(
    (c): c is Quote => c.kind === 'quote' && c.speaker !== undefined && plain(c.data.words).includes(words),
  );
  if (!echoed) return [];
  const span: Span = [first[0] + 1, first[0] + 1 + m[1]!.length];
  return [
    {
      kind: 'quote',
      text: m[1]!,
      span,
      speaker: echoed.speaker!,
      data: { words: m[1]!.replace(/\s+/g, ' ').trim(), speakerSpan: echoed.data.speakerSpan ?? echoed.span },
    },
  ];
}
