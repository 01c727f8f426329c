// A header's field whose value is a day, with its time perhaps ("Broadcast: Sunday 5 April 2031",
// "Recorded: March 4, 2031, 14:00 CET", "Aired: 04.03.2031"): a turn's words run on as a sentence.
const DATE_ONLY =
  /^(?:\p{L}+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?)?\.?\s*$/iu;
// A page's or a tool's stamp in figures to the minute or the second is the whole field: a zone, the
// exporting account or more fields after a bar may follow ("Saved: 2031-04-02 09:15:30 / Edited: …",
// "Exported: 02/04/2031 09:15 (UTC+2) by ada.lind"). A witness's answer may open on the same
// figures ("Vik: 2031-03-03 at 04:10 is the time in the log."), so words after them make a turn.
const STAMP = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?`;
const FIGURES_STAMP = new RegExp(
  String.raw`^${STAMP}(?:[ \t]*(?:\(UTC[+-]\d{1,2}(?::?\d{2})?\)|\p{Lu}{2,5}))?(?:[ \t]+by[ \t]+[\w@-]+(?:\.[\w@-]+)*)?(?:[ \t]*[/|·][ \t]*[\p{L} ]{1,20}:[^/|·\n]{0,40})*\s*$`,
  'u',
);

/** Whether a label's words (their first line) are a day or a stamp and nothing more: a head's field, no turn. */
export const isStampValue = (value: string): boolean => DATE_ONLY.test(value) || FIGURES_STAMP.test(value);
