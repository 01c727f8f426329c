// Who wrote one numbered provision against who wrote the text: "Point 12 was written by our team
// in Eskvik" says nothing against "a 27-point framework, prepared by the Envoy's team" (a text's parts
// are drafted by others round the table), only against a word on the whole text that leaves no
// part to anyone else ("entirely our own work", "every line of it"). And "who wrote this plan",
// asked, names no author.
import type { Passage } from './passages.ts';
import { provisionNumbers } from './provisionNumbers.ts';

// Words that claim the whole text, every part of it.
const WHOLE =
  /\b(?:entirely|wholly|completely|every (?:line|word|point|clause|sentence|comma)|all of it|each (?:line|word|point)|from (?:start|beginning) to (?:finish|end)|from top to bottom|in (?:its )?full)\b/i;
// The whole text named as such, by its size: "a 27-point document prepared by", "a text of 19
// points put forward by". A bare "it" or "that language" may stand for the provision itself.
const WHOLE_NAMED =
  /\b[\p{L}\d]+-(?:point|article|clause) (?:[\p{L}-]+ )?(?:texts?|drafts?|frameworks?|documents?|plans?|papers?|proposals?)\b|\b(?:texts?|drafts?|frameworks?|documents?|plans?|papers?) of [\p{L}\d-]+ (?:points|articles|clauses)\b/iu;
// An author asked for, not named: "who wrote this plan", "asked who drafted it". Its "who" opens
// its sentence or its question, or follows a verb of asking or knowing; not the relative "the envoy
// who drafted it", "Norland, who wrote every line", "it was Tarsk who wrote it" (an author named).
const ASKED =
  /(?:^|[.?!:;"“‘(—–-]\s*|\b(?:asked|asks|ask|asking|wonder(?:s|ed|ing)?|know|knows|knew|unclear|unknown|say|says|said|tell (?:us|me|them)|as to|question of)\s+)who (?:wrote|drafted|authored|penned|drew up|is the author|was the author)\b/i;

/** Whether one passage names the writer of a numbered provision and the other of the text as a whole (not all of it). */
function partAgainstWhole(part: Passage, whole: Passage): boolean {
  return (
    provisionNumbers(part).size > 0 &&
    provisionNumbers(whole).size === 0 &&
    WHOLE_NAMED.test(whole.text) &&
    !WHOLE.test(whole.text)
  );
}

/** Whether two authors read from two passages are of a part and of the whole text, or one is only asked for. */
export function partAuthors(a: Passage, b: Passage): boolean {
  return partAgainstWhole(a, b) || partAgainstWhole(b, a) || ASKED.test(a.text) || ASKED.test(b.text);
}
