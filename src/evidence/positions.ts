// Position claims: a party's stance reported in a sentence ("Torvania may not accept
// amendments", "Arvenia rejects ceding territory", "a plan drafted by Norland"). Only
// suggestions for a reviewer: the stance word, its hedging and the nearest party.
import type { Gazetteer } from './gazetteer.ts';
import { hitsWithin, type NameHit } from './names.ts';
import { firstTopic, provisionsOn } from './topics.ts';
import type { PositionData, PositionStance, ProvisionRef, Span, SuggestedClaim } from './types.ts';

const STANCES: [PositionStance, RegExp][] = [
  ['authored', /\b(?:drafted|authored|written|prepared|put forth|put forward|proposed|devised) by\b/i],
  ['red_line', /\bred lines?\b/i],
  [
    'reject',
    /\b(?:rejects?|rejected|rejecting|refuses?|refused|(?:will|would|may|might|could|can|does|did|do)(?: not|n't) (?:accept|agree|support)|cannot accept|opposes|opposed|rules? out|ruled out|dismissed)\b/i,
  ],
  [
    'amend',
    /\b(?:wants? changes|seeks? changes|sought changes|proposed amendments|counter-offer|counter-proposal|amendments? to)\b/i,
  ],
  [
    'accept',
    /(?<!\bto )\b(?:accepts?|accepted|agreed to|agrees to|supports?|backs|backed|endorsed?|welcomed|approved?)\b/i,
  ],
];
// One cheap pass that rules out most sentences before the five stance patterns run.
const ANY_STANCE =
  /by\b|red line|reject|refus|accept|agree|support|oppos|rule|dismiss|change|amend|counter|back|endors|welcom|approv/i;
const HEDGE = /\b(?:may|might|could|would|reportedly|appears? to|seems? to)\b/i;
const ABOUT = /\b(?:plan|draft|proposal|amendments?|deal|agreement|text|framework|point|provision)s?\b/i;

export interface PositionInput {
  text: string;
  masked: string;
  sentences: Span[];
  hits: NameHit[];
  gazetteer: Gazetteer;
  provisions: ProvisionRef[];
}

function partyOf(hit: NameHit, gazetteer: Gazetteer): string | undefined {
  if (hit.kind === 'party') return hit.id;
  if (hit.kind === 'person') return gazetteer.personById.get(hit.id!)?.party;
  return undefined;
}

/** Position claims of a clean text, one per sentence at most. */
export function extractPositions(input: PositionInput): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  for (const [start, end] of input.sentences) {
    const sentence = input.masked.slice(start, end);
    if (!ANY_STANCE.test(sentence)) continue;
    let found: [PositionStance, RegExpExecArray] | undefined;
    for (const [stance, re] of STANCES) {
      const m = re.exec(sentence);
      if (m) {
        found = [stance, m];
        break;
      }
    }
    if (!found) continue;
    const [stance, match] = found;
    // The object must be on the table: "supports a ceasefire", not "supports the team". Topics
    // are asked only as far as each test needs: the twelve patterns ran on every stance word.
    const object = sentence.slice(match!.index, match!.index + match![0].length + 60);
    if (
      stance !== 'authored' &&
      stance !== 'red_line' &&
      !ABOUT.test(object) &&
      firstTopic(object) === undefined
    )
      continue;
    if (!ABOUT.test(sentence) && firstTopic(sentence) === undefined) continue;
    const at = start + match!.index;
    const inSentence = hitsWithin(input.hits, [start, end]).filter((h) => !h.inQuote);
    // The author follows "drafted by"; any other stance belongs to the subject before the verb.
    const hit =
      stance === 'authored'
        ? inSentence.find((h) => h.span[0] > at)
        : inSentence.filter((h) => h.span[1] <= at && partyOf(h, input.gazetteer)).at(-1);
    const party = hit ? partyOf(hit, input.gazetteer) : undefined;
    if (!party) continue;
    const topic = firstTopic(sentence);
    const data: PositionData = { party, stance } as PositionData;
    if (topic) {
      data.topic = topic;
      data.provisions = provisionsOn(topic, input.provisions);
    }
    data.hedged = HEDGE.test(sentence.slice(0, match!.index + match![0].length));
    claims.push({ kind: 'position', text: input.text.slice(start, end), span: [start, end], data });
  }
  return claims;
}
