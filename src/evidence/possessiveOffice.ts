// "Dahl's spokesman", "Surin's deputy", "Kostal's office": a person's possessive before an office, an
// aide or a body is someone else speaking for that person, never the person; "Dahl's line", "Dahl's
// words", "Dahl's statement" stay the person's own. Shared by chat openers and the speaker search.

// The possessive and up to two modifiers before the noun ("'s press", "'s chief", "'s own"): only
// modifiers, so "Lind's letter to ministers" is no minister speaking.
const AIDE_AFTER =
  /^['’]s\s+(?:(?:own|chief|deputy|senior|top|principal|special|personal|legal|lead|acting|former|new|foreign|affairs|policy|defen[cs]e|trade|security|national|political|media|communications|press)\s+){0,2}?(?:spokes(?:man|woman|person)|deputy|aide|advis[eo]r|office|team|camp|people|staff|press (?:secretary|service|office)|chief of staff|envoy|negotiator|lawyer|minister|secretary|representative|delegation|ministry|embassy|chancellery)s?(?![\p{L}'’])/iu;

/** The words from `at` (right after a person's name) through the office a possessive opens there, if any. */
export function aideAfter(text: string, at: number): string | undefined {
  if (text[at] !== "'" && text[at] !== '’') return undefined;
  return AIDE_AFTER.exec(text.slice(at, at + 60))?.[0];
}
