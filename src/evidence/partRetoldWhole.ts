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
// Each speaker's passages are few; more than this is a run of repeats, read no further.
const PER_SPEAKER = 8;

/** Whether a passage says a part of the text is agreed, as its whole sentence. */
const saysPartAgreed = (p: Passage): boolean => PART_AGREED.test(p.text);

// The sayer's verb before the words it reports: "… then declared that", "has told reporters that".
const REPORTED = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|saying)\b`, 'i');
const REPORT_REACH = 60;

/**
 * Whether a passage says the whole text is agreed, asserted (not a maxim's condition, not
 * denied); in prose, only as the words a reporting verb just before gives someone.
 */
function saysWholeAgreed(p: Passage): boolean {
  for (const m of p.text.matchAll(WHOLE_AGREED)) {
    if (NOT_ASSERTED_BEFORE.test(p.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (p.kind === 'quote' || REPORTED.test(p.text.slice(Math.max(0, m.index - REPORT_REACH), m.index)))
      return true;
  }
  return false;
}

/** The person whose words a passage gives: its speaker, else the one person a reported sentence names. */
function sayerOf(p: Passage, isPerson: (id: string) => boolean): string | undefined {
  if (p.speaker) return p.speaker.personId;
  const people = p.names.filter(isPerson);
  return people.length === 1 ? people[0] : undefined;
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
        if (a.source !== b.source)
          flags.push({
            kind: 'quote',
            reason: `${who}'s words: a part agreed, retold as the whole text agreed`,
            a,
            b,
          });
  return flags;
}
