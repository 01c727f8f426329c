// Where two renderings of one sentence part in substance though their words align: how many
// they speak of, and how far a thing is done. "Not a rifle before the first prisoner is free" and "no weapon until every
// detainee is free" render one sentence (renderings.ts folds the swapped words) and make two
// promises: one waits for a single release, the other for all of them. Quantifiers are read
// here, apart from the words compared, since a translator who turns "the first" into "every"
// keeps every other word. So is degree: "agreed, basically" and "fully agreed" are two claims.

// One of many: "a single", "the first", "only one", "one of".
const ONE = /\b(?:a\s+single|single|the\s+first|only\s+one|one\s+of)\b/i;
// All of them: "every", "all", "each", "everyone".
const ALL = /\b(?:every|all|each|everyone|everybody)\b/i;

const only = (x: RegExp, y: RegExp, text: string) => x.test(text) && !y.test(text);

/**
 * Whether two renderings of one sentence speak of how many in opposite ways: one of one alone
 * ("the first prisoner"), the other of all alone ("every detainee"). Either quantifier in both,
 * or in neither, is no difference.
 */
export function quantityApart(a: string, b: string): boolean {
  return (only(ONE, ALL, a) && only(ALL, ONE, b)) || (only(ALL, ONE, a) && only(ONE, ALL, b));
}

// Done in the main: "basically", "largely", "in principle".
const HEDGED =
  /\b(?:basically|largely|mostly|mainly|almost|nearly|broadly|essentially|in\s+principle|in\s+the\s+main|for\s+the\s+most\s+part|partly|partially)\b/i;
// Done whole: "fully", "word for word", "in full".
const WHOLE =
  /\b(?:fully|completely|entirely|wholly|totally|word\s+for\s+word|in\s+full|in\s+its\s+entirety)\b/i;

/**
 * Whether two renderings of one sentence say a thing is done in the main in one and whole in
 * the other ("largely our text" / "our text, word for word").
 */
export function degreeApart(a: string, b: string): boolean {
  return (
    (only(HEDGED, WHOLE, a) && only(WHOLE, HEDGED, b)) || (only(WHOLE, HEDGED, a) && only(HEDGED, WHOLE, b))
  );
}
