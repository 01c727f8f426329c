// A parliament's written answer to a member's question is printed under a heading, not a colon
// label: "ANSWER" (or "REPLY"), the answering office on its own line, its holder in brackets on the
// next ("THE MINISTER OF STATE FOR TRADE" over "(SHRI RAVI NAIR)"). The holder speaks the answer
// that follows; without the heading the asker's turn ran on over it.
import { TITLE_WORDS } from './lexicon.ts';
import type { TurnLabel } from './turnLabels.ts';

// A copy may set each of the three lines as a paragraph of its own: the heading is read over them.
const WRITTEN_ANSWER =
  /^(?:ANSWER|Answer|REPLY|Reply)[ \t]*\n[ \t\n]{0,8}((?:THE|The)[ \t]+[^\n().]{3,150}?)[ \t]*\n[ \t\n]{0,8}\(([^()\n]{3,60})\)[ \t]*(?=\n|$)/;
const HEADING_START = /^(?:ANSWER|Answer|REPLY|Reply)[ \t]*(?:\n|$)/;

const isOffice = (line: string): boolean =>
  line
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => w !== 'general' && TITLE_WORDS.has(w));

/**
 * The label of a written answer's heading opening `rest` (the text from a paragraph's start on,
 * the heading perhaps over several paragraphs): the bracketed holder its name, the office as said.
 */
export function writtenAnswerLabel(rest: string): TurnLabel | undefined {
  if (!HEADING_START.test(rest)) return undefined;
  const m = WRITTEN_ANSWER.exec(rest.slice(0, 400));
  // The line under the heading names an office ("THE MINISTER OF …"), not a sentence of the answer.
  return m && isOffice(m[1]!) ? { full: m[0], said: m[1]!, question: false, name: m[2]! } : undefined;
}
