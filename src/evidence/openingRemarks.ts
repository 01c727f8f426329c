// A press conference's opening remarks set before its first speaker label. An alliance's or the
// UN's transcript ("Press conference by the Secretary General …", "(As delivered)", then "Good
// afternoon. We have just concluded …") and a head of state's ("Remarks by President Kostal before
// …", "Thank you. Look, …") print the principal's statement with no label and label only the
// questions and answers after it: those paragraphs are the title's speaker's turn. A Kremlin-style
// intro ("The President answered questions from journalists …") or a UN note ("The following is a
// near-verbatim transcript …") is the record's own voice: it speaks of the speaker, not as them.
// Only a title that names one speaker gives the turn a speaker; a joint press conference does not.
import { splitParagraphSpans } from './sentences.ts';
import type { Span } from './types.ts';

// The notes that say a transcript gives the words as spoken: "(As delivered)", "Check against delivery".
export const DELIVERY = /\b(?:as delivered|against delivery|as prepared(?: for delivery)?)\b/i;
// A speaker's first words: a greeting or an address to the room.
const GREETING =
  /^(?:good (?:morning|afternoon|evening|day)|thank you|thanks|ladies and gentlemen|hello|hi\b|dear (?:friends|colleagues|all)|excellenc|distinguished|(?:mr\.?|madam|madame) (?:president|chair|chairman|speaker|secretary|prime minister|minister)|welcome|(?:okay|ok|all right|alright|well),)/i;
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve)\b|\b(?:we|we're|we’re|we've|we’ve|us|our|my|me)\b/i;
// A spokesperson opening a briefing with an announcement speaks as "I" ("I have one announcement");
// a standfirst's "we" may be the paper's, so without a delivery note only "I" speaks.
const SPEAKER_I = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)\b|\b(?:my|me)\b/;
// A paragraph reporting someone's words ("We are ready," the minister said) is a report, not a speech.
const QUOTATION = /["“”«»]/;
// A line that heads what follows: short, with no sentence's closing mark.
const HEADING = /^[^\n]{1,80}$(?<![.!?…"”’)])/u;
const VERBATIM = /\bthe following is an?\s+(?:near[- ])?verbatim transcript\b/i;
// The record speaking of the speaker or of itself.
const NARRATIVE =
  /\b(?:transcript|the following|answered (?:questions|journalists)|briefed (?:reporters|journalists|the press|the media)|held a (?:press|news) conference|spoke to (?:reporters|journalists|the press|the media)|told (?:reporters|journalists))\b/i;

/**
 * The span of the opening remarks in `head` (the text before the first label): from the first
 * paragraph that speaks — a greeting, a paragraph in the first person singular, or after a
 * delivery note one in the first person — to the end of the head. Undefined when the head only describes the occasion.
 */
export function openingRemarks(head: string): Span | undefined {
  let delivered = false;
  let verbatim = false;
  const paragraphs = splitParagraphSpans(head);
  for (const [k, [start, end]] of paragraphs.entries()) {
    const paragraph = head.slice(start, end).trim();
    if (DELIVERY.test(paragraph) && paragraph.length < 160) {
      delivered = true;
      continue;
    }
    // "The following is a near-verbatim transcript of today's noon briefing by …": what follows is spoken.
    if (VERBATIM.test(paragraph)) {
      verbatim = true;
      continue;
    }
    if (NARRATIVE.test(paragraph) || /^[[(]/.test(paragraph)) continue;
    const sentence = /[.!?…]["”’]?$/.test(paragraph) && paragraph.split(/\s+/).length >= 2;
    const speaks =
      sentence && !QUOTATION.test(paragraph) && (delivered ? FIRST_PERSON : SPEAKER_I).test(paragraph);
    if (GREETING.test(paragraph) || speaks || (verbatim && sentence)) {
      // A heading left before the first label ("**Questions and Answers", "Answers to media questions") is no one's words.
      const spoken = paragraphs.slice(k).filter(([s, e]) => !HEADING.test(head.slice(s, e).trim()));
      return [start, spoken.at(-1)?.[1] ?? end];
    }
  }
  return undefined;
}
