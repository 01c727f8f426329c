// An occasion one source reports, and another says was not agreed or did not take place.
// Readouts and briefings routinely say what was not agreed ("No date has yet been agreed for
// a meeting between the two leaders", "The Citadel denied that any meeting had been agreed")
// and deny what others report ("no call between the two presidents had taken place"). Set
// against "the two leaders agreed to meet in Fjellby on 18 March" or "Kostal spoke with Varin
// by phone on Tuesday", each is a status in dispute: set or not, held or not.
// Not a dispute: an occasion set after the denial was written (a date agreed the week after
// "no date yet"), a denial of another occasion's kind (a meeting denied, a call reported),
// of other people's occasion (named people who are not the event's, leaders against
// delegations), or of a next occasion against one already held.
import { DAY_MS } from '../core/calendar.ts';
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { eventClass, perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';
import { contentWords } from './words.ts';

type Denied = 'held' | 'set' | 'date' | 'deadline';
interface Denial {
  /** That it took place, that it was agreed at all, or that its day was agreed. */
  denied: Denied;
  /** The class of occasion denied ("call", "meeting", "visit"), if the denial names one. */
  occasion?: string;
  /** The denial's own words: whom it names there are the occasion's people, not who says it. */
  said: string;
}

// The occasions a denial names, by class.
const OCCASION =
  '(?:(?:phone |telephone |direct |face-to-face )?(?:calls?|conversations?|contacts?)|meetings?|talks|summits?|sessions?|visits?)';
// "no call between the two presidents had taken place", "denied that any meeting took place",
// "the call did not take place" ("the call took place at the request of …" tells it held).
const NOT_HELD = new RegExp(
  `\\b(?:(?:no|any)\\s+(?:such\\s+)?(${OCCASION})\\b[^.;:?!]{0,60}?\\b(?:(?:has|had|have)\\s+(?:ever\\s+)?(?:taken place|happened|been held|occurred)|took place)|the\\s+(${OCCASION})\\b[^.;:?!]{0,60}?\\b(?:(?:did not|didn['’]t|never) (?:take place|happen)|(?:has|had) not (?:taken place|happened|been held)))\\b`,
  'i',
);
// "denied that any meeting between Varin and Kostal had been agreed", "no meeting has been
// scheduled", "there are no plans for a meeting".
const NOT_SET = new RegExp(
  `\\b(?:no|any)\\s+(?:such\\s+|further\\s+|new\\s+)?(${OCCASION})\\b[^.;:?!]{0,60}?\\b(?:has|had|have|is|was|were)\\s+(?:yet\\s+)?(?:been\\s+)?(?:agreed|planned|scheduled|arranged|set up)\\b|\\bno plans? (?:for|to hold) (?:a|an|any)\\s+(?:new\\s+)?(${OCCASION})`,
  'i',
);
// "No date has yet been agreed for a meeting", "the date of the next meeting has not yet been
// agreed", "no date for the pull-back was agreed".
const NO_DATE =
  /\bno (?:new |firm |fixed |exact )?(?:date|timetable|timeline|schedule)\b[^.;:?!]{0,60}?\b(?:has|had|have|was|were|is)\s+(?:yet\s+)?(?:been\s+)?(?:agreed|set|fixed|scheduled|decided|confirmed)\b|\bthe (?:date|timetable|timeline|schedule) (?:of|for)\b[^.;:?!]{1,60}?\b(?:has|had|have|is|was)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:agreed|set|fixed|decided|confirmed)\b/i;
// Whoever says it first, a denial is said: "denied that any …" needs its verb to deny.
const DENIES_BEFORE =
  /\b(?:denied|denies|deny|denying|rejected reports|not aware of|no truth in reports)\b[^.;:?!]{0,40}$/i;

const DATE_OF = new RegExp(
  `\\b(?:for|of)\\s+(?:(?:a|an|the|any|another)\\s+)?(?:(?:next|new|second|third|further|follow-up|first)\\s+)?(${OCCASION})\\b`,
  'i',
);

const classOf = (word: string | undefined): string | undefined => {
  if (!word) return undefined;
  if (/call|conversation|contact/i.test(word)) return 'call';
  if (/visit/i.test(word)) return 'visit';
  return 'meeting';
};

// A day said not to be a deadline: "The end of March is not our deadline", "31 March is no
// longer the deadline", "there is no deadline of 31 March".
const NOT_DEADLINE =
  /\b(?:is|was|are)\s+(?:not|no longer)\s+(?:our|a|the|any(?:one['’]s)?|their)\s+(?:\p{L}+\s+)?deadline\b|\bno deadline (?:of|on|for)\b/iu;

/** What a passage denies of an occasion, if it denies anything. */
export const denialOf = perPassage((p: Passage): Denial | undefined => {
  const deadline = NOT_DEADLINE.exec(p.text);
  // The day denied is the subject before "is not": "Friday is not the deadline; Monday is".
  if (deadline) return { denied: 'deadline', said: p.text.slice(0, deadline.index + deadline[0].length) };
  const held = NOT_HELD.exec(p.text);
  if (held && (!/^any\b/i.test(held[0]) || DENIES_BEFORE.test(p.text.slice(0, held.index))))
    return { denied: 'held', occasion: classOf(held[1] ?? held[2]), said: held[0] };
  const set = NOT_SET.exec(p.text);
  if (set && (!/^any\b/i.test(set[0]) || DENIES_BEFORE.test(p.text.slice(0, set.index))))
    return { denied: 'set', occasion: classOf(set[1] ?? set[2]), said: set[0] };
  const date = NO_DATE.exec(p.text);
  if (date) {
    const said = p.text.slice(date.index);
    // The occasion whose date it is ("for a meeting", "of the next round"), not where it was not
    // agreed ("during the conversation").
    const whose = DATE_OF.exec(said);
    return { denied: 'date', occasion: classOf(whose?.[1]), said };
  }
  return undefined;
});

// A denial of what took place speaks of the days just before it.
const HELD_DAYS = 7;
// A named body's meeting: "no meeting of the Joint Commission", "a session of the Security Council".
const BODY = /\b(?:of|by)\s+the\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)/u;

// Who meets, said by group: leaders and delegations do not hold one meeting.
const GROUPS = [
  /\b(?:leaders|presidents|heads of state|prime ministers)\b/i,
  /\b(?:delegations|negotiators|negotiating teams|working groups|experts)\b/i,
  /\b(?:foreign ministers|ministers)\b/i,
];
// The group that meets is the one nearest before the word of meeting: "the Presidents agreed
// that the delegations will meet" is the delegations' meeting.
const MEETS = /\b(?:meet|meets|met|meeting|talks|call|calls|spoke|speak|conversation|visit\w*|session)\b/i;
function groupOf(text: string): number {
  const at = MEETS.exec(text)?.index ?? text.length;
  let best = -1;
  let bestAt = -1;
  GROUPS.forEach((g, i) => {
    for (const m of text.slice(0, at).matchAll(new RegExp(g.source, 'gi')))
      if (m.index > bestAt) [best, bestAt] = [i, m.index];
  });
  return best !== -1 ? best : GROUPS.findIndex((g) => g.test(text));
}

// A deadline told as settled, not as a draft's or a party's ("would have to … by 12 May").
const SETTLED =
  /\b(?:agreed|agree|confirmed|confirm|reaffirmed|set|fixed|decided|shall|endorsed|approved)\b/i;

// Words of a deadline's subject that say nothing of what it is for.
const DATE_WORDS = contentWords(
  'date timetable timeline schedule deadline agreed set fixed confirmed decided yet been sides parties two both conversation call talks during day',
);

/** The people (not parties) a phrase or an event names. */
const peopleIn = (ids: string[], roster: Roster) => {
  const people = buildGazetteer(roster).personById;
  return ids.filter((id) => people.has(id));
};
const peopleNamed = (text: string, roster: Roster) =>
  peopleIn(
    entityMentions(text, roster).flatMap((e) => (e.person ? [e.person] : [])),
    roster,
  );

// A question's premise ("And the March 31 deadline – is that still holding?") asserts nothing.
const asked = (p: Passage) =>
  /\?["'”’)]*\s*$/.test(p.text) || /^\s*(?:Q|QUESTION|Question)\b[^:]{0,40}:/.test(p.text);

/** Days from one day to another. */
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/**
 * Why an event passage and a passage of another source cannot both be true, if they cannot:
 * the other says the event was not agreed, its day not agreed, or that it did not take place.
 */
export function occasionDenied(event: Passage, other: Passage, roster: Roster): string | undefined {
  if (event.claim?.kind !== 'event' || !event.published || !other.published || asked(event)) return undefined;
  const denial = denialOf(other, roster);
  if (!denial) return undefined;
  const { eventKind, date, participants } = event.claim.data;
  if (!date || eventKind === 'statement') return undefined;
  const cls = eventClass(eventKind);
  if (denial.denied === 'deadline') return deadlineDenied(event, other, date, roster);
  // A deadline is denied by its subject ("no date for the pull-back"); an occasion by its class.
  if (eventKind === 'deadline') {
    if (denial.denied !== 'date' || denial.occasion || !SETTLED.test(event.text)) return undefined;
    const own = contentWords(event.text);
    const said = [...contentWords(other.text)].filter((w) => own.has(w) && !DATE_WORDS.has(w));
    if (said.length === 0) return undefined;
  } else if (denial.occasion !== cls) return undefined;
  // The people the denial names are the event's, where the event names any; leaders' and
  // delegations' meetings are two.
  const [named, theirs] = [peopleNamed(denial.said, roster), peopleIn(participants, roster)];
  if (theirs.length > 0 && named.some((x) => !theirs.includes(x))) return undefined;
  const [ge, go] = [groupOf(event.text), groupOf(other.text)];
  if (ge !== -1 && go !== -1 && ge !== go) return undefined;
  // A body's meeting ("no meeting of the Joint Commission") is the event's only where it names it.
  const body = BODY.exec(denial.said)?.[1];
  if (body && !event.text.includes(body)) return undefined;
  // Parties the denial names ("no call between Arvenia and Norland") are the event's.
  const g = buildGazetteer(roster);
  const sides = new Set(participants.map((x) => g.personById.get(x)?.party ?? x));
  const partiesSaid = entityMentions(denial.said, roster).flatMap((e) => (e.person ? [] : [e.party]));
  if (sides.size > 0 && partiesSaid.some((x) => !sides.has(x))) return undefined;
  if (denial.denied === 'held') {
    // Denied once the day has come, of days just past: a call reported held on a day no later
    // than the denial and within the week before it ("has ever taken place" reaches further).
    const since = daysFrom(date, other.published);
    const ever = /\b(?:ever|never)\b/i.test(denial.said);
    if (event.claim.data.tense !== 'past' || since < 0 || (since > HELD_DAYS && !ever)) return undefined;
    return `the ${eventKind} on ${date} held vs said not to have taken place`;
  }
  // An occasion still to come when the denial was written, told set no later than a day after it
  // (set later, it was agreed in between); one told as held is not the next.
  if (event.claim.data.tense === 'past' && eventKind !== 'deadline') return undefined;
  if (daysFrom(other.published, date) <= 0 || daysFrom(other.published, event.published) > 1)
    return undefined;
  const what = denial.denied === 'date' ? 'no date agreed' : `no ${cls} agreed`;
  return `the ${eventKind} on ${date} agreed vs ${what}`;
}

// A deadline told as standing: set, kept, unchanged.
const STANDS = /\b(?:remains?|remained|unchanged|stands|still|holds|confirmed|reaffirmed|in force)\b/i;

/** A deadline a source says stands, on the day another says is no deadline. */
function deadlineDenied(event: Passage, other: Passage, date: string, roster: Roster): string | undefined {
  if (event.claim?.kind !== 'event' || event.claim.data.eventKind !== 'deadline') return undefined;
  if (!STANDS.test(event.text)) return undefined;
  // Said before the day: a deadline that has passed is no longer anyone's.
  if (daysFrom(other.published!, date) < 0 || daysFrom(event.published!, date) < 0) return undefined;
  const denial = denialOf(other, roster);
  const days = findDates(denial?.said ?? '', other.published).map((d) => d.iso);
  if (!days.includes(date)) return undefined;
  return `the deadline of ${date} stands vs is no deadline`;
}
