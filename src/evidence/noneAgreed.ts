// Denials that name what is not agreed: "no order of signatures has been agreed", "no date was
// fixed", "neither the date nor the place was fixed", "it has not been discussed, let alone
// agreed", "the annex has not been signed off".
// Each holds "agreed" or "settled" in positive form, so status.ts read them as final.

// "No" then the thing (a few words, no article: "no doubt the text has been agreed" affirms),
// then a passive of settling it.
// The match is the status words only: what the "no" is of stays before it, as its subject. The
// verb is looked for first: a look behind tried at every word is slow.
const NO_THING_SETTLED = String.raw`(?=(?:has|have|had|is|are|was|were) )(?<=\bno (?!(?:doubt|question|wonder|sooner|longer|matter|one|way|less|more)\b)[\p{L}-]+(?: (?!(?:it|its|their|our|but|and|or|which|that|said|says|say|thinks?|believes?|claims?)\b)[\p{L}-]+){0,4} )(?:(?:has|have|had) (?:yet |so far |ever )?been|is|are|was|were) (?:yet |so far |formally )?(?:agreed|settled|decided|fixed|finali[sz]ed|approved|signed off)\b`;
// "Neither the date nor the place has been agreed": both things denied, as "no" denies one.
const NEITHER_SETTLED = String.raw`(?=(?:has|have|had|is|are|was|were) )(?<=\bneither [\p{L}-]+(?: [\p{L}-]+){0,4} nor [\p{L}-]+(?: [\p{L}-]+){0,4} )(?:(?:has|have|had) (?:yet |so far |ever )?been|is|are|was|were) (?:yet |so far |formally )?(?:agreed|settled|decided|fixed|finali[sz]ed|approved|signed off)\b`;
// "Not discussed, let alone agreed": the lesser step denied, the status with it.
const LET_ALONE = String.raw`\b(?:let alone|much less|still less|never mind) (?:been )?(?:agreed|settled|decided|finali[sz]ed|approved|signed off)\b`;
// "Has not been signed off", "was never signed off".
const NOT_SIGNED_OFF = String.raw`\b(?:not|never) (?:yet )?(?:been )?signed off\b`;

/** The denials above, as one regex source (unicode flag needed). */
export const NONE_AGREED = `${NO_THING_SETTLED}|${NEITHER_SETTLED}|${LET_ALONE}|${NOT_SIGNED_OFF}`;
