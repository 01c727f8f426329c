// A release's kind heading: "PRESS STATEMENT", "COMMUNIQUÉ", "STATEMENT | 16 March", a record's
// "MINISTERIAL STATEMENT". It names the form of the text it heads, the way a page's category does,
// not a statement the text reports: the document is not an event of its own. A joint statement is
// left alone: one text the parties agreed is an act of theirs, and other sources report it as one.

// The kind, with at most the issuer's generic word, then only a number, a day or a place after a
// separator: "Statement No. 212 · 4 May", "[Opening Statement]".
const KIND_HEADING =
  /^[\s[(]*(?:(?:press|media|news|final|forum|ministerial|opening|closing|chair(?:man|woman|person)?['’]s)\s+)?(?:statement|communiqu[eé])[\s\])]*(?:no\.?\s*\d+\s*)?(?:[|·•–—]\s*[^\n]*)?$/i;

/** True when a sentence is nothing but a heading naming the kind of release it heads. */
export const namesOwnKind = (sentence: string): boolean =>
  sentence.length < 120 && KIND_HEADING.test(sentence.trim());
