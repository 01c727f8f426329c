// Words of a text's state ("agreed", "final", "signed", "initialled") that assert no state of the
// text: a rule of any text ("whatever is signed must hold", "it is signed when the guns are
// quiet"), a denial of a manner, not of the act ("not signed in haste", "not signed with a pen
// only"), a question put in a briefing's record ("Q - The minister says the text is not final?"),
// another's claim put as a condition ("if someone says it was agreed"), or a question embedded in
// the sentence ("whether the text is final"). Set against a state
// told, they contradict nothing. ("Nothing is final until …" stays open: partialStatus.test.ts.)

// A question line of a briefing or hearing record: "Q -", "Q:", "QUESTION:", "Q 3 -". (The number's
// spaces and the label's are one run read once: "\s*\d*\s*" split a long run of spaces every way.)
const QUESTION_LINE = /^\s*(?:Q|QUESTION|Question)(?:\s*\d+)?\s*[-–—:.]\s/;
// The answer given on the question's own line, after its question mark: "Q - has the text been
// signed? a - yes, it was signed on Monday" (one sentence: no capital opens the answer).
/** Where the question of a question line ends: after its last question mark, else at the line's end. */
function questionEnd(text: string): number {
  const asked = text.lastIndexOf('?');
  return asked === -1 ? text.length : asked + 1;
}
// Another's claim put as a condition: "if someone says it was agreed", "if anyone tells you".
const IF_SAID =
  /\b(?:if|when)\s+(?:someone|somebody|anyone|anybody|they|people|some|others)\s+(?:says?|claims?|tells?(?:\s+you)?|writes?|insists?)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}$/i;
// An embedded question: "whether the text is final", "asked whether it had been agreed" (within
// its clause: a comma ends it, and what follows may answer it).
const WHETHER_BEFORE = /\bwhether\s+(?:[\w'’-]+\s+){0,6}$/i;
// A manner denied, the act not: "not signed in haste", "not signed with a pen only".
const MANNER_AFTER =
  /^\s*(?:only\s+|just\s+|merely\s+)?(?:in (?:haste|a hurry|a rush|secret|a day)|hastily|lightly|easily|with (?:a |the )?(?:pen|ink)|on paper|for (?:show|the cameras)|under (?:pressure|duress)|at gunpoint|by (?:force|decree))\b/i;
const DENIED_BEFORE = /\b(?:not|never)\b(?:\s+(?:yet|been|be|being|even))*\s*$/i;
// A rule of any text: "whatever is signed", "anything that gets signed" ("what is agreed is the
// first chapter" says what is agreed).
const ANY_TEXT_BEFORE = /\b(?:whatever|anything)\s+(?:that\s+)?(?:is|gets|are)\s+(?:\w+\s+)?$/i;
// The present of a condition: "it is signed when the guns are quiet", "peace is agreed once …".
const RULE_BEFORE = /\b(?:is|are)\s+(?:only\s+)?$/i;
const CONDITION_AFTER = /^\s*(?:only\s+)?(?:when|once|if|after)\b/i;

/**
 * Whether the state word at `at` (of length `length`) in `text` asserts nothing of the text's
 * state.
 */
export function unassertedState(text: string, at: number, length: number): boolean {
  if (QUESTION_LINE.test(text) && at < questionEnd(text)) return true;
  const before = text.slice(Math.max(0, at - 60), at);
  const said = text.slice(at, at + length);
  const after = text.slice(at + length, at + length + 50);
  if (IF_SAID.test(before) || WHETHER_BEFORE.test(before)) return true;
  if ((DENIED_BEFORE.test(before) || /\bnot\b/i.test(said)) && MANNER_AFTER.test(after)) return true;
  if (ANY_TEXT_BEFORE.test(before)) return true;
  return RULE_BEFORE.test(before) && CONDITION_AFTER.test(after);
}
