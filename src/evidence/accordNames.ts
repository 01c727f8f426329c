// What parties sign: an accord by any of its names, or the negotiated text ("signed the framework").
// "Compact" names an accord only as a noun, where a preposition, a verb, a time word or the end of
// the phrase follows it: "sign the compact on Friday", "the compact was signed". Before a noun it
// is an adjective or half of a compound ("a compact car", "the compact disc edition").
const COMPACT_NOUN =
  'compact(?=s?(?:[,.;:)—–]|$| (?:of|on|in|at|with|between|for|to|by|and|or|was|were|is|are|has|had|have|will|would|shall|that|which|signed|today|tomorrow|yesterday|this|next|last|later|first)\\b))';
export const AGREEMENT = `(?:accord|agreement|treaty|deal|memorandum|protocol|convention|pact|${COMPACT_NOUN}|armistice|ceasefire|truce|framework|declaration|settlement|arrangement|roadmap|plan|charter)s?`;
