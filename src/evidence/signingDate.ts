// The day a text is to be signed, named as the signing's own date: "the date for signature is now
// 10 April", "set 20 March as the date for signature", "keep 20 April as the day of signing", "the
// new signing date of 22 March", "its signature on 30 April". A day set for the act is the signing
// on that day, a meeting; the day a text must be signed by is told with "by", "no later than", a
// "deadline" or a "target" (corpus README, ruling of session 40). A trigger pattern of events.ts
// (its word: 'sign'); OF_SIGNING keeps the deadline pattern off these dates.

import { DAY_SOURCE } from './signingOnDay.ts';

/** After "date": the signing it is the date of ("the date for signature", "date of the signing"). */
export const OF_SIGNING = ' (?:for|of) (?:the )?(?:signing|signature)\\b';

// A day in its clause, before the words or after them: "20 March as the date for signature",
// "the date of signature … has been moved to 15 April"; not a day past ", and" or ", but", which
// is another clause's ("…had not been set, and talks resume on 20 March").
const IN_CLAUSE = '(?:(?!, (?:and|but|while|whereas)\\b)[^.;:?!])';
const DAY_NEAR = `(?:(?<=${DAY_SOURCE}${IN_CLAUSE}{0,40})|(?=${IN_CLAUSE}{0,60}?\\b${DAY_SOURCE}))`;
// Not the target or the limit: "the target date for signing", "the deadline date for signature".
const NOT_LIMIT = '(?<!\\b(?:target|deadline|latest|final) (?:date|day)(?: (?:for|of) (?:the )?\\w+)?)';
// No date set ("no date for signature", "the date for signature has yet to be set"), and the date
// of an old text, which a year names ("the date of signature of the 1998 convention"): no signing ahead.
const NOT_SET =
  '(?<!\\bno (?:date|day) (?:for|of) (?:the )?(?:signing|signature))(?![^.;,]{0,30}?\\b(?:not|never|yet to)(?: yet)?(?: be| been)? (?:set|fixed|agreed|decided|announced|confirmed)\\b)(?! of (?:the |its )?(?:1[89]|20)\\d\\d\\b)';

export const SIGNING_DATE = new RegExp(
  `\\b(?:signing|signature)\\b(?<=\\b(?:date|day) (?:for|of) (?:the )?(?:signing|signature))${NOT_LIMIT}${NOT_SET}${DAY_NEAR}|\\bsigning(?= date\\b)(?<!\\b(?:target|deadline) signing)${DAY_NEAR}|\\bsignature(?= on (?:the )?${DAY_SOURCE})`,
  'gi',
);
