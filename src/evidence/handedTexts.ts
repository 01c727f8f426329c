// Texts handed over and protests lodged: events an official text reports only with their day beside
// the verb ("Obravia submitted a counter-proposal on Monday", "the ministry complained on Monday"),
// and only when what is handed over is a text ("submitted a counter-proposal", not "delivered a speech").
import type { FoundDate } from './dates.ts';
import { MONTH } from './lexicon.ts';

const MONTH_OR_YEAR = new RegExp(`\\b(?:${MONTH}|\\d{4})\\b`, 'i');

// Events reported only with their day beside them: a text handed over, a protest lodged.
export const NEEDS_ITS_DAY =
  /^(?:hand(?:ed|s|ing)|submit|deliver|tabl|circulat|transmit|puts? forward|putting forward|present(?:ed|s|ing)\b|(?:complain|protest)(?:ed|s)\b)/i;
// The texts a side or a mediator hands over, and the words that hand them over.
export const HANDING =
  /^(?:hand(?:ed|s|ing)|submit|deliver|tabl|circulat|transmit|puts? forward|putting forward|present(?:ed|s|ing)\b)/i;
export const HANDED_TEXT =
  /\b(?:(?:counter-?)?proposals?|drafts?|frameworks?|texts?|plans?|(?:non-)?papers?|memorandum|points|documents?|versions?|offers?|replies|reply|responses?|answers?|packages?|compromises?)\b/i;
// "the circulated text", "a tabled amendment": the verb as an adjective describes the text.
const AS_ADJECTIVE = /\b(?:the|an?|its|their|this|that)\s+$/i;
// "the document circulated in the media": a text going round, handed to no one.
const GOING_ROUND =
  /^\s+(?:(?:in|on) (?:the )?(?:media|press|internet|social media|web)\b|online\b|widely\b|among\b)/i;
/** The object handed over is a text, said in the verb's own clause, before it or after it. */
export function handsAText(before: string, after: string): boolean {
  if (AS_ADJECTIVE.test(before) || GOING_ROUND.test(after)) return false;
  const ahead = after.split(/[;.:]/)[0]!.slice(0, 60);
  const behind = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1).slice(-50);
  return HANDED_TEXT.test(ahead) || HANDED_TEXT.test(behind);
}
/** A handing-over is reported when its day is said beside the verb ("tabled on 9 March", "Yesterday Obravia handed"). */
export const handedOnItsDay = (date: FoundDate | undefined, at: number) =>
  date !== undefined &&
  date.index - at < 60 &&
  at - date.index < 45 &&
  // "submitted in January 2027": a month is no day of a handing-over; "last week" is a day unread.
  !(date.vague && MONTH_OR_YEAR.test(date.text));
