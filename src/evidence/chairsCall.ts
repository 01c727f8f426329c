// A chair giving a member the floor: "Senator Lind, you have the call", "Senator Lind has the call".
// A committee or chamber record says so of whoever may speak next; it is no telephone call.

const FLOOR =
  /\b(?:you|senator\s+\p{Lu}[\p{L}'-]+|(?:the )?(?:honourable |honorable )?(?:member|gentleman|gentlewoman|lady)(?: for \p{Lu}[\p{L}'-]+)?)\s+(?:have|has|had)\s+the call\b(?!\s+(?:with|between|from|to)\b)/iu;

/** True when the sentence gives someone the floor in the words of a chamber's chair. */
export const givesTheFloor = (sentence: string): boolean => FLOOR.test(sentence);
