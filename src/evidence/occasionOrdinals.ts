// Which round, meeting or call an occasion was ("the third round", "met for the third time"),
// as two sources number it. Sources count rounds and meetings differently (one counts an
// informal session, the other does not): two passages about one occasion on one day that give it
// two numbers disagree. Two numbers on two days are two occasions (linkSupport's sameOrdinals).
import { ORDINAL_WORDS } from '../core/calendar.ts';
import { datesOf, perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

// An ordinal before the occasion it numbers: "the third round of talks", "their second phone
// call", "met for the third time". A time counted from a day ("the first meeting since 2029",
// "the second call this year", "the first in a month") numbers within that span, not overall.
const NUMBERED_OCCASION = new RegExp(
  `\\b(${ORDINAL_WORDS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(?:phone|telephone|video|face-to-face|formal|direct|bilateral|official|full)\\s+)?(round|session|meeting|summit|call|conversation|time)s?\\b(?!\\s+(?:since|this|in\\s+(?:a|an|two|three|four|five|six|several|many|\\d+)\\b|of\\s+(?:the|this)\\s+(?:year|month|week)|ever|together|in\\s+history))`,
  'gi',
);
const CALL_WORDS = /\b(?:call|calls|phone|telephone|conversation|spoke|spoken|speak|talked)\b/i;
// "For the third time" numbers an occasion only beside a word of meeting or calling: "the
// deadline was moved for the second time" numbers no occasion.
const MEETING_WORDS = /\b(?:met|meet|meets|meeting|talks|round|session|summit|negotiators|delegations)\b/i;

type Numbered = { ordinal: string; occasion: 'call' | 'meeting'; text: string };

const toNumber = (w: string) => {
  const i = (ORDINAL_WORDS as readonly string[]).indexOf(w.toLowerCase());
  return i >= 0 ? String(i + 1) : w.replace(/\D/g, '');
};

/** The one number a passage gives the occasion it tells of, with the occasion's kind. */
const numberedOf = perPassage((p): Numbered | undefined => {
  const numbers = allMatches(NUMBERED_OCCASION, p.text).filter(
    (m) => m[2]!.toLowerCase() !== 'time' || CALL_WORDS.test(p.text) || MEETING_WORDS.test(p.text),
  );
  const found = numbers.map((m) => {
    const noun = m[2]!.toLowerCase();
    const call = noun === 'call' || noun === 'conversation' || (noun === 'time' && CALL_WORDS.test(p.text));
    return {
      ordinal: toNumber(m[1]!),
      occasion: call ? ('call' as const) : ('meeting' as const),
      text: m[0].toLowerCase(),
    };
  });
  const first = found[0];
  // Two numbers in one passage ("the second session of the third round") say no one number.
  if (!first || found.some((f) => f.ordinal !== first.ordinal || f.occasion !== first.occasion))
    return undefined;
  return first;
});

/** The number a passage gives the occasion it tells of ("the second round"), with its kind. */
export const occasionNumber = (p: Passage, roster: Roster): Omit<Numbered, 'text'> | undefined => {
  const n = numberedOf(p, roster);
  return n && { ordinal: n.ordinal, occasion: n.occasion };
};

/**
 * The two numberings ("third round", "fourth round") two passages give one occasion on one day, if they differ: "the third round
 * … opened in Fjellby today" / "the fourth round … opened on Tuesday" (the same Tuesday).
 */
export function ordinalsApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const [x, y] = [numberedOf(a, roster), numberedOf(b, roster)];
  if (!x || !y || x.occasion !== y.occasion || x.ordinal === y.ordinal) return undefined;
  // One day each, the same; a passage naming none ("It was the second meeting of the
  // delegations, the Citadel said") is of its own day of publishing.
  const dayOf = (p: Passage) => {
    const days = new Set(datesOf(p, roster));
    return days.size === 0 ? p.published : days.size === 1 ? [...days][0] : undefined;
  };
  const day = dayOf(a);
  if (!day || day !== dayOf(b)) return undefined;
  return [x.text, y.text];
}
