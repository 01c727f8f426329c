// A percentage told as a movement, not a level: prices "have risen by about 40 per cent", "a 45 per
// cent cut", support "down 12%". How far something moved is no account of a share or a level ("22
// per cent of the catch", "a reservoir at 19%"), which it cannot contradict; two movements of one
// thing still can.
import { oncePerFigure } from './figureMemo.ts';
import type { Quantity } from './numbers.ts';

// Before the figure, a verb of movement with its "by" and a hedge: "risen by about", "fell",
// "were cut by nearly", "up", "down by".
const MOVED_BY =
  /\b(?:ris(?:e|es|en|ing)|rose|f[ae]ll(?:s|en|ing)?|gr[eo]w(?:s|n|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|drop(?:s|ped|ping)?|slump(?:s|ed|ing)?|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|shr[aiu]nk|cut|slashed|reduced|lowered|raised|up|down)\s+(?:by\s+)?(?:(?:about|around|roughly|some|nearly|almost|over|more than|less than|close to|an estimated)\s+)?$/i;
// After it, the movement it measures: "a 45 per cent cut", "a 12% rise in fares".
const MOVEMENT_AFTER =
  /^\s*(?:cut|rise|increase|jump|drop|fall|decline|reduction|haircut|discount|markdown|hike|surge|slump)s?\b/i;

/** Whether a percentage is told as how far something moved (read once per figure). */
export const movesBy = oncePerFigure(
  (text: string, q: Quantity): boolean =>
    q.unit === 'percent' &&
    (MOVED_BY.test(text.slice(Math.max(0, q.index - 40), q.index)) ||
      MOVEMENT_AFTER.test(text.slice(q.index + q.text.length, q.index + q.text.length + 20))),
);
