// Texts handed over and protests lodged: events an official text reports only with their day beside
// the verb ("Obravia submitted a counter-proposal on Monday", "the ministry complained on Monday"),
// and only when what is handed over is a text ("submitted a counter-proposal", not "delivered a speech").
import type { FoundDate } from './dates.ts';
import { MONTH } from './lexicon.ts';

const MONTH_OR_YEAR = new RegExp(`\\b(?:${MONTH}|\\d{4})\\b`, 'i');

// Events reported only with their day beside them: a text handed over, a protest lodged.
export const NEEDS_ITS_DAY =
  /^(?:hand(?:ed|s|ing)|submit|deliver|tabl|circulat|transmit|puts? forward|putting forward|present(?:ed|s|ing)\b|shown\b|(?:complain|protest)(?:ed|s)\b|(?:issued|released|published|unveiled)\b)/i;
// The texts a side or a mediator hands over, and the words that hand them over. Not a package:
// of sanctions or aid as often as of texts, and a package of texts names them ("a package of
// proposals").
export const HANDING =
  /^(?:hand(?:ed|s|ing)|submit|deliver|tabl|circulat|transmit|puts? forward|putting forward|present(?:ed|s|ing)\b|shown\b)/i;
export const HANDED_TEXT =
  /\b(?:(?:counter-?)?proposals?|drafts?|frameworks?|texts?|plans?|(?:non-)?papers?|memorandum|points|documents?|versions?|offers?|replies|reply|responses?|answers?|compromises?|roadmaps?)\b/i;
// "the circulated text", "a tabled amendment": the verb as an adjective describes the text.
const AS_ADJECTIVE = /\b(?:the|an?|its|their|this|that)\s+$/i;
// "the document circulated in the media": a text going round, handed to no one.
const GOING_ROUND =
  /^\s+(?:(?:in|on) (?:the )?(?:media|press|internet|social media|web)\b|online\b|widely\b|among\b)/i;
// A text made public on a day of its own is its author's statement, as a handing-over is: "the
// counter-paper the Front released on 7 March", "its own paper, issued on 7 March", "the proposal
// which the Union issued yesterday", "published its nine points on Saturday". The text is named just
// before the verb, in the verb's own clause, or as its object: "released 40 prisoners under the
// plan" and "the text, before Aubrine published it" make no text of their author's public.
export const MADE_PUBLIC = /^(?:issued|released|published|unveiled)\b/i;
const PUBLIC_TEXT_BEFORE = new RegExp(
  `${HANDED_TEXT.source},?\\s+(?:(?:that|which)\\s+)?(?:(?!(?:before|after|when|until|since|because|while|if|as)\\s)[\\w'’-]+\\s+){0,4}(?:(?:was|were|had been|has been|is|are)\\s+(?:first\\s+|only\\s+)?)?$`,
  'i',
);
const PUBLIC_TEXT_AFTER = new RegExp(
  `^\\s+(?:its|their|his|her|a|an|the)\\s+(?:[\\w'’-]+\\s+){0,3}?${HANDED_TEXT.source}`,
  'i',
);
// A draft the press prints is a leak, not its author's statement: "published by a newspaper in
// Dornhall", "the leaked draft, published a week ago", "published without authorisation", and a
// draft "that was published last week", by no one named.
const BY_THE_PRESS =
  /\b(?:newspapers?|dailies|daily|press|media|outlets?|desk|journalists?|reporters?|leak(?:ed|s)?|without authori[sz]ation)\b/i;
const PASSIVE = /\b(?:was|were|been|is|are)\s+(?:first\s+|only\s+)?$/i;
/** A verb of making public has its author's text for its object: named just before it, or right after it. */
export function publishesAText(verb: string, before: string, after: string): boolean {
  const [behind, ahead] = [before.slice(-60), after.slice(0, 60)];
  if (GOING_ROUND.test(after) || BY_THE_PRESS.test(behind) || BY_THE_PRESS.test(ahead)) return false;
  if (/^published$/i.test(verb) && PASSIVE.test(behind) && !/^\s+by\b/i.test(after)) return false;
  return PUBLIC_TEXT_BEFORE.test(behind) || PUBLIC_TEXT_AFTER.test(ahead);
}

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
