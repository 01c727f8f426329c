// A broadcaster's web page prints its bulletin as a story: the reporter's lines as paragraphs and
// each clip as a quotation under a cue on a line of its own ("[Sound bite] Ada Lind / Foreign
// Minister of Norland (translated)", "SOUNDBITE: (Ada Lind, Foreign Minister)"). No sentence
// attributes the clip: the cue names its speaker, as in a script (broadcastScripts.ts).
import { cuedSpeaker } from './broadcastScripts.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { SuggestedClaim } from './types.ts';

const OPENING_MARK = /[^\S\n]|["“«„']/;

/** The claims with a quotation no reader gave a speaker given the one a cue right above it names. */
export function withCuedSpeakers(
  claims: SuggestedClaim[],
  text: string,
  gazetteer: Gazetteer,
): SuggestedClaim[] {
  return claims.map((claim) => {
    if (claim.kind !== 'quote' || claim.speaker) return claim;
    // The quotation opens its paragraph: only marks before it on its line. The walk stops at the
    // first other character, so a page collapsed to one line costs no scan back to its start.
    let lineStart = claim.span[0];
    while (lineStart > 0 && OPENING_MARK.test(text[lineStart - 1]!)) lineStart--;
    if (lineStart > 0 && text[lineStart - 1] !== '\n') return claim;
    // Walk back over blank lines only: the cue must be the line right above.
    let cueEnd = lineStart;
    while (cueEnd > 0 && /\s/.test(text[cueEnd - 1]!)) cueEnd--;
    const cueStart = text.lastIndexOf('\n', cueEnd - 1) + 1;
    const cue = cueEnd > 0 ? cuedSpeaker(text, [cueStart, cueEnd], gazetteer) : undefined;
    if (!cue) return claim;
    const said = cue.speaker.said ?? cue.speaker.name;
    return {
      ...claim,
      speaker: cue.speaker,
      data: { ...claim.data, speakerSpan: [cue.at, cue.at + said.length] },
    };
  });
}
