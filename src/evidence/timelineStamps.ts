// "18 March: the mediators' deadline, first set for 20 March, is extended to 25 March", "- 12 March –
// talks open": a chronology's entry opens on the day of what it records. That day dates the entry's
// act (the extension, the opening); it is not the day a limit the entry names falls due.
import type { FoundDate } from './dates.ts';

const BEFORE_STAMP = /^[\s\-–—•*·]*$/;
const AFTER_STAMP = /^\s*(?::|[–—-]\s)/;

/** Whether `date` opens `sentence` as a chronology entry's stamp. */
export const timelineStamp = (sentence: string, date: FoundDate): boolean =>
  date.index < 8 &&
  BEFORE_STAMP.test(sentence.slice(0, date.index)) &&
  AFTER_STAMP.test(sentence.slice(date.index + date.text.length, date.index + date.text.length + 3));

/** A chronology entry's stamp, beside another day of its own: "18 March: ..., is extended to 25 March". */
export const stampBeside = (sentence: string, date: FoundDate, dates: FoundDate[]): boolean =>
  timelineStamp(sentence, date) && dates.some((d) => d !== date && !d.vague);
