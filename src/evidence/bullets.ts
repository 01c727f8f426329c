// Bulleted theses: "The Ambassador set out the mediator's approach:" and then a list, each
// item a statement of that speaker. A list in the document's own voice ("The Parties:")
// names no speaker with a reporting verb, and is not quoted.
import { colonSpeaker } from './quoteClaims.ts';
import type { SpeakerContext } from './speakers.ts';
import type { Span, SuggestedClaim } from './types.ts';

const BULLET = /^(?:[-•*–·▪]|\d{1,2}[.)])\s+/;
const WHOLLY_QUOTED = /^"([^"]+)"[.,;]?$/;

/** Quote claims of the bullets that follow a speaker's colon. */
export function bulletQuotes(paragraphs: Span[], ctx: SpeakerContext): SuggestedClaim[] {
  const claims: SuggestedClaim[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = paragraphs[i]!;
    if (ctx.text[intro[1] - 1] !== ':' || !BULLET.test(ctx.text.slice(...paragraphs[i + 1]!))) continue;
    const attribution = colonSpeaker(intro, ctx);
    if (!attribution) continue;
    const said = ctx.text.slice(attribution.span[0], attribution.span[1]);
    for (let j = i + 1; j < paragraphs.length; j++) {
      const [start, end] = paragraphs[j]!;
      const marker = BULLET.exec(ctx.text.slice(start, end));
      if (!marker) break;
      // '- "Every detained fisherman home."': a bullet that is one quotation is its words, without the marks.
      const whole = WHOLLY_QUOTED.exec(ctx.text.slice(start + marker[0].length, end));
      const from = start + marker[0].length;
      const span: Span = whole ? [from + 1, from + 1 + whole[1]!.length] : [from, end];
      claims.push({
        kind: 'quote',
        text: ctx.text.slice(span[0], span[1]),
        span,
        speaker: { ...attribution.speaker, said: attribution.speaker.said ?? said },
        data: { words: ctx.text.slice(span[0], span[1]), speakerSpan: attribution.span, form: 'bullet' },
      });
    }
  }
  return claims;
}
