// A count of what is still open ("two points are still open", "the three outstanding clauses",
// "four issues remain") counts a part of a text or an agenda, the part not yet agreed, not its
// size: "two points still open" says nothing against "all 14 points". Two counts of what is open
// still disagree ("two points remain open" / "three points remain open"). Only openness is read:
// a count said agreed may be the whole ("the 14 points were agreed"), and is left as it was.

// Words of a part not yet agreed, right before the number or between it and its noun ("the
// remaining two points", "two outstanding points").
const OPEN_ADJECTIVE =
  'remaining|outstanding|open|unresolved|pending|undecided|disputed|contested|unsettled|bracketed';
const OPEN_BEFORE = new RegExp(`\\b(?:${OPEN_ADJECTIVE}|still[- ]open)\\s+$`, 'i');
const OPEN_BETWEEN = new RegExp(`\\b(?:${OPEN_ADJECTIVE})\\b`, 'i');
// Said after the noun, in its clause: "points (are) still open", "points left to agree",
// "clauses still in brackets", "issues yet to be settled" (not "crossings open to traffic"); or
// "Four issues remain, the map and the corridor", "two points are left." — said alone, what
// remains is what is still to agree ("remain in detention", "remain valid" say another thing).
const OPEN_AFTER =
  /^\s*(?:(?:of|in|on) (?:the |this |that |its |their )?[\p{L}-]+\s+)?(?:(?:is|are|were|was|remain(?:s|ed)?|stay(?:s|ed)?)\s+)?(?:still\s+|yet\s+)?(?:open|outstanding|unresolved|pending|undecided|disputed|in dispute|unsettled|in brackets|bracketed|under (?:discussion|negotiation)|to be (?:agreed|settled|resolved|finali[sz]ed|negotiated)|left (?:open|to (?:agree|settle|resolve|negotiate)))\b(?!\s+(?:to|for|from|at|on|daily|until|between)\b)|^\s*(?:(?:of|in|on) (?:the |this |that |its |their )?[\p{L}-]+\s+)?(?:remain(?:s|ed)?|(?:are|is) left)(?=\s*(?:[,.;:—–]|$))/iu;

/**
 * Whether the count in `sentence` at `start` (its noun between `nounStart` and `end`) is of what
 * is still open. A count preceded by "of" ("a text of 14 points") is the size of what it follows.
 */
export function countsOpen(sentence: string, start: number, nounStart: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (/\bof\s+$/i.test(before)) return false;
  return (
    OPEN_BEFORE.test(before) ||
    OPEN_BETWEEN.test(sentence.slice(start, nounStart)) ||
    OPEN_AFTER.test(sentence.slice(end, end + 60))
  );
}
