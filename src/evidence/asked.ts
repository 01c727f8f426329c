// What a text asks rather than asserts. In a journalist's turn ("QUESTION:", "Q", "INTERVIEWER:",
// an outlet's label) the act a yes-or-no question asks about ("Will you meet President Kostal?")
// and a premise passed on as hearsay ("There are reports the delegations will meet on March 20.
// Can you confirm?") are put to the one asked; a wire's indirect question ("Asked whether Varin
// would meet Kostal before the end of March, Surin said …") names what may or may not be. None of
// them reports an event or a position. The turn stays a quotation of the journalist.
import { splitSentences } from './sentences.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

// "Asked whether …", "When asked if …", "Surin, asked by reporters whether …,", "Reporters asked
// whether …": a yes-or-no question, open by its form, up to the comma that returns to the answer
// (or the sentence's end). A question about something ("Asked about Tuesday's call, …") takes it
// as given, and is left alone.
const INDIRECT_QUESTION =
  /\b(?:asked|asking|asks|ask|questioned|wondered)\s+(?:by\s+)?(?:(?!to\b|that\b|about\b|for\b)[\p{L}'’-]+\s+){0,4}?(?:whether|if)\b[^,;.!?\n]{0,200}/giu;

// A yes-or-no question opens on its auxiliary, after a word of address at most ("Mr Eng, will …",
// "And did …"). Its verb is the act in question: "Did the President also speak with Varin?", "Is
// he going to travel to Drava?", "Has she spoken with Varin?", "Are they meeting on Friday?". What
// its noun phrases take as given still names an event ("Is the 31 March deadline still valid?",
// "Will the Prime Minister go to Fjellby for the second round?"), and so does a plan asked after
// with "still" ("Will the experts still meet on the 23rd?").
const YES_NO =
  /^(?:[\p{L}.'’ -]{1,40},\s+)?(?:(?:and|so|but|then|now|okay|ok|well)\s+)?(?:will|would|did|does|do|can|could|should|shall|may|might|must|is|are|was|were|has|have|had)\b/iu;
const ASKED_ACT =
  /\b(?:still\s+)?(?:(?:be|been)\s+)?(?:meet|met|speak|spoken|talk|talked|travel|travelled|traveled|visit|visited|go|gone|come|fly|flown|call|called|phone|phoned|sign|signed|hold|held|attend|attended|host|hosted|receive|received|resume|resumed|join|joined|see|seen|return|returned|(?<!\b(?:the|a|an|this|that|next|first|second|last|its|their|his|her)\s+)(?:meeting|speaking|talking|travell?ing|visiting|going(?:\s+to\s+\p{L}+)?|coming|flying|calling|signing|holding|attending|hosting|receiving|resuming|joining|seeing|returning))\b/iu;
// "Will there be a second round?": what the question asks is whether there is one at all.
const EXISTENTIAL = /^\s*there\s+(?:be|been)\b/i;
// A premise the journalist passes on from no one in particular, for the one asked to confirm:
// "There are reports the delegations will meet on March 20", "Reports suggest …", "It is said that …".
const HEARSAY =
  /\b(?:there\s+(?:are|have\s+been)\s+(?:\w+\s+){0,2}?(?:reports|rumou?rs|suggestions)|(?:media|press|news)?\s*reports\s+(?:say|said|suggest|suggested|claim|claimed|indicate)|rumou?rs\s+(?:say|that)|it\s+(?:is|was|has\s+been)\s+(?:reported|rumou?red|said|suggested|claimed)\s+that|reportedly)\b/i;

// A broadcast's asker speaks under the role alone: "INTERVIEWER:", "PRESENTER:", "HOST:".
const ASKER_ROLE = /^(?:the\s+)?(?:interviewer|presenter|host|anchor)$/i;
const asker = (speaker: Speaker | undefined): boolean =>
  speaker?.name === 'journalist' || ASKER_ROLE.test(speaker?.said ?? '');

/** The parts of one question turn's sentence that are asked, not said (absolute spans). */
function askedIn(text: string, [s, e]: Span): Span[] {
  const sentence = text.slice(s, e);
  const hearsay = HEARSAY.exec(sentence);
  if (hearsay) return [[s + hearsay.index, e]];
  if (!/\?["”’')\]]*\s*$/.test(sentence)) return [];
  const lead = YES_NO.exec(sentence);
  if (!lead) return [];
  // The verb alone is blanked: the auxiliary keeps the question's tense for what it takes as given.
  const from = s + lead[0].length;
  const rest = sentence.slice(lead[0].length);
  if (EXISTENTIAL.test(rest)) return [[from, e]];
  const act = ASKED_ACT.exec(rest);
  if (!act || /^still\b/i.test(act[0])) return [];
  return [[from + act.index, from + act.index + act[0].length]];
}

/**
 * What a text's question turns ask rather than say: the act a yes-or-no question asks about and
 * the premise passed on as hearsay. A journalist's own statement of fact ("Torvania sent its
 * reply on Monday. Has Arvenia seen it?") is left to be read.
 */
export function askedInTurns(text: string, voiced: SuggestedClaim[]): Span[] {
  return voiced
    .filter((c) => c.kind === 'quote' && asker(c.speaker))
    .flatMap((c) => splitSentences(text, c.span[0], c.span[1]).flatMap((span) => askedIn(text, span)));
}

/** The spans of a text's indirect yes-or-no questions, from "asked" to the clause's end. */
export function indirectQuestions(masked: string): Span[] {
  return [...masked.matchAll(INDIRECT_QUESTION)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The text with what it asks blanked out (lengths kept, so spans stay where they are), for the
 * readers of events and positions; line breaks are kept, as sentences and paragraphs end there.
 */
export function maskAsked(masked: string, asked: Span[]): string {
  if (asked.length === 0) return masked;
  let out = '';
  let last = 0;
  for (const [s, e] of [...asked].sort((a, b) => a[0] - b[0])) {
    if (e <= last) continue;
    const from = Math.max(s, last);
    out += masked.slice(last, from) + masked.slice(from, e).replace(/[^\n]/g, '_');
    last = e;
  }
  return out + masked.slice(last);
}
