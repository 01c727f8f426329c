// One speaker's words that a part of the text is agreed ("The water chapter is agreed."), retold
// by another source as the whole ("he said the whole text is agreed", "everything is agreed"):
// the two renderings of what that person said cannot both be right. Read per speaker, so the pass
// is linear in the passages; the maxim "nothing is agreed until everything is agreed" and a
// denial ("not everything is agreed") say no whole agreed.
import { REPORTING_VERBS } from './lexicon.ts';
import type { Disagreement } from './link.ts';
import type { Passage } from './passages.ts';

// A part of the text as the sentence's subject, agreed: "The transit chapter is agreed",
// "Article 6 has been agreed", "our annex on crossings is now agreed".
// A lead-in may end in a colon first ("I can say it plainly: the … chapter is agreed").
// One run of spaces at the end, not two: two adjacent ones split a long run every way (quadratic).
const PART_AGREED =
  /(?:^|:\s{0,4})\W{0,4}(?:(?:the|our|its|this)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:chapters?|articles?|clauses?|annex(?:es)?|sections?|points?|parts?)(?:\s+(?:\d+|[IVX]+|on\s+[\p{L}\s-]{1,30}?))?\s+(?:is|are|has been|have been)\s+(?:now\s+)?agreed[.!,]?\s*$/iu;
// The whole text agreed: "the whole text is agreed", "everything is agreed", "the entire draft has been agreed".
const WHOLE_AGREED =
  /\b(?:(?:the|this)\s+(?:whole|entire|full|complete)\s+(?:text|draft|document|agreement|framework|plan)|everything|all of it)\s+(?:is|has been|was|had been)\s+(?:now\s+)?(?:agreed|final|settled)\b/gi;
// "Nothing is agreed until everything is agreed", "not everything is agreed", "whether everything is agreed".
const NOT_ASSERTED_BEFORE = /\b(?:until|unless|before|whether|if|not|nor|no)\s+$/i;
// Denied or doubted anywhere earlier in its clause: "I never said the whole text was agreed",
// "she dismissed claims that …", "it was premature to say that everything is agreed".
const DOUBTED_IN_CLAUSE =
  /\b(?:not|never|no|nor|n['’]t|denied|denies|deny|denying|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refuted|premature|too (?:early|soon)|doubts?|doubted|questioned|false(?:ly)?|wrong(?:ly)?|rumou?rs?)\b/i;
const CLAUSE_STOP = /[.;!?]/;
const CLAUSE_REACH = 200;
// Each speaker's passages are few; more than this is a run of repeats, read no further.
const PER_SPEAKER = 8;

/** Whether a passage says a part of the text is agreed, as its whole sentence. */
const saysPartAgreed = (p: Passage): boolean => PART_AGREED.test(p.text);

// The sayer's verb before the words it reports, with a name as its subject: "Kostal then declared
// that", "Kostal, has told reporters that". Not "an official said" in a sentence that names the
// person only as the one asked about: the one person named is not then the sayer.
const REPORTED = new RegExp(
  String.raw`\p{Lu}[\p{L}'’-]*(?<!['’]s),?(?:\s+(?:has|have|had|then|also|again|later|once|\p{Ll}+ly)){0,2}\s+(?:${REPORTING_VERBS})\b`,
  'u',
);
const REPORT_REACH = 80;
// One occasion, by publication: a retelling often runs a week or so after the words it reports
// ("… then declared that"), while weeks later the talks may have moved on and both be right.
const SAME_OCCASION_DAYS = 14;

/**
 * Whether a passage says the whole text is agreed, asserted (not a maxim's condition, not
 * denied); in prose, only as the words a reporting verb just before gives someone.
 */
function saysWholeAgreed(p: Passage): boolean {
  let clauseStart = 0;
  let scanned = 0;
  for (const m of p.text.matchAll(WHOLE_AGREED)) {
    if (NOT_ASSERTED_BEFORE.test(p.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // The clause's start, carried forward from match to match: one walk over the text.
    for (; scanned < m.index; scanned++)
      if (CLAUSE_STOP.test(p.text[scanned] ?? '')) clauseStart = scanned + 1;
    if (DOUBTED_IN_CLAUSE.test(p.text.slice(Math.max(clauseStart, m.index - CLAUSE_REACH), m.index)))
      continue;
    if (p.kind === 'quote' || REPORTED.test(p.text.slice(Math.max(0, m.index - REPORT_REACH), m.index)))
      return true;
  }
  return false;
}

/**
 * The person whose words a passage gives: its speaker, else the one person it names; in prose,
 * saysWholeAgreed has read a name as the reporting verb's subject.
 */
function sayerOf(p: Passage, isPerson: (id: string) => boolean): string | undefined {
  if (p.speaker) return p.speaker.personId;
  const people = p.names.filter(isPerson);
  return people.length === 1 ? people[0] : undefined;
}

const DAY_MS = 86_400_000;
/** Whether two passages were published on one occasion: within two weeks, or undated. */
function sameOccasion(a: Passage, b: Passage): boolean {
  if (!a.published || !b.published) return true;
  const apart = Math.abs(Date.parse(a.published) - Date.parse(b.published));
  return !(apart > SAME_OCCASION_DAYS * DAY_MS);
}

/**
 * Flags, per person quoted, a passage of theirs saying a part of the text is agreed against one
 * of another source giving them the whole text agreed.
 */
export function partRetoldWholeFlags(passages: Passage[], isPerson: (id: string) => boolean): Disagreement[] {
  const parts = new Map<string, Passage[]>();
  const wholes = new Map<string, Passage[]>();
  for (const p of passages) {
    const into = saysPartAgreed(p) ? parts : saysWholeAgreed(p) ? wholes : undefined;
    const who = into && sayerOf(p, isPerson);
    if (!who) continue;
    const list = into?.get(who) ?? [];
    if (list.length < PER_SPEAKER) into.set(who, [...list, p]);
  }
  const flags: Disagreement[] = [];
  for (const [who, said] of parts)
    for (const a of said)
      for (const b of wholes.get(who) ?? [])
        if (a.source !== b.source && sameOccasion(a, b))
          flags.push({
            kind: 'quote',
            reason: `${who}'s words: a part agreed, retold as the whole text agreed`,
            a,
            b,
          });
  return flags;
}
