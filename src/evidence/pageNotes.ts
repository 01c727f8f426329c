// Notes about a text rather than its report: a paper's correction ("Correction, 14 March: an earlier
// version of this article said …") and editor's note, a text's note on itself ("This readout is not
// a verbatim record", "This communiqué is issued in three languages"), a pointer to other coverage
// ("Read more in our live blog of the talks"), a video call's joining details and a release's
// enquiries line. The meetings and talks they name are the ones the body reports, or another page's:
// no event of their own. A post's "Correction for the record: …" is its author's own word, and stays read.

const NOTE =
  /^\W*(?:(?:correction|clarification)(?:,[^:\n]{0,40})?:|editor['’]s note\b|read (?:more|also)\b|more on this\b|(?:meeting id|passcode|dial-in|join (?:by|via) (?:phone|video))\b|this (?:joint )?(?:readout|summary|record|account|transcript|communiqu[eé]|statement|declaration|(?:press )?release) (?:reflects|(?:is|has been) (?:provided|issued|(?:also )?available|not|edited|abridged|translated))\b|[^.\n]{0,40}\b(?:inquiries|enquiries)\b[^.\n]{0,60}\bby (?:phone|telephone|e-?mail)\b)/i;

/** True when a sentence is a note about the text, a pointer to another or its contact furniture. */
export const isPageNote = (sentence: string): boolean => NOTE.test(sentence);
