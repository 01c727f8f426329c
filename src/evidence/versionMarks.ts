// A text's size told of the version it is: the revised one ("the revised text ... has 13 points",
// "had shrunk to eleven points") or an earlier one, told by what befell it ("printed an 18-point
// draft", "the 18-point document, published on Wednesday", "it replaces the twelve-point plan").
// A leaked or replaced version's size and the revised text's are two versions' sizes, not two
// accounts of one; two sizes of the same mark (both leaked, both revised) stay one thing.

const LATER =
  /\b(?:revised|updated|amended|latest|new)\s+(?:[\p{L}-]+\s+){0,2}?(?:text|draft|plan|document|version|proposal|framework)s?\b|\b(?:shrunk|shrank|grown|grew|cut|trimmed|reduced|pared|down)\s+to\s+$/iu;
const EARLIER = /\b(?:leak(?:ed|s)?|print(?:ed|s)?|publish(?:ed|es)?)\b/i;
// What a text replaces is its earlier version: "it replaces the twelve-point plan", "the revised
// document replaces a draft of 20 points" (the revised text is the subject; the count is the object's).
const REPLACED =
  /\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:the|an?|its)\s+(?:(?:[\p{L}-]+\s+){1,2}of\s+)?$/iu;
// A sentence told from a leaked copy tells the leaked version's size wherever it names its source:
// "a draft plan ... contains 21 points ..., according to a copy leaked to the Herald".
const FROM_LEAKED_COPY =
  /\baccording to (?:a|the) (?:leaked (?:copy|version|draft|text)|(?:copy|version|draft|text)\b[^.;]{0,25}\bleaked)\b/i;
// What a round started with is the earlier size: "we started the week with eighteen points".
const STARTED = /\b(?:started|began|begun|opened)\s+(?:[\p{L}-]+\s+){0,3}?with\s+$/iu;

/**
 * Which version a size is told of, where its clause marks one and only one; the object of
 * "replaces" is the earlier whatever its clause says, and a sentence told from a leaked copy the earlier.
 */
export function versionMark(
  clause: string,
  beforeFigure: string,
  sentence = '',
): 'later' | 'earlier' | undefined {
  if (REPLACED.test(beforeFigure)) return 'earlier';
  const later = LATER.test(clause) || LATER.test(beforeFigure);
  if (!later && FROM_LEAKED_COPY.test(sentence)) return 'earlier';
  const earlier = EARLIER.test(clause) || STARTED.test(beforeFigure);
  return later === earlier ? undefined : later ? 'later' : 'earlier';
}
