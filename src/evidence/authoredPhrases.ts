// The phrases that say who wrote a text, each a part of AUTHORED with the reason it reads a writer.

// The nouns a possessive or copula reading names the text by.
const TEXTS = '(?:map|draft|plan|text|proposal|framework|paper|blueprint|initiative)';
// Words a verb of writing may take as its object: "wrote it", "drew up the text", "penned every line".
const OBJECT = '(?:it|this|them|the|a|an|its|our|their|every|each|most|much|all)';

// "drafted by X"; where it was written may stand before who wrote it ("drafted in Kessel, by our team").
const BY_AGENT = String.raw`\b(?:drawn|drafted|prepared|written|authored|proposed|penned|put together|drawn up|tabled|put forward|(?:put|laid|placed) on the table)\s+(?:(?:in|at) [^,.;]{1,30},?\s+)?(?:(?:jointly|together|solely|only|entirely|exclusively)\s+)?by\b`;
// "the Norland-drafted framework".
const COMPOUND_WRITTEN = String.raw`\b\p{Lu}[\p{L}]+-(?:drafted|written|authored|prepared|penned)\s+(?:[\p{L}-]+\s+)?${TEXTS}\b`;
// "a draft presented by X" (not one X only circulated: a mediator passes on a side's own draft).
const PRESENTED_BY = String.raw`\b${TEXTS}\s+(?:(?:first\s+)?(?:presented|submitted|put forward)(?:\s+\S+){0,3}?)\s+by\b`;
// "X's team prepared it", "the mediators had drafted".
const TEAM_DRAFTED = String.raw`\b(?:team|mediators?|delegation|side|secretariat|ministry|envoy)['’]?s?\s+(?:had\s+|has\s+)?(?:drafted|prepared)\b`;
// "the text is X's own", "the first draft was the mediator's".
const TEXT_IS_OWNERS = String.raw`\b${TEXTS}\s+(?:is|was)\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[\p{L}-]+['’]s?(?=\s*(?:[.,;]|$))`;
// "X wrote it"; not a quotation it introduces, and not "we wrote it in", which puts a point into a
// text and says nothing of who wrote the text.
const WROTE_OBJECT = String.raw`\bwrote\b(?=\s+${OBJECT}\b)(?![^.;]*?[:"“])(?!\s+(?:it|this|them)\s+(?:into\b|in\s*(?:[.,;:!?]|$)))`;
const DREW_UP = String.raw`\b(?:drew up|penned|authored)\b(?=\s+${OBJECT}\b)`;
const AUTHOR_OF = String.raw`\bthe authors? of\b|\bput (?:it )?together\b|\bput forward\b`;
// "is Arvenia's own plan", "was the mediator's text".
const OWN_TEXT = String.raw`['’]s own ${TEXTS}\b|\b(?:is|was|are|were)\s+(?:\w+\s+)?\S+['’]s ${TEXTS}\b`;
// "X's map is" says whose it is before a noun, with or without an adverb ("is now the only
// proposal"), not before a figure or a state, bare or measured ("Norland's map is ready", "is a week late").
const POSSESSIVE_TEXT_IS = String.raw`['’]s ${TEXTS}s? (?:is|was|are|were)\b(?=\s+(?:(?:\p{L}+ly|now|still|also|already)\s+)?(?:the|a|an|one|our|their|its|his|her|my)\b)(?!\s+(?:[\p{L}-]+\s+){0,2}?\d)(?!\s+(?:[\p{L}-]+\s+){1,3}?(?:late|early|overdue|long|short|old|behind|ready|final)\s*(?:[.,;]|$))`;
const OUR_OWN = String.raw`\b(?:our|my) own ${TEXTS}\b`;
// A denial of any share in writing a text: "did not draft a single line", "has not drafted any part of".
const NONE_WRITTEN = String.raw`\b(?:not|never|n['’]t)\s+(?:(?:have|has|had)\s+)?(?:write|wrote|written|draft|drafted|prepare|prepared)(?=\s+(?:a\s+single|one\s+single|a|one|any)\s+(?:line|word|part|clause|comma|sentence|paragraph|provision|article|point)s?\b)`;
// "drafted the first text", "did not write the accord".
const WROTE_THE_TEXT = String.raw`\b(?:drafted|prepared|wrote|(?:not|never|n['’]t)\s+(?:write|draft))(?=\s+(?:the|a|an|its|our|their|this)\s+(?:(?:first|initial|original|opening)\s+)?(?:draft|text|page|agreement|accord|plan|framework)\b)`;

/** Who wrote a text, said any of these ways. */
export const AUTHORED = new RegExp(
  [
    BY_AGENT,
    COMPOUND_WRITTEN,
    PRESENTED_BY,
    TEAM_DRAFTED,
    TEXT_IS_OWNERS,
    WROTE_OBJECT,
    DREW_UP,
    AUTHOR_OF,
    OWN_TEXT,
    POSSESSIVE_TEXT_IS,
    OUR_OWN,
    NONE_WRITTEN,
    WROTE_THE_TEXT,
  ].join('|'),
  'iu',
);
