// "The deadline, first set on 1 February, has been extended to 30 April": the day a limit was set,
// agreed or announced is when someone fixed it, not a day it falls due. Left out of the days read
// for the sentence's events, as the day a "first since" measures from is (firstSince.ts).
// "Originally set for 1 February" names the old day due, and stays.

// The limit's noun, then the act of setting it "on" the day, within its phrase.
const SET_ON =
  /\b(?:deadlines?|target dates?|time ?limits?|ultimatums?|timetables?)\b[^.;]{0,40}?\b(?:set|agreed|announced|fixed|imposed|decided|adopted|introduced|laid down)\s+(?:(?:at|in) [^.;,]{1,30}? )?(?:on\s+(?:the\s+)?)?$/i;
const ON = /^on\s/i;

/** `dates` without the days a limit is said to have been set on. */
export function withoutSettingDays<D extends { index: number; text: string }>(
  sentence: string,
  dates: D[],
): D[] {
  if (!/\bon\b/i.test(sentence)) return dates;
  return dates.filter((d) => {
    const before = sentence.slice(Math.max(0, d.index - 90), d.index);
    // "on" is read with a weekday ("on Monday"), before the day otherwise.
    return !(SET_ON.test(before) && (ON.test(d.text) || /\bon\s+(?:the\s+)?$/i.test(before)));
  });
}
