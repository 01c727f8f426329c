// The outlet a remark was told to is no part of what was said: "Kostal told the Harbour Times",
// "Varin said in an interview with Norland Radio", "according to Corbel News". Two attributions
// that share only their outlet ("X told Channel 4 News on Sunday" / "Y said during an interview
// with Channel 4 News") are two remarks, not one claim, so claim linking reads neither the outlet
// nor the interview as content words. "Told reporters" stays: alike-in-words is weighed with
// it, and taking it out made short quoted remarks alike to any sentence sharing one word.
import { MEDIA_WORD } from './outlets.ts';

// Broadcasters and wires known by their letters or a one-word name, which carry no media word.
const LETTERED =
  'CNN|BBC|NBC|ABC|CBS|MSNBC|NPR|PBS|AFP|AP|TASS|RIA|NHK|CCTV|CGTN|DPA|ANSA|EFE|PAP|ARD|ZDF|RAI|Axios|Politico';
// An outlet's name as written: up to three capitalised words before a word only outlets use
// ("Fox News", "the Harbour Times", "Norland State Television"), or a lettered name.
// MEDIA_WORD is read case-sensitively here: "news" in lower case is a word of the sentence.
const OUTLET = `(?:the )?(?:(?:[A-Z][\\w&.'’-]*\\s+){0,3}(?:${MEDIA_WORD.source.replace(/^\\b|\\b$/g, '')})\\b|(?:${LETTERED})(?![\\w-]))(?:['’]s)?`;
// An outlet named by what it is: "told state television".
const STATE_OUTLET = 'state (?:media|television|TV|radio)\\b';
// What leads to the channel: a verb of telling, "according to", an interview.
const LEAD =
  '(?:told|tells|telling|said (?:to|on)|speaking (?:to|on|with)|spoke (?:to|on|with)|appearing on|in (?:remarks|comments) to|[Aa]ccording to|cited by|quoted by|reported by)';
const INTERVIEW =
  '(?:[Ii]n|[Dd]uring) (?:an?|his|her|their) (?:(?:television|radio|TV|exclusive|joint) )?interview';

/** Each telling channel in a sentence: a lead and an outlet, or an interview with its outlet. */
export const TELLING_CHANNEL = new RegExp(
  `\\b(?:${LEAD} (?:${OUTLET}|${STATE_OUTLET})|${INTERVIEW}(?: (?:with|on|to) ${OUTLET})?)`,
  'g',
);
