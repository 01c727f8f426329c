// The lines a page sets under a record's last turn, which end the turn however the record is labelled:
// the page's copyright notice ("Copyright © 2031 … All rights reserved.", "All rights reserved ©
// …") and a meeting tool's own line when the recording or the transcription is stopped ("Recording
// stopped.", "Transcription ended"). Only a paragraph that opens with the notice is one: "…, with all
// rights reserved." ends a speaker's sentence, not the record.
// The UN's and its agencies' line under a briefing or a meetings coverage: "For information media. Not an official record."
const PAGE_TRAILER =
  /^(?:for information media\b|not an official record\b|copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|\p{Lu})|\(c\)\s*\d{4}|all rights reserved\b|(?:the\s+)?(?:recording|transcription|meeting recording)\s+(?:has\s+)?(?:stopped|ended|finished)\.?$)/iu;
// A notice is short: a speaker's long paragraph is never searched for one.
const NOTICE_LENGTH = 400;

/** Whether a paragraph is a page's trailer under a record (see above). */
export const isPageTrailer = (paragraph: string): boolean =>
  paragraph.length <= NOTICE_LENGTH && PAGE_TRAILER.test(paragraph);

// A rule alone on its line ("---", "___", "===", a record's row of asterisks "*****"): it parts a page's footer from the record, and as
// often the parts of one long answer, so it is nobody's words and ends no turn by itself.
const RULE = /^(?:[-–—_=]{2,}|\*{4,})$/;

/** Whether a paragraph is a rule (see above). */
export const isRule = (paragraph: string): boolean => RULE.test(paragraph);

// A meeting tool's notice between turns, its clock before it: "00:02:03 Ada Lind joined the meeting.",
// "Per Holm left the call". The tool's line, nobody's words: it parts the turns a paragraph runs together.
const TOOL_NOTICE =
  /^(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}[ \t]+(?:has[ \t]+)?(?:joined|left)[ \t]+the[ \t]+(?:meeting|call|conference)\.?$/u;

/** Whether a line is a meeting tool's notice that someone joined or left (see above). */
export const isToolNotice = (line: string): boolean => TOOL_NOTICE.test(line);
