// The setting a wire gives a remark: "said in a statement put out in Kessel", "told a news conference
// in Drava", "said on Monday, in a statement released by his office". The statement or the briefing
// is the occasion the remark was made on: the day the sentence gives the saying is its day, and with
// none, the wire reports it as the day's news, made the day the story is written.
import type { FoundDate } from './dates.ts';

// The occasion's noun, as a wire names the setting of a remark.
const SETTING_NOUN =
  '(?:statement|(?:news|press) (?:conference|briefing)|briefing|video message|written answer)';
// What a wire says of the setting between the article and the noun: "in a brief statement", "at
// her daily briefing", "at his morning press conference" (a regular occasion is still the setting).
const SETTING_ADJ = '(?:brief|short|written|joint|televised|daily|weekly|regular|morning|evening|closing)';
// The article, or the speaker's own: "at a briefing", "at her briefing"; "the" with a regular
// occasion's word ("at the daily briefing"), not alone ("in the statement" may be another's).
const SETTING_DET = `(?:an?|her|his|their|its) (?:${SETTING_ADJ} )?|the ${SETTING_ADJ} `;
// Right before the noun: the article that makes it the remark's medium or venue. Not "to a" alone:
// "replying to a statement", "according to a statement" name an earlier one, not the remark's.
const SETTING_BEFORE = new RegExp(`\\b(?:in|at|told|(?:spoke|speaking|talking) to) (?:${SETTING_DET})$`, 'i');
const NOUN_FIRST = new RegExp(`^${SETTING_NOUN}\\b`, 'i');
// The trigger on the verb: "said in a statement", "told a news conference".
const VERB_FIRST = new RegExp(
  `^(?:said|stated|announced|declared|told)\\s+(?:(?:in|at|to)\\s+)?(?:${SETTING_DET})${SETTING_NOUN}\\b`,
  'i',
);

/** Whether the trigger at `at` is a remark's setting: its medium or its venue, told with "in a" or "at a". */
export function isRemarkSetting(sentence: string, at: number): boolean {
  const rest = sentence.slice(at, at + 60);
  if (VERB_FIRST.test(rest)) return true;
  return NOUN_FIRST.test(rest) && SETTING_BEFORE.test(sentence.slice(Math.max(0, at - 24), at));
}

// "said on Monday, in a": the saying and its day, then the setting's article.
const SAID_THEN = new RegExp(`^,?\\s+(?:in|at) (?:${SETTING_DET})$`, 'i');
const SAYING_BEFORE =
  /\b(?:said|stated|announced|declared|told (?:reporters|journalists))\s+(?:(?:on|this)\s+)?$/i;

/**
 * The day of the saying that the setting at `at` is the medium of ("said on Monday, in a statement"):
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

// What sets the saying on another day than the story's: a year ("in 2029"), a span back ("two years
// ago"), the pluperfect ("had said"), or an earlier round it followed ("after the first round").
const OTHER_TIME =
  /\b(?:(?:19|20)\d\d|ago|had (?:said|stated|announced|declared|told)|at the time|(?:after|before|during|following) the (?:first|second|third|last|previous|earlier|opening|initial) \w+)\b/i;

/** Whether the trigger at `at` is a remark's setting on no day but the story's: "said in a statement". */
export const settingOnStoryDay = (sentence: string, at: number): boolean =>
  isRemarkSetting(sentence, at) && !OTHER_TIME.test(sentence);
