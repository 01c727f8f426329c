// The text a sentence says someone wrote, where it names several: "said that the proposal
// completes what is missing, in reference to the plan presented by Mavunde" gives Mavunde the
// plan, not the proposal. Two authors contradict only on the text each gives its author.

// The noun right before the verb of writing and its "by": "the plan presented by", "a draft
// quietly prepared by".
const GOVERNED = (nouns: string) =>
  new RegExp(
    `\\b(${nouns})s?\\s+(?:(?:that|which)\\s+(?:was|were|had been|has been)\\s+)?(?:[\\p{L}-]+ly\\s+)?(?:presented|submitted|drafted|prepared|written|put forward|tabled|drawn up|authored)\\s+(?:[\\p{L}-]+\\s+){0,2}?by\\b`,
    'iu',
  );

/** The text noun a passage's passive of writing governs, when it names more than one text. */
export function authoredNoun(text: string, nouns: Set<string>): string | undefined {
  if (nouns.size < 2) return undefined;
  const m = GOVERNED([...nouns].join('|')).exec(text);
  return m ? m[1]!.toLowerCase() : undefined;
}
