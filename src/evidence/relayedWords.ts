// Words a speaker relays with their owner named: "As the Foreign Secretary said on Tuesday, a
// ceasefire is not peace." and "A ceasefire is not peace, as the Foreign Secretary said." — the
// way Hansard questions, speeches and briefings cite a phrase. The clause is the owner's words,
// given for attribution only (quoteFlags.ts): the relayer may shorten or reword it, so it is no
// rendering to hold against the owner's own.

import type { Gazetteer } from './gazetteer.ts';
import { speakerNamed } from './gazetteer.ts';
import { officeHolder } from './offices.ts';
import { fromPerson } from './speakers.ts';
import type { Span, SuggestedClaim } from './types.ts';

// The owner: a name or a title in capitals ("the Prime Minister", "Kostal", "the Secretary
// General"), never a pronoun ("As you know", "As I said") nor a text ("as the communiqué says").
const WORD = "\\p{Lu}[\\p{L}.'’-]*";
const OWNER = `(?:the\\s+|my\\s+|our\\s+)?${WORD}(?:\\s+(?:of|for|the)?\\s*${WORD}){0,5}`;
const VERB =
  '(?:has\\s+|had\\s+)?(?:said|stated|noted|put\\s+it|made\\s+clear|pointed\\s+out|told\\s+[^,.;:]{1,30})';
const WHEN = '(?:\\s+(?:on|last|this|earlier|yesterday|in|at)\\b[^,.;:]{0,30})?';
const LEADING = new RegExp(`^As\\s+(${OWNER})\\s+${VERB}${WHEN},\\s+`, 'u');
const TRAILING = new RegExp(`,\\s+as\\s+(${OWNER})\\s+${VERB}${WHEN}\\s*[.!]?$`, 'u');
const NOT_A_PERSON =
  /^(?:I|We|You|He|She|They|It)$|\b(?:Article|Treaty|Agreement|Communiqu[ée]|Resolution|Declaration|Statement|Report|Charter|Constitution|Bill|Act|Text|Paper|Motion|Order)\b/u;
const MIN_WORDS = 3;
const SENTENCE = /[^.!?]+(?:[.!?]+|$)/g;

/** The owner a sentence relays and the span of the words it gives them, if it relays any. */
export function relayedClause(sentence: string): { owner: string; words: Span } | undefined {
  const lead = LEADING.exec(sentence);
  const trail = lead ? null : TRAILING.exec(sentence);
  const m = lead ?? trail;
  if (!m) return undefined;
  const owner = m[1]!;
  if (NOT_A_PERSON.test(owner.replace(/^(?:the|my|our)\s+/, ''))) return undefined;
  const words: Span = lead ? [m[0].length, sentence.replace(/[.!?\s]+$/, '').length] : [0, m.index];
  const clause = sentence.slice(words[0], words[1]).trim();
  // Words in marks are read as a quotation of the turn's (turns.ts reportedInTurns).
  if (clause.split(/\s+/).length < MIN_WORDS || /\?\s*$/.test(sentence) || /["“”]/.test(clause))
    return undefined;
  return { owner, words };
}

/** Quote claims of the words each turn relays from a named owner (`voiced`: the turns). */
export function relayedQuotes(
  text: string,
  voiced: SuggestedClaim[],
  gazetteer: Gazetteer,
): SuggestedClaim[] {
  const found: SuggestedClaim[] = [];
  for (const turn of voiced) {
    // A journalist's relay is a premise put to the one asked (assertion.ts asks).
    if (turn.kind !== 'quote' || turn.speaker?.name === 'journalist') continue;
    const [from, to] = turn.span;
    for (const m of text.slice(from, to).matchAll(SENTENCE)) {
      const lead = m[0].search(/\S/);
      if (lead === -1) continue;
      const at = from + m.index + lead;
      const relayed = relayedClause(m[0].slice(lead));
      if (!relayed) continue;
      const owner = relayed.owner.replace(/^(?:my|our)\s+/, 'the ');
      // An owner named by office is its holder when the roster and the document make one clear.
      const holder = officeHolder(owner, gazetteer, text);
      const speaker =
        speakerNamed(owner.replace(/^the\s+/, ''), gazetteer) ??
        (holder ? fromPerson(holder) : { name: owner, via: 'title' as const });
      // The relayer's own words are not given again to the owner.
      if (speaker.name === turn.speaker?.name) continue;
      const span: Span = [at + relayed.words[0], at + relayed.words[1]];
      found.push({
        kind: 'quote',
        text: text.slice(span[0], span[1]),
        span,
        speaker,
        data: { words: text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim(), relayed: true },
      });
    }
  }
  return found;
}
