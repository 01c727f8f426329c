// Periods that set no deadline. A standing duty counts its period afresh from each occurrence of
// something ("notify each other of any serious incident within 72 hours", "a hotline to be
// answered within one hour"): no day falls due. A period fronted in narration is time that had
// passed ("Within a week the draft had shrunk", "Within an hour the envoy was telling reporters"), and
// a day so fronted is when something had already happened ("By 1 May the mediator had tabled a plan").
// A one-off act set a period ("share the lists within ten days") stays a deadline.

// What recurs: "any/every/each" of a kind, or a mishap told as what is reported or as a condition
// ("inform one another of a collision", "report a serious incident", "in the event of a breach").
// A mishap named otherwise is one that happened ("its findings on a shooting incident within ten
// days"): a one-off act about it, which sets a deadline.
const MISHAP = '(?:[\\w-]+ ){0,2}(?:incident|violation|breach|accident|collision|clash|emergency)';
const EACH_OCCURRENCE = new RegExp(
  `\\b(?:(?:any|every|each) (?:[\\w-]+ ){0,2}(?:incidents?|violations?|breach(?:es)?|requests?|alerts?|complaints?|accidents?|collisions?|clash(?:es)?|emergenc(?:y|ies))|(?:(?:(?:report|inform|alert|warn)(?:s|ed|ing)?|notif(?:y|ies|ied|ying))(?: (?!on\\b|into\\b|about\\b)[\\w-]+){0,3}? (?:of )?|in (?:the )?(?:event|case) of |(?:if|whenever|should) )an? ${MISHAP})\\b`,
  'i',
);
// A response time: "to be answered within", "must be acknowledged within".
const RESPONSE_TIME = /\b(?:answered|acknowledged|picked up|responded to)\s*$/i;
// What a clause says before its period, back to the clause's start or at most this far.
const REACH = 160;
// A past perfect or past progressive after the fronted period (a long subject between): "had
// shrunk", "were telling".
// Not "had to answer" (owed) nor "were being asked", "was going to" (still to come), nor what was
// expected or planned by the day ("were expecting to sign", "had hoped to close"): the day is the
// target, a limit.
const AWAITED =
  '(?:(?:expect|anticipat|plann|prepar|hop|aim|intend|schedul)(?:ed|ing) to|(?:expect|anticipat|await)ing)\\b';
const ELAPSED = new RegExp(
  `^[^.;:]{0,120}?\\b(?:had (?!to\\b|(?:been |already )?${AWAITED})(?:been |already )?[a-z]+|(?:was|were) (?!being\\b|going\\b|${AWAITED})[a-z]+ing)\\b`,
  'i',
);
const MODAL = /\b(?:will|would|must|shall|should|is to|are to|to be)\b/i;

/** Whether the "within" period or "by" day at `at` is a standing duty's or told in narration, not a limit. */
export function setsNoLimit(sentence: string, at: number): boolean {
  const rest = sentence.slice(at);
  const by = /^by\b/i.test(rest);
  if (!by && !/^within\b/i.test(rest)) return false;
  const before = sentence.slice(Math.max(0, at - REACH), at);
  const clause = before.slice(before.search(/[^;:\n•]*$/));
  if (!by && (RESPONSE_TIME.test(clause) || EACH_OCCURRENCE.test(clause))) return true;
  if (/^within [^.;:,]{1,40}? (?:of|after|following) (?:any|each|every) /i.test(rest)) return true;
  // Fronted: nothing but a quote mark or a bullet before it in the sentence, or a conjunction
  // after a clause so told ("By Friday the envoy was pressing, and by Saturday the text was out").
  const after = rest.slice(rest.search(/\s/));
  const fronted = /^[\s"“'‘•*-]*$|,\s*(?:and|but)\s+$/i.test(sentence.slice(0, at));
  const told = fronted ? ELAPSED.exec(after) : null;
  return told !== null && !MODAL.test(told[0]);
}
