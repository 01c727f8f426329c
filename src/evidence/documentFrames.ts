// The frame of a document, not its content: a dateline ("Lorne | 3 December 2025",
// "December 3, 2025, Lorne", "Velmar, Tuesday 9 December 2025"), a contact footer, a greeting.
const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}:\d{2}|(?:am|pm|utc|gmt)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?)$/i;
const FOOTER =
  /^(?:for (?:further|more) information|(?:media |press )?contacts?\b|press office\b|-?ends-?$|#{3})/i;
const GREETING =
  /^(?:good (?:morning|afternoon|evening|day)|thank you|thanks|hello|welcome|ladies and gentlemen)\b/i;

/** Whether a line is a document's dateline, contact footer or greeting. */
export function isFrame(text: string): boolean {
  const line = text.replace(/^[^:]{1,40}:\s+/, '').trim();
  if (FOOTER.test(line)) return true;
  const words = line.split(/[\s,|•·–—\-()/.]+/).filter(Boolean);
  if (GREETING.test(line) && words.length <= 8) return true;
  if (words.length === 0 || words.length > 8) return false;
  const rest = words.filter((w) => !DATE_WORD.test(w));
  // Bare figures are no date: "Ayes 112, Noes 61, Abstentions 9" is a division's tally.
  const dated = words.some((w) => DATE_WORD.test(w) && !/^\d{1,3}$/.test(w));
  return dated && rest.length <= 3 && rest.every((w) => /^\p{Lu}/u.test(w));
}
