// Words of a text's stage ("signed", "the signing") that tell no stage this text reached
// (textStages.ts): a signing given as the time or condition of something else ("the day after
// the signing", "within 30 days of the text being signed", "as soon as the chapter is signed",
// "will decide after the signing", "wants it signed by Friday"), a rule of any text, told of an
// indefinite or bare subject ("a truce is signed by equals", "nothing is signed until …",
// "peace is not signed on one day"), and the phrasal "signed off on" (approved, no stage).
// Set against a stage told, such words agree or contradict nothing.

// Before a noun of the stage ("after the signing"): a span measured from it ("the day after",
// "shortly after"), or a modal earlier in its clause ("will decide after the signing").
const SPAN_BEFORE =
  /\b(?:days?|hours?|weeks?|months?|years?|immediately|shortly|soon|right|straight|directly)\s+$/i;
const MODAL = /\b(?:will|would|shall|should|must|can|could|may|might)\b|['’]ll\b/i;

// Before a past form: a condition in the present ("as soon as the chapter is signed", "after
// it is ratified"), a signing as a span's start ("within 30 days of the statute being signed"),
// or a wish ("wants the settlement signed by 20 April").
const CONDITION_BEFORE =
  /\b(?:as soon as|the moment|after|once|when|whenever|if|unless|until|provided(?: that)?)\s+(?:[\w'’-]+\s+){0,5}(?:is|are|gets?|has been|have been)\s+(?:\w+\s+)?$/i;
const BEING_BEFORE = /\b(?:of|within|after|upon|on|before|from)\s+(?:[\w'’-]+\s+){0,5}being\s+$/i;
const WISH_BEFORE =
  /\b(?:wants?|wanted|wish(?:es|ed)?|hopes? to see|expects?|expected|needs?|needed|would like)\s+(?:[\w'’-]+\s+){1,4}$/i;

// A rule of any text: an indefinite or negative subject opening its clause before "is/are"
// ("A statute of the republic is signed first by …", "Nothing is signed until …"), or a bare
// noun opening the sentence ("Peace is not signed on one day"). A pronoun ("It is signed") or
// a name stands for one text or party and is not a rule.
const INDEFINITE_RULE =
  /(?:^|[,;:—–]\s*|\b(?:and|but|or|because)\s+)(?:a|an|any|every|each|no|nothing|none)\b(?:\s+[\w'’-]+){0,5}?\s+(?:is|are|gets?)\s+(?:(?:not|never|only|first|yet|always)\s+)*$/i;
const BARE_RULE = /^\s*([A-Z][a-z]+)\s+(?:is|are)\s+(?:(?:not|never|only|always)\s+)*$/;
const PRONOUNS = new Set(['It', 'This', 'That', 'Everything', 'All', 'Which', 'What', 'Nothing']);

const PHRASAL_AFTER = /^\s+off\b/i;

/** Whether the stage's noun at `at` ("after the signing") gives a time, not a stage reached. */
export function nounAsTime(text: string, at: number, clauseStart: number): boolean {
  return SPAN_BEFORE.test(text.slice(Math.max(0, at - 20), at)) || MODAL.test(text.slice(clauseStart, at));
}

/** Whether the stage's past form at `at` (of `length`) tells no stage this text reached. */
export function pastFormUntold(text: string, at: number, length: number, clauseStart: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  if (CONDITION_BEFORE.test(before) || BEING_BEFORE.test(before) || WISH_BEFORE.test(before)) return true;
  if (PHRASAL_AFTER.test(text.slice(at + length, at + length + 6))) return true;
  return ruleOfAnyText(text.slice(clauseStart, at));
}

/** Whether a clause, up to a stage's past form, opens a rule of any text. */
export function ruleOfAnyText(clause: string): boolean {
  if (INDEFINITE_RULE.test(clause)) return true;
  const bare = BARE_RULE.exec(clause);
  return bare !== null && !PRONOUNS.has(bare[1]!);
}
