// The lines a page sets under a record's last turn, which end the turn however the record is labelled:
// the page's copyright notice ("Copyright © 2031 …", "… All rights reserved."), a rule parting the
// record from the page's footer ("---", "--", "___"), and a meeting tool's own line when the recording
// or the transcription is stopped ("Recording stopped.", "Transcription ended").
const PAGE_TRAILER =
  /^(?:copyright\s*(?:©|\(c\)|\d{4})|©\s*(?:\d{4}|\p{Lu})|\(c\)\s*\d{4}|[-–—_=]{2,}$|(?:the\s+)?(?:recording|transcription|meeting recording)\s+(?:has\s+)?(?:stopped|ended|finished)\.?$)|\ball rights reserved\.?\s*$/iu;
// A notice is short: a speaker's long paragraph is never searched for one.
const NOTICE_LENGTH = 400;

/** Whether a paragraph is a page's trailer under a record (see above). */
export const isPageTrailer = (paragraph: string): boolean =>
  paragraph.length <= NOTICE_LENGTH && PAGE_TRAILER.test(paragraph);
