// Nordic and Finnish papers, and others translated from them, set a quotation apart with a dash at
// the start of its paragraph and no marks, the attribution after a comma at its end: "– We are here
// to mend cables, says Ada Lind, head of the board." or "– It is a fair share, she says." The words
// run from the dash to that comma; the reporting clause after it names the speaker as it would
// after a closing mark. Portuguese and Spanish papers close the words on a second dash instead of the
// comma ("— It is a fair share — said the senator."). A dash paragraph without such a clause is a
// list's item or an answer.
import type { QuoteSpan } from './quotes.ts';
import { DESC_START } from './speakerPhrases.ts';
import type { Span } from './types.ts';

const DASH_OPEN = /^[–—][ \t\u00a0]+(?=\S)/;
// The reporting clause: the verb then the speaker ("…, says Ada Lind."), or the speaker then the verb ("…, Lind
// says.", "…, she said.", "…, Lind told Kessel Radio."), with the rest of its sentence after it and no sentence
// more: a wire's bullet or a question asked in dashes goes on after its clause.
const VERB = 'says|said|adds|added|tells|told';
const SUBJECT = String.raw`he|she|they|\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}`;
// `afterLeadingVerb` is what must follow a verb that opens the clause; `tailStops` the characters its tail may not hold.
const clause = (afterLeadingVerb: string, tailStops: string): string =>
  String.raw`(?:(?:${VERB})[ \t]+${afterLeadingVerb}|(?:${SUBJECT})[ \t]+(?:${VERB})\b)` +
  String.raw`(?:[^,"“”\n.!?${tailStops}]|[.!?](?=\S))*(?:,(?:[^"“”\n.!?${tailStops}]|[.!?](?=\S))*)?[.!?…]?[ \t]*$`;
// The comma before the clause.
const ATTRIBUTION = new RegExp(String.raw`,[ \t]+` + clause(String.raw`\p{L}`, ''), 'u');
// The closing dash: the clause is a speaker's only (a name, a pronoun or a person: "— said the senator.", not
// "— says the list."), and no dash after it, where the words would go on ("— Dahl said — but not before …").
const DASH_ATTRIBUTION = new RegExp(String.raw`[ \t]+[–—][ \t]+` + clause(String.raw`(?=(\S.*))`, '–—'), 'u');
const PERSON_AFTER = /^(?:\p{Lu}|(?:he|she|they)\b)/u;
const clauseAt = (paragraph: string): RegExpExecArray | null => {
  const comma = ATTRIBUTION.exec(paragraph);
  if (comma) return comma;
  const dash = DASH_ATTRIBUTION.exec(paragraph);
  const subject = dash?.[1];
  return subject === undefined || PERSON_AFTER.test(subject) || DESC_START.test(subject) ? dash : null;
};
const MIN_WORDS = 3;
const MAX_PARAGRAPH = 1200;

/** The quotations of `text` set apart by a leading dash and closed by a reporting clause. */
export function dashQuoteSpans(text: string, paragraphs: Span[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  // The dash paragraphs under a lead-in ending on a colon are its list's items.
  let listed = false;
  paragraphs.forEach(([start, end], index) => {
    const c = text.charCodeAt(start);
    // Most paragraphs fail on their first character.
    if (c !== 0x2013 && c !== 0x2014) {
      listed = /:\s*$/.test(text.slice(Math.max(start, end - 3), end));
      return;
    }
    if (listed || end - start > MAX_PARAGRAPH) return;
    const paragraph = text.slice(start, end);
    const open = DASH_OPEN.exec(paragraph);
    if (!open || /["“”\n]/.test(paragraph)) return;
    const close = clauseAt(paragraph);
    if (!close) return;
    const words = paragraph.slice(open[0].length, close.index);
    if (words.trim().split(/\s+/).length < MIN_WORDS) return;
    quotes.push({
      inner: [start + open[0].length, start + close.index],
      paragraph: index,
      lastParagraph: index,
    });
  });
  return quotes;
}
