// A text made public before its time: a draft "leaked to a newspaper", "published by the
// Courier", "seen by Reuters", "on the front page of the Herald", or that a party "learned of
// from the press". Every negotiation with a leak has each source tell it in its own words — a
// readout's "unauthorised publication of the draft in the press", a wire's "first reported by a
// daily", a minister's "the document printed in the Courier is genuine" — so two passages that
// tell a text's leak are about one thing however few other words they share.
import { entityMentions } from './entities.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const TEXT =
  /\b(?:drafts?|plans?|texts?|documents?|memorand(?:um|a)|frameworks?|papers?|cop(?:y|ies)|versions?|proposals?)\b/i;
// Where a text is made public: the press, a newspaper, a daily, a front page.
const OUTLET = '(?:press|newspapers?|daily|dailies|media|front page|outlets?)';
const PUBLISHED = '(?:published|printed|appeared|carried|obtained|seen|reported|revealed)';
const LEAKS = [
  // "leaked to a Velling newspaper", "was leaked days later", "the leak of the mediator's draft".
  /\bleaked\b(?![ \t]+(?:[\p{L}-]+[ \t]+)?(?:drafts?|plans?|texts?|documents?|memorand\w*|frameworks?|papers?|versions?)\b)|\bleak(?:s|ing)?\b(?:[ \t]+of\b|[ \t]+(?:the|a|an|this|that|its|our|their)\b)/iu,
  // "appeared in the Obravian press", "printed in the Dornhall Courier", "published by my newspaper".
  new RegExp(
    String.raw`\b${PUBLISHED}\b(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?:in|by|on)[ \t]+(?:(?:the|a|an|my|our|their|its)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?${OUTLET}\b`,
    'iu',
  ),
  // "which an Obravian daily published on Monday".
  new RegExp(
    String.raw`\b${OUTLET}[ \t]+(?:had[ \t]+|has[ \t]+)?(?:published|printed|carried|revealed|obtained)\b`,
    'iu',
  ),
  // "the unauthorised publication of the draft in the press".
  new RegExp(
    String.raw`\bpublication\b[^.;]{0,40}\b(?:in|by)[ \t]+(?:the[ \t]+)?(?:[\p{L}-]+[ \t]+)?${OUTLET}\b`,
    'iu',
  ),
  // "we learned of the first draft from the press".
  new RegExp(
    String.raw`\b(?:learn(?:ed|t)|found out|heard)\b[^.;]{0,40}\bfrom[ \t]+(?:the[ \t]+)?${OUTLET}\b`,
    'iu',
  ),
  /\bfront page\b/i,
];
// "a copy seen by the Courier", "first reported by the Ardmouth Ledger": an outlet by its name.
const BY_NAME =
  /\b(?:published|printed|obtained|seen|reported|revealed)[ \t]+by[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)*)/u;
// "has not been published by any of the three governments": no leak.
const NEGATED =
  /\b(?:not|never|n['’]t)[ \t]+(?:\w+[ \t]+)?(?:been[ \t]+)?(?:leaked|published|printed|seen|reported)\b/i;

/** Whether a passage tells of a text made public through the press. */
export function tellsLeak(text: string, roster: Roster): boolean {
  if (!TEXT.test(text) || NEGATED.test(text)) return false;
  if (LEAKS.some((re) => re.test(text))) return true;
  // A name after "published by" is an outlet's only when it names no party or person of the talks.
  const named = BY_NAME.exec(text);
  return named !== null && entityMentions(named[1]!, roster).length === 0;
}

export const leakTold = perPassage((p, roster) => tellsLeak(p.text, roster));

// A text told as a later version ("the revised text seen by the Ledger", "a copy of the new
// document"): a leak of it is not the leak of the draft before it. Negotiations leak a draft and
// then see the revision reported too; two passages tell one leak only if both or neither tell
// of a later version.
const LATER_TEXT =
  /\b(?:revised|redrafted|updated|amended|(?:new|latest)\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:texts?|drafts?|plans?|documents?|versions?|frameworks?|proposals?|papers?))\b/iu;

/** Whether two passages both tell of one text's leak to the press: one version, leaked. */
export const oneLeak = (a: Passage, b: Passage, roster: Roster): boolean =>
  leakTold(a, roster) && leakTold(b, roster) && LATER_TEXT.test(a.text) === LATER_TEXT.test(b.text);
