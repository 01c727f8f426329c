// Words reported in a participle's clause: "The Minister recalled that …, adding that Torvania "is
// ready to host"", "Kostal spoke of progress, saying the text was "nearly done"". The participle's
// subject is the sentence's, who adds or says; the subject of the reported clause (Torvania) is what
// the words are about, not who said them. Wire copy, ministry news and agency French-English alike.
import { objectOfFrontedPhrase } from './clauseObject.ts';
import { clauseDescription, clauseSubject } from './clauseSpeakers.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Attribution, SpeakerContext } from './speakers.ts';

const PARTICIPLE =
  /,\s+(?:and\s+that\b|(?:and\s+)?(?:adding|saying|noting|stressing|insisting|warning|arguing|explaining|recalling|stating|declaring|reiterating|underlining|emphasi[sz]ing|affirming|asserting|pointing out|making clear)\b(?:\s+that\b)?)[^.!?;]*$/;
const SAYS = new RegExp(`\\b(?:${REPORTING_VERBS}|recalled|reiterated|underlined|affirmed)\\b`);
const REACH = 400;
const PARTICIPLE_WORD = /^,\s+(?:and\s+)?\p{L}+(?:\s+(?:out|clear))?/u;

/**
 * The subject of the sentence whose participle (or second that-clause) reports the quotation opening
 * at `open`: the one person named before its verb, or the person or office opening it; else undefined
 * (a pronoun opening it is left to the reading of pronouns).
 */
export function participleSpeaker(...args: Parameters<typeof subjectOf>): Attribution | undefined {
  const found = subjectOf(...args);
  // The participle is a verb of saying: its subject is as sure as a name before "said".
  return found && { ...found, strong: true };
}

function subjectOf(ctx: SpeakerContext, paragraphStart: number, open: number): Attribution | undefined {
  const from = Math.max(paragraphStart, open - REACH);
  const before = ctx.masked.slice(from, open);
  const participle = PARTICIPLE.exec(before);
  if (!participle) return undefined;
  // The sentence's start: after the last stop before the participle, or the paragraph's.
  // "…, adding that Kostal had said "…"": a verb of saying in the participle's clause has its own subject.
  if (SAYS.test(participle[0].replace(PARTICIPLE_WORD, ''))) return undefined;
  // Stops are read in the text itself: a quotation's own closing stop is masked.
  const head = ctx.text.slice(from, from + participle.index);
  let stop = -1;
  for (const m of head.matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)) stop = m.index + m[0].length;
  if (stop === -1 && from !== paragraphStart) return undefined;
  const start = from + Math.max(0, stop);
  const main = ctx.masked.slice(start, from + participle.index);
  // "…, and that it puts …": a second that-clause needs the verb of saying it shares; a participle
  // ("adding", "saying") says by itself, whatever the sentence's own verb ("declined to comment").
  const verb = SAYS.exec(main);
  if (!verb && /^,\s+and\s+that\b/.test(participle[0])) return undefined;
  const end = from + participle.index;
  // "For his part, Secretary-General of the Union, Ada Lind, stressed that …": the one person named
  // before the verb is its subject.
  const verbAt = verb ? start + verb.index : end;
  const named = ctx.hits.filter(
    (h) => h.span[0] >= start && h.span[1] <= verbAt && !h.inQuote && h.kind !== 'party',
  );
  if (named.length === 1) {
    // "In a message to Ada Lind, the ministry stressed …, adding …": the one named in a phrase a comma
    // closes before the subject is the one written to, met or thanked; the subject is the office.
    const { runStart, span } = named[0]!;
    if (objectOfFrontedPhrase(ctx.masked, runStart, span, start, verbAt))
      return clauseDescription(ctx, ctx.masked.indexOf(',', span[1]) + 1, end);
    return clauseSubject(ctx, runStart, verbAt);
  }
  // "He declined …, saying only that "…"": the engine's own reading of pronouns settles "he".
  if (/^\s*(?:He|She|They|It)\b/.test(main)) return undefined;
  return clauseSubject(ctx, start, end) ?? clauseDescription(ctx, start, end);
}
