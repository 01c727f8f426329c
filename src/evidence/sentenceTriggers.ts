// Sentence triggers: the triggers of a sentence, one per class, each with its day — the day after
// or just before it, a clause of its own, the next occasion's break.
// Split out of events.ts; moved verbatim.
import { coordinatedEvents } from './coordinatedEvents.ts';
import { dateWordsAt, type FoundDate } from './dates.ts';
import { limits } from './governingDate.ts';
import { HANDING } from './handedTexts.ts';
import { namedLimits } from './limitNames.ts';
import { limitStepDays } from './limitSteps.ts';
import { movedLimitDay, movedLimits } from './movedLimits.ts';
import { isNextOccasion } from './nextOccasion.ts';
import { recalledAt } from './recalledRounds.ts';
import { signingTarget } from './signingTargets.ts';
import type { Candidate } from './triggerCandidates.ts';
import {
  CLASS,
  LIMIT_OF,
  NEW_CLAUSE,
  OFFSET_START,
  ordinalOf,
  PURPOSE,
  RECEPTION,
  SIGNING,
  type Trigger,
  teamJourney,
  VISIT_BUSINESS,
} from './triggerContext.ts';
import type { EventClaimKind } from './types.ts';

/** The date words nearest a trigger, when they cannot be read for want of the day of writing. */
export function nearestWords(sentence: string, at: number): string {
  const words = dateWordsAt(sentence);
  return (
    words.reduce((best, w) => (Math.abs(w.index - at) < Math.abs(best.index - at) ? w : best), words[0]!)
      ?.text ?? ''
  );
}

/** Where the next trigger after `at` stands, or the sentence's end. */
export const nextTrigger = (found: Trigger[], at: number): number =>
  Math.min(Number.POSITIVE_INFINITY, ...found.filter((t) => t.index > at).map((t) => t.index));

/** The day written after a trigger, before any other trigger could claim it. */
function dayAfter(dates: FoundDate[], at: number): FoundDate | undefined {
  return dates.find((d) => !d.vague && d.index >= at && d.index - at < 90);
}

const RESTATED =
  /^within [^,;.]{1,30},?\s+(?:that is|i\.e\.|namely)[,\s]+(?:(?:by|on|before|no later than)\s+)?/i;

/** The day written just before a trigger: "the 30 April deadline". */
function dayJustBefore(dates: FoundDate[], at: number): FoundDate | undefined {
  return dates.find((d) => !d.vague && d.index < at && at - (d.index + d.text.length) <= 2);
}

/**
 * Whether the trigger at `early` stands in a clause closed by a semicolon (or ", while", ", but")
 * before the one at `late`, and each gives a day of its own.
 */
function clauseOfItsOwn(sentence: string, dates: FoundDate[], early: number, late: number): boolean {
  const between = sentence.slice(early, late);
  const cut = CLAUSE_BREAK.exec(between) ?? nextOccasionBreak(sentence, between, late);
  if (!cut) return false;
  const [own, theirs] = [dayAfter(dates, early), dayAfter(dates, late)];
  return own !== undefined && theirs !== undefined && own.index < early + cut.index && own.iso !== theirs.iso;
}
const CLAUSE_BREAK = /;\s|,\s+(?:while|but|whereas)\s/i;
// "initialled the text on 14 March, and the date for signature is 20 March": a text's initialling
// and its signing, each with a day of its own, are two occasions (eventTiming.ts).
const INITIALLING = /^initial/i;
function actsApart(sentence: string, dates: FoundDate[], early: number, late: number): boolean {
  if (INITIALLING.test(sentence.slice(early)) === INITIALLING.test(sentence.slice(late))) return false;
  const [own, theirs] = [dayAfter(dates, early), dayAfter(dates, late)];
  return own !== undefined && theirs !== undefined && own.index < late && own.iso !== theirs.iso;
}
// "Talks ended on Wednesday, with the delegations agreeing to meet again on 27 March", "met on
// Monday and agreed to meet again in April": the next occasion, told in a clause after ", with",
// ", and" or "and", is another event than the one that ended (nextOccasion.ts).
function nextOccasionBreak(sentence: string, between: string, late: number): RegExpExecArray | null {
  return isNextOccasion(sentence, late) ? NEXT_BREAK.exec(between) : null;
}
const NEXT_BREAK =
  /,\s+(?:with|and)\s|\s+and\s+(?=(?:[\w'’-]+\s+){0,4}?(?:agree|decide|plan|will|are to|were to|would))|\s+with\s+(?:an?\s+|the\s+)?(?:agreement|plan|decision|promise|pledge|commitment)s?\s/i;
// "open talks", "opens the second round": the meeting is the object of the opening.
const OPENS_IT = /^open(?:s|ed|ing)?\s+(?:the\s+|a\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * The events of a sentence's trigger words, one per class; a second of one class only after
 * "and again", in a new clause, or with a day of its own; plus the deadlines its limit words set.
 */
export function triggers(sentence: string, given: Candidate[], dates: FoundDate[]): Trigger[] {
  const found: Trigger[] = [];
  // "the text presented after the round in Ossel": a round recalled beside a sitting the sentence
  // reports is only its time, and gives way to it.
  const reported = (w: Candidate) => CLASS[w.kind] === 'meeting' && !recalledAt(sentence, w.index);
  const words = given.some(reported)
    ? given.filter((w) => CLASS[w.kind] !== 'meeting' || !recalledAt(sentence, w.index))
    : given;
  for (const word of words) {
    const { index } = word;
    const journey = word.kind === 'visit';
    const kind = journey && teamJourney(sentence, index) ? 'talks' : word.kind;
    // A signing is an occasion of its own beside the talks or the briefing the sentence reports.
    const signingAt = (k: EventClaimKind, at: number) => k === 'meeting' && SIGNING.test(sentence.slice(at));
    const signing = signingAt(kind, index);
    const mine = found.findLast(
      (t) => CLASS[t.kind] === CLASS[kind] && signingAt(t.kind, t.index) === signing,
    );
    if (mine) {
      // The patterns run in their own order, not the sentence's: "Talks ended on Wednesday; the
      // President met both delegations on Thursday" finds "met" first. A trigger before it, in a
      // clause of its own that gives its own day, is another event.
      if (
        index < mine.index &&
        (clauseOfItsOwn(sentence, dates, index, mine.index) || actsApart(sentence, dates, index, mine.index))
      ) {
        found.push({ kind, index, apart: true, journey });
        // "Talks ended on Wednesday, with the delegations agreeing to meet again": the next round.
        if (
          kind === 'talks' &&
          mine.kind === 'meeting' &&
          isNextOccasion(sentence, mine.index) &&
          /\b(?:delegations|sides|negotiators|negotiating teams)\b/i.test(sentence.slice(index, mine.index))
        )
          mine.kind = 'talks';
      }
      if (index <= mine.index) continue;
      const between = sentence.slice(mine.index, index);
      // "met today ... the second round, scheduled to open on 14 April": each with its own day.
      // "within 72 hours, ahead of the 30 April deadline": a day said just before its noun is its own.
      const [mineDay, ownDay] = [
        dayAfter(dates, mine.index),
        dayAfter(dates, index) ?? dayJustBefore(dates, index),
      ];
      const ownDayApart =
        mineDay !== undefined && ownDay !== undefined && mineDay.index < index && mineDay.iso !== ownDay.iso;
      // "progress since the Veyrin talks and ... the second round of talks, scheduled for 14 April":
      // a round given a number and a day of its own, after a mention with neither, is another; not
      // the round a team's journey is for ("would travel to Sorrance for a first round of talks").
      const numberedApart =
        !mine.journey &&
        ownDay !== undefined &&
        ownDay.index > index &&
        !dates.some((d) => d.index > mine.index && d.index < index) &&
        ordinalOf(sentence, index) !== undefined &&
        ordinalOf(sentence, mine.index) === undefined;
      // "met on Monday and agreed to meet again in April": the next occasion, after the day of the first.
      const nextApart =
        mineDay !== undefined &&
        mineDay.index < index &&
        NEXT_BREAK.test(between) &&
        isNextOccasion(sentence, index);
      if (
        /\band again\b/i.test(between) ||
        OFFSET_START.test(between) ||
        ownDayApart ||
        numberedApart ||
        nextApart
      )
        found.push({ kind, index, apart: true, journey });
      else if (NEW_CLAUSE.test(between)) found.push({ kind, index, journey });
      continue;
    }
    // What a visit is for is part of the visit.
    const before = sentence.slice(Math.max(0, index - 60), index);
    if (found.some((t) => t.kind === 'visit' && t.index < index) && PURPOSE.test(before)) continue;
    found.push({ kind, index, journey });
  }
  // "met Dahl on Monday and Solberg on Tuesday": a conjunct that leaves out the verb is another event.
  found.push(...coordinatedEvents(sentence, dates, found));
  for (const limit of [...limits(sentence, dates), ...namedLimits(sentence, dates)])
    if (!found.some((t) => t.kind === 'deadline' && Math.abs(t.index - limit) < 50))
      found.push({ kind: 'deadline', index: limit });
  // "the deadline ..., moving it from March 20 to March 27": one deadline, read at the day it is
  // moved to; the limit named before the move in the clause is the same limit, and gives way to it.
  // "The date, originally set for 27 March, has been moved to 3 April": a move's verb between its days too.
  const moved = movedLimits(sentence, dates);
  if (moved.length > 0) {
    const first = moved[0]!.index;
    const last = moved.at(-1)!.index;
    for (const t of found.filter(
      (t) => t.kind === 'deadline' && t.index < last && !/[;:]/.test(sentence.slice(t.index, first)),
    ))
      found.splice(found.indexOf(t), 1);
    found.push({ kind: 'deadline', index: movedLimitDay(sentence, moved)!.index, apart: true });
  }
  // "First 22 March, then the 29th, now the 31st": each step of a limit is a deadline of its own.
  const steps = limitStepDays(sentence, dates);
  if (steps.length > 0) {
    for (const t of found.filter((t) => t.kind === 'deadline')) found.splice(found.indexOf(t), 1);
    for (const day of steps) found.push({ kind: 'deadline', index: day.index, apart: true });
  }
  // "urges the sides to initial the accord on 4 May": a signing told as a target, with
  // its day in its clause, is the limit (signingTargets.ts).
  for (const t of found.filter(
    (t) => (t.kind === 'meeting' || t.kind === 'statement') && SIGNING.test(sentence.slice(t.index)),
  )) {
    const from = signingTarget(sentence, t.index);
    const day = from === undefined ? undefined : dayAfter(dates, from);
    if (from === undefined || !day || NEW_CLAUSE.test(sentence.slice(from, day.index))) continue;
    found.splice(found.indexOf(t), 1);
    if (!found.some((d) => d.kind === 'deadline' && Math.abs(d.index - from) < 50))
      found.push({ kind: 'deadline', index: from });
  }
  // "The accord is to be signed no later than 30 November", "the date for the signature of the
  // Accord": the signing is the deadline's.
  const signing = found.find(
    (t) =>
      (t.kind === 'statement' || t.kind === 'meeting') &&
      SIGNING.test(sentence.slice(t.index)) &&
      found.some(
        (d) =>
          d.kind === 'deadline' &&
          // "initialled the text on 14 March, and the date for signature is 20 March": another clause.
          !NEW_CLAUSE.test(sentence.slice(Math.min(d.index, t.index), Math.max(d.index, t.index))) &&
          (LIMIT_OF.test(sentence.slice(Math.max(0, t.index - 30), t.index)) ||
            (d.index > t.index
              ? d.index - t.index < 40
              : t.index - d.index < 40 && /^(?:the|a|as) (?:\w+ )?date\b/i.test(sentence.slice(d.index)))),
      ),
  );
  if (signing) found.splice(found.indexOf(signing), 1);
  // "received the Special Envoy, who is on a working visit to Lindmar": the host's reception is
  // the visit told from the host's side, one event.
  const visit = found.find(
    (t) =>
      t.kind === 'visit' &&
      /,\s+who (?:is|was|are|were) $/i.test(sentence.slice(Math.max(0, t.index - 20), t.index)),
  );
  const reception =
    visit &&
    found.find(
      (t) => t.kind === 'meeting' && t.index < visit.index && RECEPTION.test(sentence.slice(t.index)),
    );
  if (reception) found.splice(found.indexOf(reception), 1);
  // "traveled to Brisk today and met with Prime Minister Maddox", "to travel to Irrek on Thursday to
  // brief the cabinet": whom a visitor meets on the journey, in the same clause, is the visit's business.
  const journey = found.find((t) => t.kind === 'visit');
  const business =
    journey &&
    found.find(
      (t) =>
        t.kind === 'meeting' &&
        t.index > journey.index &&
        VISIT_BUSINESS.test(sentence.slice(Math.max(0, t.index - 5), t.index + 6)) &&
        !/[,;:]/.test(sentence.slice(journey.index, t.index)),
    );
  if (business) found.splice(found.indexOf(business), 1);
  // "Yesterday I was in Draskow, where I handed the revised text to the Minister": a text handed
  // over where the visitor went is the visit's business too.
  const handedThere =
    journey &&
    found.find(
      (t) =>
        (t.kind === 'statement' || t.kind === 'meeting') &&
        t.index > journey.index &&
        HANDING.test(sentence.slice(t.index)) &&
        /,\s+where\s+(?:\S+\s+){0,3}$/i.test(sentence.slice(journey.index, t.index)),
    );
  if (handedThere) found.splice(found.indexOf(handedThere), 1);
  // "The round will open on the first of December", "negotiators will open talks in Fjellby on
  // March 19": what opens is the meeting, not a deadline.
  const opening = found.find((t) => t.kind === 'deadline' && /^open/i.test(sentence.slice(t.index)));
  const opened = (t: Trigger) =>
    t.index < opening!.index || OPENS_IT.test(sentence.slice(opening!.index, t.index));
  if (opening && found.some((t) => CLASS[t.kind] === 'meeting' && opened(t)))
    found.splice(found.indexOf(opening), 1);
  // "will meet for the first time within 72 hours", "hold its first session within ten days":
  // the span dates the meeting it follows, and sets no limit of its own.
  const span = found.find(
    (t) =>
      t.kind === 'deadline' &&
      /^within/i.test(sentence.slice(t.index)) &&
      found.some(
        (m) =>
          CLASS[m.kind] === 'meeting' &&
          m.index < t.index &&
          !/[,;]/.test(sentence.slice(m.index, t.index)) &&
          t.index - m.index < 50,
      ),
  );
  if (span) found.splice(found.indexOf(span), 1);
  // "within 30 days, that is by 19 February": the day written restates the span, one limit.
  for (const t of [...found]) {
    const said = t.kind === 'deadline' && RESTATED.exec(sentence.slice(t.index));
    const day = said && dates.find((d) => !d.vague && d.index === t.index + said[0].length);
    if (!day) continue;
    // One limit, dated by the day: a limit word read on that day ("by 19 February") is the same one.
    for (const o of found.filter(
      (o) => o !== t && o.kind === 'deadline' && o.index > t.index && o.index <= day.index,
    ))
      found.splice(found.indexOf(o), 1);
    t.index = day.index;
  }
  return found.sort((a, b) => a.index - b.index);
}
