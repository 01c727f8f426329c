// Who a text came from, said without a verb of writing: "It came from Halvyn", "the original
// language on the dam came from the Belvany delegation", "That clause did not come from us",
// "Article 9 originated in a Velastrian proposal", "this article was born as a Velastrian
// proposal", "Not a word of Point 9 is ours". Speakers and readouts say where a clause came from as
// often as who drafted it, and each contradicts a source naming another author.
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// What a text is called, or a pronoun for the text the sentence before named: the subject of
// "came from". "The delegation came from Kessel" tells of a journey, not of a text, and so does
// "the observers that came from Kessel": "that" after a word is a relative pronoun, not the text.
const TEXT_SUBJECT =
  '(?:it|this|(?<!\\p{L}\\s)that|(?:clause|article|point|paragraph|provision|text|draft|language|wording|formula|map|annex)(?:\\s+that)?)';
// The subject, at most a few words of its own, then the verb of origin, maybe denied.
const CAME_FROM = new RegExp(
  `\\b${TEXT_SUBJECT}\\b(?:\\s+(?:on|of|about|in)\\s+[^,.;:!?]{1,30}?)?\\s+(did\\s+not\\s+|didn['’]t\\s+|does\\s+not\\s+|doesn['’]t\\s+|never\\s+)?(?:came|come|comes|originated|originates|stemmed|stems)\\s+from\\s+([^,.;:!?()]{1,50})`,
  'iu',
);
// A reader's impression of a text's style says what it is like, not where it came from: "reads
// like it came from the defence ministry", "looks as if it came from Kessel".
const LIKENESS =
  /\b(?:reads?|looks?|sounds?|smells?|feels?|seems?)\s+(?:\p{L}+\s+)?(?:like|as if|as though)\s+(?:the\s+|this\s+)?$/iu;
// A text that grew out of one party's: "originated in a Velastrian proposal", "was born as a
// Velastrian proposal", "started life as an Arvenian paper".
const BORN_AS =
  /\b(?:originated|originates|was born|started (?:life|out)|began (?:life|as))\s+(?:in|as|with)?\s*(?:an?|the)\s+(\p{Lu}\p{L}+)\s+(?:proposal|text|draft|idea|paper|initiative)\b/u;
// A speaker denying any share in a text: "Not a word of Point 9 is ours", "none of it is ours".
const NONE_OURS =
  /\b(?:not (?:a|one) (?:single )?(?:word|line|comma|sentence|letter)|none)\s+of\s+[^,.;:!?]{1,40}?\s+(?:is|was|are|were)\s+(?:ours|mine)\b/i;
// The speaker's own side as the origin: "from us", "from our delegation".
const SPEAKER_SIDE = /^(?:us|me|our\b|my\b)/i;

/** The party a phrase names, by name or adjective; undefined where it names none or several. */
function partyOf(phrase: string, p: Passage, roster: Roster): string | undefined {
  if (SPEAKER_SIDE.test(phrase.trim())) return p.kind === 'quote' ? p.speaker?.partyId : undefined;
  const parties = new Set([
    ...entityMentions(phrase, roster).map((e) => e.party),
    ...partiesByAdjective(phrase, roster),
  ]);
  return parties.size === 1 ? [...parties][0] : undefined;
}

/**
 * The party a passage says a text came from, and whether it denies it ("did not come from us"),
 * if it says so in words of origin.
 */
export function originOf(p: Passage, roster: Roster): { party: string; denied: boolean } | undefined {
  const from = CAME_FROM.exec(p.text);
  if (from && LIKENESS.test(p.text.slice(Math.max(0, from.index - 40), from.index))) return undefined;
  const fromParty = from ? partyOf(from[2]!, p, roster) : undefined;
  if (fromParty) return { party: fromParty, denied: from![1] !== undefined };
  const born = BORN_AS.exec(p.text);
  const bornParty = born ? partyOf(born[1]!, p, roster) : undefined;
  if (bornParty) return { party: bornParty, denied: false };
  const ours = p.kind === 'quote' && NONE_OURS.test(p.text) ? p.speaker?.partyId : undefined;
  return ours ? { party: ours, denied: true } : undefined;
}

// The whole text named as what was drafted: "a draft framework drawn up by Selvaro's mediators",
// "the 20-point framework prepared by the facilitation team", "a text proposed by the
// facilitators", "the document, prepared by the envoy's office".
const WHOLE_DRAFTED =
  /\b(?:framework|plan|draft|blueprint|agreement|text|document)\s*,?\s+(?:[\p{L}-]+\s+){0,2}?(?:drawn up|drafted|prepared|written|proposed|put forward|presented|submitted|tabled)\s+by\b/iu;
// A part of it named: "Point 9", "the clause on the dam", "the provisions on the islands", "that
// language". A count of parts ("a revised text of nineteen points", "a 20-point framework") names none.
const PART_NAMED =
  /\b(?:clause|article|point|paragraph|section|provision)\s+(?:\d+|[IVX]+)\b|\b(?:the|this|that|these|those|its|our)\s+(?:[\p{L}-]+\s+)?(?:clause|article|provision|paragraph)s?\b|\b(?:language|wording)\b/iu;
const wholeOnly = (p: Passage) => WHOLE_DRAFTED.test(p.text) && !PART_NAMED.test(p.text);
const partOnly = (p: Passage) => PART_NAMED.test(p.text) && !WHOLE_DRAFTED.test(p.text);

// The text as a whole, by the noun a readout or a wire gives it ("it is the envoy's text", "the
// plan was drafted in the capital"), in a sentence that names no part of it. A count of its parts
// ("a 20-point plan") is its size, not a part.
const TEXT_NOUN = /\b(?:framework|plan|blueprint|text|document|draft)\b/i;
const ANY_PART = /\b(?:clause|article|point|paragraph|section|provision|annex|language|wording)s?\b/i;
const SIZE_OF_PARTS = /\b[\p{L}\d]+-(?:point|article|clause)\b/giu;
// "Clause 9? It's our text.": a text that "it" goes back to a part for is that part.
const wholeByName = (p: Passage) =>
  TEXT_NOUN.test(p.text) &&
  !ANY_PART.test(p.text.replace(SIZE_OF_PARTS, '')) &&
  !p.antecedents?.some((s) => ONE_PART.test(s));
// One part pointed at: "Article 4", "Annex II", "the water clause", "this provision".
const ONE_PART =
  /\b(?:clause|article|point|paragraph|section|provision|annex)\s+(?:\d+|[IVX]+)\b|\b(?:the|this|that|these|those|its|our)\s+(?:[\p{L}-]+\s+)?(?:clause|article|provision|paragraph|annex)(?:es|s)?\b/iu;
// The part is what the sentence says was written, owned or came from somewhere: "Article 4 was
// written by", "Point 9 is ours", "the clause on the dam came from us", "Clause 9 is the Dalvish
// clause". A part only mentioned is not: "the plan, with its annex, was drafted by" names the whole
// text as what was drafted, and "the article on the plan said" is a news article.
const AUTHORED =
  "(?:drafted|written|prepared|proposed|drawn\\s+up|authored|put\\s+forward|presented|submitted|tabled|inserted|added|introduced|ours|theirs|mine|(?:an?|the)\\s+[\\p{L}-]+\\s+(?:clause|text|proposal|idea)|(?:our|their|his|her|(?:the\\s+)?[\\p{L}-]+['’]s?)\\s+(?:text|work|idea|language|wording|proposal)|(?:came|come|comes|originated|originates|stemmed|stems)\\s+(?:from|in)|(?:did|does)\\s+not\\s+come|(?:didn|doesn)['’]t\\s+come)\\b";
// Who said so, set between the part and its verb: "Article 6, an aide said, was written by".
const SAID_BETWEEN =
  "(?:\\s*,\\s*(?:[\\p{L}'’-]+\\s+){1,3}(?:said|says|say|told|added|insisted|noted|claimed)\\s*,)";
const PART_AS_SUBJECT = new RegExp(
  `(?:${ONE_PART.source})(?:\\s+(?:of|on|in|about|for)(?:\\s+[\\p{L}\\d'’-]+){1,3})?${SAID_BETWEEN}?\\s+(?:(?:was|were|is|are|has|have|had|will|would)\\s+(?:(?:not|never|been|be|also|originally|first|entirely|largely|all)\\s+){0,3})?${AUTHORED}`,
  'iu',
);
// "Clause 9? It's our text.": the text "it" goes back to is the part its sentence before named.
const partByName = (p: Passage) =>
  PART_AS_SUBJECT.test(p.text) || (p.antecedents?.some((s) => ONE_PART.test(s)) ?? false);

/**
 * Whether one passage says who drafted the whole text and the other who wrote a part of it: "a
 * draft framework drawn up by Selvaro's mediators" and "Not a word of Point 9 is ours" are about
 * two texts, however alike their authors. So are "it is the envoy's text" and "Article 4 was
 * written in the capital": a text's parts are drafted by others round the table.
 */
export const wholeAndPart = (a: Passage, b: Passage): boolean =>
  (wholeOnly(a) && partOnly(b)) ||
  (wholeOnly(b) && partOnly(a)) ||
  (wholeByName(a) && partByName(b)) ||
  (wholeByName(b) && partByName(a));
