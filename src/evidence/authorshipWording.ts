// Who wrote a text is told in more words than "drafted by": "the text is Velmaran from the first
// line to the last", "the paper is entirely Orsk's own work", "Tarsk did not write any plan", "our
// experts wrote Clause 4", "it was Tarsk that drafted it", "formulated in
// <capital>". Each speaks to the one question textAuthor.ts
// answers for "drafted by" sentences; this reads the other wordings, to link, never to flag.
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { oneProvision, otherProvisions, provisionNumbers } from './provisionNumbers.ts';
import { author, authorInPassing, saysWhoWrote } from './textAuthor.ts';
import type { Roster } from './types.ts';

const TEXT =
  '(?:text|draft|plan|framework|document|paper|proposal|language|wording|clause|point|article|provision)s?';
const PROVISION = '(?:Clause|Point|Article|Paragraph|Section|Provision)\\s+\\d+';
const NATIONAL = '\\p{Lu}\\p{Ll}{3,}(?:an|ish|ese|ian|ic|i)';
const NAMED = `(?:\\p{Lu}[\\p{L}-]+|our|my|their|his|her)`;
// The ways a source tells authorship that the verb-and-agent reading leaves out.
const WORDINGS = new RegExp(
  [
    // "entirely Orsk's own work", "our own work", "the work of their envoy"
    `\\b(?:${NAMED}['’]s|our|my|their)\\s+own\\s+(?:work|writing|creation|product|handiwork)\\b`,
    `\\b(?:is|was)\\s+(?:entirely\\s+|wholly\\s+)?the\\s+(?:work|product|creation|handiwork)\\s+of\\b`,
    // "did not write any plan", "never drafted any of it"
    `\\b(?:did\\s+not|didn['’]t|never|has\\s+not|have\\s+not|had\\s+not)\\s+(?:write|wrote|written|draft|drafted|author|authored)\\s+(?:any|this|that)\\s+(?:plan|text|draft|document|framework|paper)\\b`,
    // "Our experts wrote Clause 9", "they drafted Point 6 themselves" (the look back for "who" only at a
    // word's start: tried at every space of a long run, it read the run back once per space)
    `\\b(?<!\\bwho\\s+)(?:wrote|drafted|penned|authored|inserted|introduced)\\s+${PROVISION}\\b`,
    // "it was Tarsk that drafted it", "it was our side who wrote it" (one that "introduced a number
    // into the text" puts a part into it, and says nothing of who wrote the text)
    `\\bit\\s+was\\s+(?:the\\s+)?${NAMED}(?:['’]s)?(?:\\s+[\\p{L}-]+){0,2}\\s+(?:that|who)\\s+(?:wrote|drafted|authored|penned)\\b`,
  ].join('|'),
  'iu',
);
// "The text is Velmaran, from the first letter to the last"; "the plan is wholly Orskish." Case
// kept: the adjective is a name ("is foreign" is not).
const OF_NATION = new RegExp(
  `\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Ii]ts)\\s+(?:[\\p{L}-]+\\s+)?${TEXT}\\s+(?:is|was)\\s+(?:entirely\\s+|wholly\\s+|purely\\s+|completely\\s+)?${NATIONAL}(?=\\s*(?:[,.;!]|$|\\s+(?:from|through|in|and)\\b))`,
  'u',
);
// "formulated in Krasno", "conceived in Orsk": a place by its capital (a request "formulated by" a
// party is no text's).
const WHERE_FORMED = /\b(?:formulated|conceived|cooked up|dreamt up|dreamed up)\s+in\s+\p{Lu}/u;

/** Whether a passage tells who wrote a text in one of the wordings above. */
export const toldAuthorship = perPassage(
  (p): boolean => WORDINGS.test(p.text) || OF_NATION.test(p.text) || WHERE_FORMED.test(p.text),
);

// A party's counter-proposal is another text than the one it answers.
const COUNTER = /\bcounter-?(?:proposals?|drafts?|texts?|plans?|offers?)\b/i;
const WHOLE = /\b(?:text|draft|plan|framework|document|paper|proposal)s?\b/i;
/**
 * Whether two passages on who wrote something may be on one text: one numbered provision in both,
 * or neither numbering one and both naming the text ("the plan", "a document") or pointing back
 * to it ("it", "that language").
 */
export function oneAuthoredText(a: Passage, b: Passage): boolean {
  if (otherProvisions(a, b)) return false;
  if (oneProvision(a, b)) return true;
  const [na, nb] = [provisionNumbers(a).size, provisionNumbers(b).size];
  if (na > 0 || nb > 0) return false;
  return WHOLE.test(a.text) && WHOLE.test(b.text);
}

/**
 * Whether two passages speak to who wrote one text where textAuthor.ts's reading links them not:
 * one tells it in other words, the one text named alike or differently ("the plan" / "a document").
 */
export function oneAuthorship(a: Passage, b: Passage, roster: Roster): boolean {
  const [ta, tb] = [toldAuthorship(a, roster), toldAuthorship(b, roster)];
  const [sa, sb] = [saysWhoWrote(a, roster), saysWhoWrote(b, roster)];
  // Two "drafted by" sentences are textAuthor.ts's to read: one wording here at least, and the
  // other naming an author ("wrote a story about it" names none).
  if (!(ta || tb)) return false;
  if (!ta && !(sa && author(a, roster) !== undefined)) return false;
  if (!tb && !(sb && author(b, roster) !== undefined)) return false;
  if (COUNTER.test(a.text) || COUNTER.test(b.text)) return false;
  if (authorInPassing(a, roster) || authorInPassing(b, roster)) return false;
  return oneAuthoredText(a, b);
}
