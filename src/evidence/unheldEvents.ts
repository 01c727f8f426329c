// Events a text names but does not report as held. Readouts routinely say what was not agreed:
// "there are no plans for a meeting", "a visit is not on the agenda" name no event at all; "Kostal
// proposed a meeting", "Varin rejected the offer of talks", "the visit was cancelled", "the date
// of the next meeting has not been agreed" name one that has not taken place. A record dates what
// it reports as done on its own day: these keep only a day the text gives them.

// Read on the words just before a trigger, and on its own clause after it.
const REACH = 80;
// Words that open another clause or event between a cue and the trigger, or between the trigger
// and a predicate: "rejected the proposal and met", "resumed after the round was suspended".
const OTHER_CLAUSE =
  /\b(?:and|but|then|that|which|who|after|before|following|when|while|because|since|until|though|although|resumed|took|began|ended|opened|closed|went|met|held)\b/i;

// "no plans for a meeting", "no intention of holding talks", "no question of a visit", a
// spokesman's quoted "no such plans" for one side to meet another.
const NO_PLANS =
  /\b(?:no|not any) (?:such )?(?:plans?|intention|question|decision|arrangements?|preparations?)["”’]?(?: (?:at present|currently|yet|as yet|so far))? (?:for|of|to|about)\b([^,;:.]{0,40})$/i;
// "a meeting ... is not on the agenda", "a visit was not being considered".
const NOT_PLANNED =
  /^([^.;:]{0,60}?)\b(?:is|are|was|were|has|have)(?: been)? (?:not|no longer) (?:(?:currently|yet) )?(?:on the (?:agenda|cards|table)|(?:being )?(?:planned|scheduled|foreseen|envisaged|contemplated|considered))\b/i;

/** Whether the text names the event at `at` only to say that there are no plans for it. */
export function noneIsPlanned(sentence: string, at: number, word: string): boolean {
  const before = NO_PLANS.exec(sentence.slice(Math.max(0, at - REACH), at));
  if (before && !OTHER_CLAUSE.test(before[1]!)) return true;
  const after = NOT_PLANNED.exec(sentence.slice(at + word.length, at + word.length + REACH));
  return after !== null && !OTHER_CLAUSE.test(after[1]!);
}

// "proposed a meeting", "the offer of talks", "ready to continue talks", "rejected ... a visit",
// "preparations for the next round", "the next meeting": offered, refused or still to come.
const OFFERED_OR_NEXT =
  /\b(?:propos(?:e|es|ed|ing|als?)|suggest(?:s|ed|ing|ions?)?|offer(?:s|ed|ing)?|invitations?|ready|willing(?:ness)?|readiness|prepared to|open to|reject(?:s|ed|ing)?|turned down|rebuff(?:s|ed)?|prepar(?:e|es|ed|ing|ations?) (?:of|for)|(?:the|a|its|their) (?:next|upcoming|forthcoming|future|possible|potential|proposed|eventual))\b([^,;:.]{0,40})$/i;
// "the visit was cancelled", "the talks have been postponed indefinitely" (not "postponed to
// 20 April", a new day), "the date ... has not yet been agreed", "a date is yet to be set".
const CALLED_OFF_OR_UNSET =
  /^([^.;:]{0,60}?)\b(?:(?:was|were|has been|have been|had been|is|are|will be|would be)(?: now| since| later| subsequently| reportedly)? (?:cancell?ed|called off|postponed(?! (?:to|until|till|for)\b)|put off|suspended|scrapped|shelved)|(?:has|have|had|is|are|was|were)(?: still)? (?:not|yet to)(?: yet)?(?: been| be)? (?:agreed|set|fixed|scheduled|decided|determined|confirmed|announced|finali[sz]ed))\b/i;
// "No date has been set for the meeting", "no date for the next round".
const NO_DATE = /\bno (?:date|dates|time|venue)\b([^;:.]{0,40})$/i;

/** Whether the event at `at` is named as offered, refused, called off, to come or not yet fixed. */
export function notYetHeld(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - REACH), at);
  const cue = OFFERED_OR_NEXT.exec(before) ?? NO_DATE.exec(before);
  if (cue && !OTHER_CLAUSE.test(cue[1]!)) return true;
  const word = /^\S+/.exec(sentence.slice(at))?.[0] ?? '';
  const after = CALLED_OFF_OR_UNSET.exec(sentence.slice(at + word.length, at + word.length + REACH));
  return after !== null && !OTHER_CLAUSE.test(after[1]!);
}

// "discussed the latest round of talks", "reviewed the state of the negotiations", "briefed the
// President on the talks", "exchanged views on the results of the meeting": a call or meeting
// takes another event as its topic. That event was held on a day of its own, not the record's.
// "discussed at the meeting", "reviewed in the course of the talks": the occasion of the act, no topic.
const TOPIC_OF =
  /\b(?:[Dd]iscuss(?:ed|es|ing)?|[Rr]eview(?:ed|s|ing)?|[Aa]ssess(?:ed|es|ing)?|exchanged views (?:on|about)|[Tt]ook stock of|taking stock of|(?:[Bb]rief|[Uu]pdat|[Ii]nform)(?:ed|s|ing)\b[^,;:.]{0,40}? (?:on|about)|(?:discussion|review|assessment|exchange of views) (?:of|on|about))(?! (?:at|in|during)\b)((?: (?:the|a|an|its|their|his|her|this|these|recent|latest|last|ongoing|current|previous|past|first|second|third|results?|outcomes?|course|state|progress|status|conduct|preparations?|details?|substance|of|in|at|made|achieved|so far|round|rounds|peace|direct|bilateral|trilateral|\p{Lu}[\p{L}-]*)){0,8}) ?$/u;

/** Whether the event at `at` is the topic another act takes up ("discussed the talks in Fjellby"). */
export function namedAsTopic(sentence: string, at: number): boolean {
  return TOPIC_OF.test(sentence.slice(Math.max(0, at - REACH), at));
}
