// The printed record's own lines between turns, which are nobody's words: a heading in capitals
// ("STATEMENT OF HON. DANA HALE, ASSISTANT SECRETARY OF STATE", "IN THE CHAIR: ROBERTA MARTINI"),
// a page or column mark ("Column 413", "[[Page S1523]]"), a note that a document is printed
// into the record ("[The information referred to follows:]"). A heading ends the turn above it;
// a page mark falls inside a speech and does not. A heading or a note naming whose statement
// follows ("PREPARED STATEMENT OF HON. DANA HALE", "[The prepared statement of Secretary Hale
// follows:]") opens that person's turn: the statement under it is theirs, printed without a label.
import type { TurnLabel } from './genre.ts';

// Hansard numbers its columns, the Congressional Record its pages, a printed hearing its pages:
// the marks fall anywhere, mid-speech too.
const PAGE_MARK =
  /^(?:col(?:umn)?s?\.?[ \t]*\d{1,5}[A-Z]{0,2}(?:[ \t]*[-–][ \t]*\d{1,5})?|\[{1,2}page[ \t]+[A-Z]?\d{1,6}\]{1,2}|page[ \t]+\d{1,4})$/i;
/** A page or column mark alone on its line: the print's, nobody's words. */
export const isPageMark = (paragraph: string): boolean =>
  paragraph.length < 40 && PAGE_MARK.test(paragraph.trim());

// Capitals, no sentence's end: two words at least, no lower-case letter.
const SENTENCE_END = /[.!?…"”’:;,]$/;
/** A heading in capitals ("STATEMENT OF …", "IN THE CHAIR: …"): the record's structure, not a speaker's sentence. */
export function isCapitalHeading(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line.length > 300 || line.includes('\n') || SENTENCE_END.test(line.replace(/\bD\.?C\.$/, 'DC')))
    return false;
  return !/\p{Ll}/u.test(line) && /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u.test(line);
}

// An event record's heading for the part after the remarks, in any case: "Question and answer
// session (held under the Chatham House Rule)", "Questions and answers", "Q&A", "Summary of the
// discussion". What follows is the record's account, not the last speaker's words.
const SECTION_HEADING =
  /^(?:questions? and answers?|q\s?&\s?a|(?:open |general )?discussion|summary of (?:the )?(?:discussion|debate|questions))(?:\s+session)?(?:\s*\([^()\n]{0,80}\))?$/i;
/** A heading that opens an event record's questions or discussion, ending the remarks before it. */
export const isSectionHeading = (paragraph: string): boolean =>
  paragraph.length <= 120 && SECTION_HEADING.test(paragraph.trim());

// "STATEMENT OF HON. DANA HALE, ASSISTANT SECRETARY …", "Prepared Statement of Hon. Dana Hale",
// "TESTIMONY OF GENERAL ANNA ROSS": the person is up to the first comma.
const STATEMENT_HEADING =
  /^(?:(?:opening|prepared|written|joint)[ \t]+)?(?:statement|testimony)[ \t]+(?:of|by)[ \t]+([^,\n]{3,80}?)(?:,[^\n]*)?$/i;
// "[The prepared statement of Secretary Hale follows:]", "[The statement of Mr. Dahl follows.]"
const STATEMENT_FOLLOWS =
  /^[[(](?:the[ \t]+)?(?:(?:opening|prepared|written)[ \t]+)?(?:statement|testimony)[ \t]+of[ \t]+([^\n\])]{3,80}?)[ \t]+follows?[.:]?[\])]\.?$/i;
// "[The information referred to follows:]": a document printed into the record ends the turn above.
const INSERTED = /^[[(][^\n\])]{3,120}[ \t]follows?[.:]?[\])]\.?$/i;

/** A note that a document follows, printed into the record: it ends the turn above it. */
export const isInsertion = (paragraph: string): boolean => INSERTED.test(paragraph.trim());

/**
 * The turn a heading or a note opens for the statement printed under it, with no label:
 * "PREPARED STATEMENT OF HON. DANA HALE" or "[The prepared statement of Secretary Hale follows:]".
 * Only a heading with no sentence's end, on one line.
 */
export function statementHeading(paragraph: string): TurnLabel | undefined {
  const line = paragraph.trim();
  if (line.includes('\n') || line.length > 300) return undefined;
  const m = STATEMENT_FOLLOWS.exec(line) ?? (SENTENCE_END.test(line) ? null : STATEMENT_HEADING.exec(line));
  if (!m) return undefined;
  // "HON. DANA HALE": "Hon." addresses, as "Mr." does.
  return {
    full: paragraph,
    said: m[1]!,
    question: false,
    name: m[1]!.replace(/^(?:the[ \t]+)?hon\.?[ \t]+/i, ''),
  };
}
