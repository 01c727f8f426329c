// "Minister Rasyidah stated that she had spoken by telephone with Worachai", "Dubenko told
// reporters that he had met the envoy twice": a that-clause led by "he" or "she" tells of the
// one who says it, so the sayer stands at the event. The reporting verb and its audience
// ("told Dahl that") are left out: the one told is not thereby at it.

// "he had", "she would", "he personally": a third-person singular subject.
const PRONOUN_LED = /^\s*(?:he|she)\b/i;

/**
 * The words of a reported clause whose people are the event's: the that-clause, with the
 * reporting clause before it where the that-clause's subject is "he" or "she" (the sayer).
 * `says` is the reporting verb's match ("stated that", "told reporters that").
 */
export function withSayer(clause: string, says: { index: number; 0: string }): string {
  const rest = clause.slice(says.index + says[0].length);
  return PRONOUN_LED.test(rest) ? `${clause.slice(0, says.index)} ${rest}` : rest;
}
