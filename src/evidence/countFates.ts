// What befell the things a count counts: held ("the continued detention of 23 fishing vessels",
// "has been holding 21 vessels") or given back ("nine vessels were returned at Port Vell"). One
// return well short of those held is a part of them, not another figure for the same group; a
// return near the whole held ("25 still held" / "23 handed over") is the group counted twice.
// Those held are counted at two moments: when they were taken ("40 sailors were detained in
// May") and after some came home ("31 remain in custody"). Those taken and those who remain are
// two counts of one group, the one before a release and the one after it. So are those a text says
// should be released ("all 300 named on the list should be freed") and those who were.

import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

type Fate = 'held' | 'returned';

// "held" of a meeting is no custody: "the summit, held in Geneva", "holding talks", "held a round".
const HELD =
  /\b(?:detention|detained|detaining|detains?|(?:holding|held|holds?)(?!\s+(?:in|at|on|over|during|between|under|online|virtually|talks|consultations|meetings?|a\s+(?:meeting|round|summit|call|briefing|press|vote)|an?\s+(?:session|election|referendum))\b)|seized|seizing|captured|arrested|impounded|in custody|confiscated)\b/i;
const RETURNED =
  /\b(?:returned|handed\s+(?:back|over)|released|freed|set\s+free|sent\s+(?:home|back)|repatriated|given\s+back|came\s+home|(?:release|return|handover|repatriation)\s+of)\b/i;
// Still held, whatever was given back before: "remain in custody after Thursday's release",
// "are still being held", "remain behind bars".
// "remain under the jurisdiction of its courts", "still in the hands of the coastguard".
const REMAINING =
  /\b(?:remain(?:s|ed)?|still)\s+(?:[\p{L}'’]+\s+){0,3}?(?:held|detained|imprisoned|captive|behind\s+bars|in\s+(?:[\p{L}'’]+\s+)?(?:custody|detention|prison|jail)|under\s+(?:[\p{L}'’]+\s+){0,2}?(?:jurisdiction|arrest|detention|custody)|in\s+the\s+hands\s+of)\b/iu;
// The act of taking them, told as past: "were detained", "had been seized", "arrested on 3 May".
const TAKEN =
  /\b(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:detained|arrested|seized|captured|impounded|taken\s+(?:captive|hostage|prisoner))|(?:detained|arrested|seized|captured)\s+(?:on|in|since)\s+(?:\p{Lu}|\d))/u;
// A return called for, not yet done: "should be released", "are to be freed", "must be returned".
const CALLED_FOR =
  /\b(?:should|must|shall|would|will|are\s+to|is\s+to|to)\s+be\s+(?:released|freed|returned|repatriated|handed\s+(?:back|over)|set\s+free|exchanged)\b/i;
// A return done: "were released", "have been freed", "walked free", "came home", "freed on Friday".
const DONE =
  /\b(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:released|freed|returned|repatriated|handed\s+(?:back|over)|set\s+free)|walked\s+free|came\s+home|went\s+home|(?:released|freed)\s+(?:on|yesterday|last|earlier)\b)\b/i;
// A part this much smaller than the whole held is one act's share of it.
const PART_SHARE = 0.75;

/** The clause a figure stands in: back to the last stop before it, on to the next after it. */
function clauseOf(text: string, q: Quantity, reach = 60): string {
  const start = Math.max(0, q.index - 60);
  const before =
    text
      .slice(start, q.index)
      .split(/[.;!?:]/)
      .at(-1) ?? '';
  const after = text.slice(q.index, q.index + q.text.length + reach).split(/[.;!?:]/)[0] ?? '';
  return `${before}${after}`;
}
// The verb that calls for a return may stand past what qualifies the count ("all 412 persons named
// on the list submitted to the mediator should be released").
const CALL_REACH = 160;

/** The fate told in the clause of a figure, where one is told and only one. */
const fateOf = oncePerFigure((text: string, q: Quantity): Fate | undefined => {
  const clause = clauseOf(text, q);
  if (REMAINING.test(clause)) return 'held';
  const [held, returned] = [HELD.test(clause), RETURNED.test(clause)];
  return held === returned ? undefined : held ? 'held' : 'returned';
});

/** When those held are counted: as they were taken, or as they still are; undefined if neither. */
const momentOf = oncePerFigure((text: string, q: Quantity): 'taken' | 'remaining' | undefined => {
  const clause = clauseOf(text, q);
  return REMAINING.test(clause) ? 'remaining' : TAKEN.test(clause) ? 'taken' : undefined;
});

/** Whether a figure counts those a return is called for, or those it befell; undefined if neither. */
const returnOf = oncePerFigure((text: string, q: Quantity): 'called' | 'done' | undefined => {
  const clause = clauseOf(text, q, CALL_REACH);
  const [called, done] = [CALLED_FOR.test(clause), DONE.test(clause)];
  return called === done ? undefined : called ? 'called' : 'done';
});

/** Whether one figure counts those whose return is called for and the other those returned. */
export function calledAndDone(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [rx, ry] = [returnOf(ta, x), returnOf(tb, y)];
  return rx !== undefined && ry !== undefined && rx !== ry;
}

/**
 * Whether one figure counts those given back and the other, well larger, those held; or, of any
 * size, those who remain held after a return: those freed are never among them.
 */
export function partReturned(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [fx, fy] = [fateOf(ta, x), fateOf(tb, y)];
  if (!fx || !fy || fx === fy) return false;
  const [back, held, heldText] = fx === 'returned' ? [x, y, tb] : [y, x, ta];
  return back.value < PART_SHARE * held.value || remainAfterReturn(heldText, held);
}

// A return its clause tells as past: "after Thursday's release", "following the exchange of 3 May".
const AFTER_RETURN =
  /\b(?:after|following|since)\s+(?:the\s+|this\s+|last\s+|[\p{L}'’]+\s+)?(?:[\p{L}'’]+\s+)?(?:release|return|handover|exchange|swap|repatriation)s?\b/iu;
// Those who remain held after a return told before them ("still held", said alone, may be the
// count before the handover that another source tells as those handed over).
const remainAfterReturn = (text: string, q: Quantity): boolean =>
  momentOf(text, q) === 'remaining' && AFTER_RETURN.test(clauseOf(text, q));

/** Whether one figure counts those taken and the other those who remain held: two moments. */
export function takenAndRemaining(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const [mx, my] = [momentOf(ta, x), momentOf(tb, y)];
  return mx !== undefined && my !== undefined && mx !== my;
}
