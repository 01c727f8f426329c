// The setting a wire gives a remark: "said in a statement issued in Kessel", "told a news conference
// in Drava", "said on Monday, in a statement released by his office". The statement or the briefing
// is the occasion the remark was made on: the day the sentence gives the saying is its day, and with
// none, the wire reports it as the day's news, made the day the story is written.
import type { FoundDate } from './dates.ts';

// The occasion's noun, as a wire names the setting of a remark.
const SETTING_NOUN =
  '(?:statement|(?:news|press) (?:conference|briefing)|briefing|video message|written answer)';
// Right before the noun: the article that makes it the remark's medium or venue.
const SETTING_BEFORE = /\b(?:in|at|to|told) an? (?:(?:brief|short|written|joint|televised) )?$/i;
const NOUN_FIRST = new RegExp(`^${SETTING_NOUN}\\b`, 'i');
// The trigger on the verb: "said in a statement", "told a news conference".
const VERB_FIRST = new RegExp(
  `^(?:said|stated|announced|declared|told)\\s+(?:(?:in|at|to)\\s+)?an?\\s+(?:(?:brief|short|written|joint|televised)\\s+)?${SETTING_NOUN}\\b`,
  'i',
);

/** Whether the trigger at `at` is a remark's setting: its medium or its venue, told with "in a" or "at a". */
export function isRemarkSetting(sentence: string, at: number): boolean {
  const rest = sentence.slice(at, at + 60);
  if (VERB_FIRST.test(rest)) return true;
  return NOUN_FIRST.test(rest) && SETTING_BEFORE.test(sentence.slice(Math.max(0, at - 24), at));
}

// "said on Sunday, in a": the saying and its day, then the setting's article.
const SAID_THEN = /^,?\s+(?:in|at) an? (?:(?:brief|short|written|joint|televised) )?$/i;
const SAYING_BEFORE = /\b(?:said|stated|announced|declared|told (?:reporters|journalists))\s+(?:on\s+)?$/i;

/**
 * The day of the saying that the setting at `at` is the medium of ("said on Sunday, in a statement"):
 * a said day (kept apart from the event days by the date reading) right before the setting's article.
 */
export function saidDayOfSetting(sentence: string, at: number, saidDays: FoundDate[]): FoundDate | undefined {
  if (!isRemarkSetting(sentence, at)) return undefined;
  return saidDays.find(
    (d) =>
      !d.vague &&
      d.index < at &&
      at - d.index < 60 &&
      SAID_THEN.test(sentence.slice(d.index + d.text.length, at)) &&
      SAYING_BEFORE.test(sentence.slice(Math.max(0, d.index - 40), d.index)),
  );
}
