// The speaker a clause names by its opening or its words: the person or description opening it
// ("President Varga has ..."), "the words of the President", "His words ..." before a colon.
import { firstHitFrom, hitsWithin, type NameHit } from './names.ts';
import { officeHolder } from './offices.ts';
import { CAND, DESC_START, IS_DESC, IS_PRON, POSSESSIVE_S } from './speakerPhrases.ts';
import {
  type Attribution,
  aideOf,
  fromHit,
  fromPerson,
  resolveCandidate,
  resolveDescription,
  resolvePronoun,
  type SpeakerContext,
} from './speakers.ts';

// A colon's clause that opens with the speaker's words by a possessive: "His words, as translated
// by our bureau:", "In her words:", "Their message was blunt:".
const THEIR_WORDS =
  /^\s*(?:[Ii]n\s+)?([Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:words|message|reply|answer|response)\b/;
const PRONOUN_OF: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** The one whose words a clause opening "His words …" announces: who the pronoun is, a weak answer. */
export function possessiveSpeaker(
  clause: string,
  offset: number,
  ctx: SpeakerContext,
): Attribution | undefined {
  const m = THEIR_WORDS.exec(clause);
  if (!m) return undefined;
  const at = offset + m[0].indexOf(m[1]!);
  const speaker = resolvePronoun(PRONOUN_OF[m[1]!.toLowerCase()]!, at, ctx);
  return speaker ? { speaker, span: [at, at + m[1]!.length], strong: false } : undefined;
}

// "Dubenko recalled the words of the President …:", "Let me quote the words of the Minister:", "In
// the words of Henrik Dahl:": the clause gives the quotation to the one whose words it names.
const WORDS_OF = new RegExp(`\\bwords\\s+of\\s+${CAND}`, 'u');

/**
 * The one whose words a clause before a colon names ("the words of the President"), a strong
 * answer: the clause's own subject only relays them. A bare office ("the President") is the
 * holder on the side of whoever relays it (the subject, else the turn's speaker or the page's
 * publisher): an aide recalling "the words of the President" recalls his own president's.
 */
export function wordsOfSpeaker(clause: string, offset: number, ctx: SpeakerContext): Attribution | undefined {
  const m = clause.includes('words') ? WORDS_OF.exec(clause) : null;
  if (!m || IS_PRON.test(m[1]!)) return undefined;
  const phrase = m[1]!;
  const at = offset + m.index + m[0].length - phrase.length;
  if (
    /^the\s/i.test(phrase) &&
    IS_DESC.test(phrase) &&
    hitsWithin(ctx.hits, [at, at + phrase.length]).length === 0
  ) {
    const party =
      clauseSubject(ctx, offset, offset + m.index)?.speaker.partyId ??
      ctx.voiceAt?.(at)?.partyId ??
      ctx.pageParty;
    const holder = party ? officeHolder(phrase, ctx.gazetteer, ctx.text, [party]) : undefined;
    if (holder)
      return {
        speaker: Object.assign(fromPerson(holder), { said: phrase }),
        span: [at, at + phrase.length],
        strong: true,
      };
  }
  const found = resolveCandidate(phrase, at, ctx, false);
  return found?.strong ? found : undefined;
}

/**
 * The person whose name opens the clause `[start, end)`, if one does ("President Varga has …",
 * "Teskaro's Secretary of State Jonah Pelt put it …": a party's possessive may open the name).
 */
export function clauseSubject(ctx: SpeakerContext, start: number, end: number): Attribution | undefined {
  const i = firstHitFrom(ctx.hits, start);
  const first = ctx.hits[i];
  if (!first || first.span[0] >= end || first.runStart > start + 1 || first.inQuote) return undefined;
  // "The Review's own translation … reads:": a person's possessive opens the subject, it is not it.
  // "Surin's deputy on the radio:": the aide it opens is the subject.
  if (first.kind !== 'party' && POSSESSIVE_S.test(ctx.text.slice(first.span[1], first.span[1] + 3))) {
    const aide = aideOf(first, ctx);
    return aide && aide.span[1] <= end ? { ...aide, strong: false } : undefined;
  }
  const hit = first.kind === 'party' ? afterPossessive(ctx, first, ctx.hits[i + 1]) : first;
  return hit && hit.span[0] < end
    ? { speaker: fromHit(hit, ctx, 'name'), span: hit.span, strong: false }
    : undefined;
}

/**
 * The description that opens the clause `[start, end)`, if one does ("A Helvanian diplomat involved
 * in the talks put it bluntly: …"): a weak answer, as descriptions are.
 */
export function clauseDescription(ctx: SpeakerContext, start: number, end: number): Attribution | undefined {
  const lead = /^\s*/.exec(ctx.masked.slice(start, end))![0].length;
  const desc = DESC_START.exec(ctx.masked.slice(start + lead, Math.min(end, start + lead + 120)))?.[0];
  if (!desc) return undefined;
  const at = start + lead;
  return { speaker: resolveDescription(desc, at, ctx), span: [at, at + desc.length], strong: false };
}

/** The person a party's possessive and that person's titles lead to ("Norland's special envoy Henrik Dahl"). */
function afterPossessive(
  ctx: SpeakerContext,
  party: NameHit,
  next: NameHit | undefined,
): NameHit | undefined {
  if (next?.kind !== 'person' || next.inQuote) return undefined;
  const between = /^['’]s\s+([^,;:"]{0,60})$/.exec(ctx.text.slice(party.span[1], next.span[0]));
  if (!between) return undefined;
  const titles = new Set(next.titles);
  return between[1]!.split(/\s+/).every((w) => w === '' || titles.has(w.toLowerCase())) ? next : undefined;
}
