// Event claims: sentences that report a meeting, call, talks, summit, visit, statement or
// deadline, with the date that governs the event's own words, the place and the roster
// participants. A sentence may report two events ("arrived in Ossel ... and will hold
// consultations"): each trigger of another kind is an event of its own. News needs a date
// or a place to call something an event; official genres report events without them, and
// what a readout reports as done happened the day it is dated.
import { addedClauses } from './addedClauses.ts';
import { modifierDays } from './callWording.ts';
import { coordinatedEvents } from './coordinatedEvents.ts';
import { filedDayEnd } from './datelineDates.ts';
import { withoutDatelineDay, withoutDatelineDayBefore } from './datelineLeadDay.ts';
import { dateWordsAt, type FoundDate, findEventDates, isFutureTense, mayHoldDate } from './dates.ts';
import { COUNTED, neededTriggers, TRIGGERS, triggerHits } from './eventTriggers.ts';
import { withoutSinceAnchors } from './firstSince.ts';
import type { Genre } from './genre.ts';
import { handedInPerson } from './handedInPerson.ts';
import {
  HANDED_TEXT,
  HANDING,
  handedOnItsDay,
  handsAText,
  MADE_PUBLIC,
  NEEDS_ITS_DAY,
  publishesAText,
} from './handedTexts.ts';
import { LIMIT_NAME_HINT, namedLimits } from './limitNames.ts';
import { withoutSettingDays } from './limitSetDays.ts';
import { limitStepDays, mayTellLimitSteps } from './limitSteps.ts';
import { dayNamedAsTheLimit, limitMovedStands } from './limitsMoved.ts';
import { movedLimitDay, movedLimits } from './movedLimits.ts';
import { hitsWithin, type NameHit } from './names.ts';
import { isNextOccasion } from './nextOccasion.ts';
import { pronounOccasion } from './occasionPronoun.ts';
import { linkedTitles } from './pageLinks.ts';
import { dayOfPart, partDays } from './partDays.ts';
import { writesMonthFirst } from './published.ts';
import { recalledAt, recalledByPlace, recalledRoundsDay } from './recalledRounds.ts';
import { allMatches } from './regex.ts';
import { reportDueDay } from './reportDue.ts';
import { isRemark, onChannel, remarkDay } from './reportedRemarks.ts';
import { rescheduledTo } from './rescheduled.ts';
import { signingTarget } from './signingTargets.ts';
import { tenseAt } from './tense.ts';
import { stampBeside } from './timelineStamps.ts';
import type { EventClaimKind, EventData, Span, SuggestedClaim } from './types.ts';
import { namedAsTopic, noneIsPlanned, notYetHeld } from './unheldEvents.ts';

export { triggerScan, triggerWords } from './eventTriggers.ts';

import {
  atMidnight,
  countedFromSigning,
  governing,
  limits,
  offsetDate,
  place,
  YEAR_ONLY,
} from './governingDate.ts';
import {
  AHEAD_OF,
  AS_A_TEXT,
  ATTENDED_BY,
  AUXILIARY_END,
  aheadOfItsOwn,
  BODY_THAT_SITS,
  BRIEFING_ITSELF,
  background,
  CALENDAR_WORD,
  CLASS,
  citedText,
  DATED_BY_RECORD,
  DENIED,
  DETERMINED,
  datesItself,
  HAPPENING_NOW,
  HOST_AS_NOUN,
  ITSELF_BEFORE,
  JUST_DONE,
  LIMIT_HINT,
  LIMIT_OF,
  leadersMeet,
  MEETING_AS_VERB,
  MET_AS_PASSIVE,
  MET_AS_VERB,
  NEW_CLAUSE,
  NOT_HELD,
  namesAnAgreement,
  namesItsSitting,
  namesSomeoneOrSomewhere,
  OFFSET_START,
  ordinalOf,
  ownRecord,
  PART_OF_DAY,
  PERSON_WELCOMED,
  PLACE_NAMED,
  PLURAL_EVENTS,
  PROCEDURAL_NOTE,
  PROCESS_FRAME,
  PROCESS_NOUN,
  PURPOSE,
  RECEPTION,
  REMARK_MADE,
  receivedSomeone,
  SELF_REFERENCE,
  SIGN_WORD,
  SIGN_WORD_ANYWHERE,
  SIGNING,
  SIGNS_WHERE,
  SOMEONE_BEFORE,
  STATEMENT_SIGNED,
  SUMMED_UP,
  SUPPOSED_TEXT,
  supposed,
  TEXT_MADE,
  TITLE_OF_ITSELF,
  TOPIC_OF,
  type Trigger,
  teamJourney,
  VENUE_AFTER,
  VISIT_BUSINESS,
  WHAT_WAS,
  welcomedSomeone,
} from './triggerContext.ts';

/**
 * The triggers of a sentence, one per class, in the order they appear; a second of one class
 * only after "and again" ("met on Monday morning, and again over dinner").
 */
interface Candidate {
  kind: EventClaimKind;
  index: number;
  word: string;
}

/**
 * Every trigger word of a sentence that names an event, in pattern order: the regex pass, run once.
 * `said` is the sentence with its quotations unmasked: a spokesman's quoted "no such plans" says so.
 */
function candidates(
  sentence: string,
  said = sentence,
  asked: Uint8Array | undefined | null = null,
): Candidate[] {
  // The word scan is the cheap pass: a sentence that holds no trigger word runs no pattern. The
  // patterns a window needs come from its text's one pass (`asked`, none when it holds no word).
  const needed = asked === null ? neededTriggers(sentence) : asked;
  if (!needed) return [];
  const found: Candidate[] = [];
  for (let i = 0; i < TRIGGERS.length; i++) {
    if (needed[i] !== 1) continue;
    const [kind, pattern, , accepts] = TRIGGERS[i]!;
    for (const m of allMatches(pattern, sentence)) {
      if (accepts && !accepts(sentence, m.index, m[0])) continue;
      // The word as plain lower case: the tests of which word matched are string comparisons.
      const word = m[0].toLowerCase();
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      // The cheap word tests first: the anchored patterns backtrack on every trigger.
      if (/\b(?:not|never|no)\b|n't/i.test(before) && DENIED.test(before)) continue;
      if (
        /\b(?:until|till|pending|ahead|following|after|before|during|close|conclusion|end|start|opening)\b/i.test(
          before,
        ) &&
        background(before) &&
        !datesItself(`${before}${m[0]}`, sentence.slice(m.index + m[0].length)) &&
        !aheadOfItsOwn(before, sentence.slice(m.index + m[0].length)) &&
        !recalledByPlace(before, m[0], sentence.slice(m.index + m[0].length))
      )
        continue;
      const near = before.slice(-40);
      if (/(?:this|these|present|above|that|the)\s+$/i.test(near) && SELF_REFERENCE.test(near)) continue;
      if (kind === 'statement' && /\b(?:following|text of|welcom)/i.test(near) && ITSELF_BEFORE.test(near))
        continue;
      if (word === 'meeting' && MEETING_AS_VERB.test(sentence.slice(m.index))) continue;
      // "Al-Noor Conference Palace", "the Congress Centre": a venue's name, not a meeting.
      if (word === 'conference' && VENUE_AFTER.test(sentence.slice(m.index + m[0].length))) continue;
      if (PROCEDURAL_NOTE.test(sentence.slice(m.index))) continue;
      // "will act as an impartial host", "interpreted by the host": the host named, not hosting.
      if ((word === 'host' || word === 'hosts') && HOST_AS_NOUN.test(near)) continue;
      if (/\b(?:rul|refus|declin|unwilling|call|demand|reject)/i.test(near) && NOT_HELD.test(near)) continue;
      // "There are no plans for a meeting", "a visit is not on the agenda": no event is reported.
      if (noneIsPlanned(said, m.index, m[0])) continue;
      if (/\b(?:if|unless|should|were)\b/i.test(before) && supposed(sentence.slice(0, m.index))) continue;
      if (kind === 'statement' && BRIEFING_ITSELF.test(sentence.slice(m.index + m[0].length))) continue;
      if (PROCESS_NOUN.test(m[0]) && /\b(?:on|about|regarding)\b/i.test(near) && TOPIC_OF.test(near))
        continue;
      if (
        kind === 'statement' &&
        /\b(?:to|with|under|in|of)\s+(?:the|this|that|its|their)\s/i.test(near) &&
        AS_A_TEXT.test(near) &&
        !TEXT_MADE.test(sentence.slice(m.index + m[0].length))
      )
        continue;
      if (
        (word === 'meet' || word === 'meets' || word === 'met') &&
        (MET_AS_VERB.test(sentence.slice(m.index)) || MET_AS_PASSIVE.test(sentence.slice(0, m.index)))
      )
        continue;
      if (
        PROCESS_NOUN.test(m[0]) &&
        /\b(?:basis|conditions|prospect|close|familiar|conclude|complete|finali|wrap)/i.test(near) &&
        PROCESS_FRAME.test(near)
      )
        continue;
      const after = sentence.slice(m.index + m[0].length);
      if (!namesSomeoneOrSomewhere(m[0].trim(), after)) continue;
      if (word.startsWith('receiv') && kind !== 'visit' && !receivedSomeone(after)) continue;
      // In the passive the one received is the subject: "the proposal was received in Kessel" is no guest.
      if (
        word === 'received' &&
        AUXILIARY_END.test(before) &&
        !SOMEONE_BEFORE.test(before.replace(AUXILIARY_END, ''))
      )
        continue;
      // "A reply is expected in April": a month is no place to be received or expected in.
      // Nor is a text or the weather a guest: "The proposal was received in Kessel with dismay".
      if (
        kind === 'visit' &&
        (word.startsWith('received ') || word.startsWith('expected ')) &&
        (CALENDAR_WORD.test(m[0].split(' ')[2] ?? '') ||
          !SOMEONE_BEFORE.test(before.replace(AUXILIARY_END, '')))
      )
        continue;
      // "the written proposals received from Obravia", "the revised text received by the delegation":
      // what was received is a text, handed over, not a guest.
      if (word === 'received' && /^\s+(?:from|by)\b/i.test(after) && HANDED_TEXT.test(near.slice(-30)))
        continue;
      if (
        (word.startsWith('welcom') || word.startsWith('greet')) &&
        !welcomedSomeone(after) &&
        !PERSON_WELCOMED.test(before)
      )
        continue;
      // "ready to sign in Port Eldin on 6 April": the bare verb signs where a place's capital, or a
      // day, follows; not "sign in good faith", nor a question ("Will the Prime Minister sign in Qadira?").
      if (kind === 'meeting' && word === 'sign' && (!SIGNS_WHERE.test(after) || /\?\s*$/.test(sentence)))
        continue;
      if (
        kind === 'meeting' &&
        (word.startsWith('sign') || word.startsWith('countersign')) &&
        !namesAnAgreement(m[0])
      )
        continue;
      // "the joint statement signed on Friday": the statement's record, which its own pattern reads.
      if (
        kind === 'meeting' &&
        (word === 'signed' || word === 'countersigned') &&
        STATEMENT_SIGNED.test(before)
      )
        continue;
      // "the initialled text" describes a text; "a deal initialled there would ..." supposes one.
      if (
        word.startsWith('initial') &&
        /^initial\w*ed$/i.test(m[0]) &&
        (DETERMINED.test(near) || SUPPOSED_TEXT.test(sentence))
      )
        continue;
      // "that is not what was initialled": what was signed is the text, not the occasion.
      if ((word.startsWith('sign') || word.startsWith('initial')) && WHAT_WAS.test(near)) continue;
      if (HANDING.test(m[0]) && !handsAText(before, after)) continue;
      if (MADE_PUBLIC.test(m[0]) && !publishesAText(m[0], before, after)) continue;
      // "Yesterday I was in Draskow", "On Monday the Minister was at Kell Ford", a timeline's "the next
      // day Carrow is in Mostyn": someone was there,
      // not "Today the answer is in Kessel".
      if (
        kind === 'visit' &&
        /^(?:am|is|are|was|were|will be) (?:in|at) /i.test(m[0]) &&
        !SOMEONE_BEFORE.test(before)
      )
        continue;
      // One word, one event: "signed the accord" is the signing, not a statement as well.
      if (found.some((c) => c.index === m.index)) continue;
      found.push({ kind: handedInPerson(m[0], after) ? 'meeting' : kind, index: m.index, word: m[0] });
    }
  }
  return found;
}

/** The date words nearest a trigger, when they cannot be read for want of the day of writing. */
function nearestWords(sentence: string, at: number): string {
  const words = dateWordsAt(sentence);
  return (
    words.reduce((best, w) => (Math.abs(w.index - at) < Math.abs(best.index - at) ? w : best), words[0]!)
      ?.text ?? ''
  );
}

/** Where the next trigger after `at` stands, or the sentence's end. */
const nextTrigger = (found: Trigger[], at: number): number =>
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
function triggers(sentence: string, given: Candidate[], dates: FoundDate[]): Trigger[] {
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
      if (index < mine.index && clauseOfItsOwn(sentence, dates, index, mine.index)) {
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
  // "calls on the parties to initial the framework on 21 March": a signing told as a target, with
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

// "At the conclusion of the meeting,", "After the end of the call,": the event a clause's opening names.
const AT_CLOSE_OF =
  /^(?:at|after|following|on) the (?:conclusion|end|close) of the (meeting|talks|round|session|summit|call|visit)\b[^.;]*$/i;
const CLOSED_CLASS = (noun: string) => (/^(?:call|visit)$/i.test(noun) ? noun.toLowerCase() : 'meeting');

// No sentence of prose runs longer: a text with no stops (a pasted table, a run of dates) is read
// a window at a time, cut at a clause break where one stands, so that what is read per trigger
// and per date stays within a window, not the whole text once per trigger.
const SENTENCE_REACH = 1500;
const WINDOW_CUT = /[;,]\s|\s/g;

/** `span` itself, or the windows of at most SENTENCE_REACH characters an overlong one is read in. */
export function readingWindows(text: string, span: Span): Span[] {
  if (span[1] - span[0] <= SENTENCE_REACH) return [span];
  const windows: Span[] = [];
  let from = span[0];
  while (span[1] - from > SENTENCE_REACH) {
    const piece = text.slice(from, from + SENTENCE_REACH);
    // The last clause break in the window's second half, else its last space, else a hard cut.
    let cut = -1;
    let space = -1;
    for (const m of allMatches(WINDOW_CUT, piece)) {
      if (m.index < SENTENCE_REACH / 2) continue;
      if (m[0].length > 1) cut = m.index + 1;
      else space = m.index;
    }
    const to = from + (cut !== -1 ? cut : space !== -1 ? space : SENTENCE_REACH);
    windows.push([from, to]);
    from = to;
  }
  windows.push([from, span[1]]);
  return windows;
}

export interface EventInput {
  text: string;
  masked: string;
  sentences: Span[];
  hits: NameHit[];
  published: string | undefined;
  /** The day the document was received: the year of a day it writes without one, when it has no date. */
  received?: string | undefined;
  genre?: Genre;
}

/** Event claims of a clean text; one per kind and date in the document. */
export function extractEvents({
  text,
  masked,
  sentences,
  hits,
  published: documentDay,
  received,
  genre: given = 'news',
}: EventInput): SuggestedClaim[] {
  const genre = ownRecord(given, text);
  const parts = partDays(text, () => writesMonthFirst(text));
  const claims: Extract<SuggestedClaim, { kind: 'event' }>[] = [];
  // The last day the text gave: "the following day" counts from it.
  let anchor: string | undefined;
  const seen = new Map<string, Extract<SuggestedClaim, { kind: 'event' }>>();
  const people = new Map<SuggestedClaim, Set<string>>();
  const occasions = new Map<SuggestedClaim, string>();
  const leaderMeetings = new Set<SuggestedClaim>();
  // The day the text says the accord was signed: a period "of signature" counts from it.
  let signedOn: string | undefined;
  // The last day the text set as the limit for signing: a signing to come is held on it.
  let signingDue: string | undefined;
  // An official document's headline names the event its body reports again, in full. The
  // headline is among the unpunctuated lines above the body: a release often opens with a
  // kicker, the sender and a dateline before it. A line ending in a colon opens the body ("The
  // Council adopted the following conclusions at its meeting on 18 March:"): it introduces, as
  // no title does.
  const bodyStart = sentences.find(([s, e]) => /[.!?:]$/.test(text.slice(s, e)))?.[0] ?? text.length;
  const titles = new Set(sentences.filter(([s]) => s < bodyStart));
  // A news headline is not dated by the paper's day, but it too names the event its body reports.
  const headlines = genre === 'news' ? new Set<Span>() : titles;
  // "Related: Statement of the Ministry on ...", a page's list of related links: other pages' events.
  const links = linkedTitles(text);
  // Every trigger word of the text, found once: each window asks which it holds.
  const wordsAt = triggerHits(masked);
  for (const span of sentences.flatMap((s) =>
    readingWindows(masked, s).flatMap((w) => addedClauses(masked, w)),
  )) {
    const [start, end] = span;
    if (links.some(([s, e]) => start >= s && start < e)) continue;
    const published = dayOfPart(parts, start) ?? documentDay;
    // The sentence before: a limit it names is the one "It was moved to 21 March" moves.
    const previous = masked.slice(Math.max(0, start - 200), start);
    const sentence = masked.slice(start, end);
    // Dates cost the most: read only where a trigger, or a limit word that makes one, stands.
    const words = candidates(sentence, text.slice(start, end), neededTriggers(sentence, wordsAt, start));
    // "On the next round of talks / It will take place in Fjellby on 20 March."
    const told = /^[^\n]{0,45}\b(?:It|This|That) /.test(sentence)
      ? pronounOccasion(sentence, previous)
      : undefined;
    if (
      words.length === 0 &&
      !told &&
      !LIMIT_HINT.test(sentence) &&
      !mayTellLimitSteps(sentence) &&
      !LIMIT_NAME_HINT.test(sentence)
    )
      continue;
    // "The call, the first since 12 January": the day a gap is measured from is another event's.
    // "The deadline, first set on 1 February": the day a limit was set is not a day it falls due.
    const saidDays: FoundDate[] = [];
    const dates = withoutDatelineDay(
      sentence,
      withoutSettingDays(
        sentence,
        withoutSinceAnchors(sentence, findEventDates(sentence, published, anchor, saidDays, received)),
      ),
    );
    // With no day of writing (a wire story dated "March 7", no year), "on Monday" cannot be read,
    // but it still places the event in time: reported, on no known day.
    const placed = !published && dates.length === 0 && mayHoldDate(sentence);
    // A transcript's title "Press conference by ..." names the document, not an event in it.
    const found = triggers(sentence, words, dates).filter(
      (t) =>
        (!headlines.has(span) || !TITLE_OF_ITSELF.test(sentence.slice(t.index))) &&
        (t.kind !== 'statement' || !citedText(sentence.slice(t.index, t.index + 90))) &&
        (t.kind !== 'deadline' || limitMovedStands(sentence, t.index, previous)),
    );
    if (found.length === 0 && told && (dates.length > 0 || PLACE_NAMED.test(sentence)))
      found.push({ kind: told, index: sentence.search(/\b(?:It|This|That) /) });
    if (found.length === 0) continue;
    anchor = dates.findLast((d) => !d.vague)?.iso ?? anchor;
    const where = place(
      sentence,
      found.find((t) => t.journey),
      found[0]!.index,
    );
    const named = hitsWithin(hits, span).filter((h) => !h.inQuote && h.id);
    const participants = [...new Set(named.map((h) => h.id!))];
    const persons = [...new Set(named.filter((h) => h.kind === 'person').map((h) => h.id!))];
    const speaksAhead = isFutureTense(sentence);
    // "Experts met after the 4 March call": a day that modifies one trigger's noun is not another's.
    const modifiers = modifierDays(sentence, dates, found);
    const filed = speaksAhead ? filedDayEnd(sentence) : 0;
    for (const trigger of found) {
      // "DRAVA, March 4 (Reuters) - the next round would be held in Fjellby": the day the story was
      // filed is no day of an occasion still to come.
      const days = withoutDatelineDayBefore(
        sentence,
        filed > 0 && tenseAt(sentence, trigger.index) === 'future'
          ? dates.filter((d) => d.index >= filed)
          : dates,
        trigger.index,
      );
      // "expected a report on the talks later today": the report's day, not the talks'.
      const dueReport = reportDueDay(sentence, trigger.index);
      // "within ten (10) days of signature": a limit counted from an act on no day the text gives.
      const counted = trigger.kind === 'deadline' ? COUNTED.exec(sentence.slice(trigger.index)) : null;
      const near = counted
        ? undefined
        : ((trigger.kind === 'deadline' ? dayNamedAsTheLimit(sentence, days, trigger.index) : undefined) ??
          atMidnight(
            sentence,
            trigger,
            offsetDate(sentence, days, trigger) ??
              governing(
                sentence,
                days.filter(
                  (d) =>
                    (modifiers.get(d.index) ?? trigger.index) === trigger.index &&
                    !dueReport(d.index) &&
                    // A chronology entry's day is when a limit was moved or set, not when it falls due.
                    (trigger.kind !== 'deadline' || !stampBeside(sentence, d, dates)),
                ),
                trigger,
                found,
              ),
          ));
      // "will hold its first session within 72 hours of signature": a meeting dated by such a period.
      const period =
        counted ??
        (near?.vague && near.index > trigger.index ? COUNTED.exec(sentence.slice(near.index)) : null);
      const periodAt = counted ? trigger.index : (near?.index ?? 0);
      // "said on Friday that the talks resume on Monday": a remark is dated by its own day only.
      const remark = trigger.kind === 'statement' && isRemark(sentence.slice(trigger.index));
      const channel = remark && onChannel(sentence.slice(trigger.index, trigger.index + 80));
      // "after the talks in Eskvik": a round recalled by its place, on no day the sentence gives it.
      const recalled = recalledAt(sentence, trigger.index);
      const dated = remark
        ? remarkDay(
            saidDays,
            dates,
            sentence.slice(trigger.index, trigger.index + 80),
            trigger.index,
            sentence,
          )
        : (period && countedFromSigning(sentence, periodAt, period, signedOn)) ||
          (trigger.kind !== 'deadline'
            ? rescheduledTo(sentence, dates, trigger.index, nextTrigger(found, trigger.index))
            : undefined) ||
          near;
      const date =
        dated && (!recalled || recalledRoundsDay(sentence, trigger.index, dated.index)) ? dated : undefined;
      // "met on Monday and will meet again on Friday": each event has the tense of its own
      // clause or of its date's ("the round, which will open on Monday").
      // "agreed to stay in close contact ahead of the second round": what a clause is ahead of is
      // still to come, whatever that clause's tense.
      // "told parliament the government would contribute": a remark made is past, whatever it foretells.
      const future =
        (!(remark && REMARK_MADE.test(sentence.slice(trigger.index, trigger.index + 12))) &&
          speaksAhead &&
          (tenseAt(sentence, trigger.index) === 'future' ||
            (date !== undefined && tenseAt(sentence, date.index) === 'future'))) ||
        AHEAD_OF.test(sentence.slice(Math.max(0, trigger.index - 60), trigger.index));
      if (trigger.kind === 'deadline' && !date && !placed && !counted) continue;
      if (remark && !date && !channel) continue;
      if (NEEDS_ITS_DAY.test(sentence.slice(trigger.index)) && !handedOnItsDay(date, trigger.index)) continue;
      // "The Special Envoy's visits will focus on ...": events summed up in the plural, on no day,
      // are those the text reports one by one, or none in particular.
      if (
        !date &&
        PLURAL_EVENTS.test(sentence.slice(trigger.index, trigger.index + 14)) &&
        SUMMED_UP.test(sentence.slice(Math.max(0, trigger.index - 40), trigger.index))
      )
        continue;
      // "last year the Council approved", "an accord signed in 1998": history the text recalls.
      if (!future && date?.vague && YEAR_ONLY.test(date.text)) continue;
      // "The signing ceremony is under way": what is happening as the text is written is on its day.
      // "has posted on X": a remark in the perfect, with no day of its own, is one just made.
      const now =
        !date &&
        !future &&
        (remark
          ? JUST_DONE.test(sentence.slice(Math.max(0, trigger.index - 12), trigger.index))
          : HAPPENING_NOW.test(sentence));
      // "At the conclusion of the meeting, the negotiators initialled the text": done on the day of
      // the event the clause names, which the text reported before.
      const closing = !date && !future ? AT_CLOSE_OF.exec(sentence.slice(0, trigger.index)) : null;
      const heldOn = closing
        ? claims.findLast((c) => c.data.date && CLASS[c.data.eventKind] === CLOSED_CLASS(closing[1]!))?.data
            .date
        : undefined;
      if (genre === 'news' && !date && !where && !placed && !counted && !now && !heldOn && !channel) continue;
      // An official document's headline names the event it records: the day it is dated.
      // Not what it names as offered, refused, called off or still to be fixed ("proposed a meeting").
      // A remark is dated by its own day, never by the record's.
      const recorded =
        ((DATED_BY_RECORD.has(genre) && !remark) || headlines.has(span) || now) &&
        !recalled &&
        !notYetHeld(sentence, trigger.index) &&
        !namedAsTopic(sentence, trigger.index);
      // "Next month", "last week": placed in time, but on no day of its own.
      // "The date for signature is moved to 10 April. The signing will take place in Ostiva": a
      // signing to come, on no day of its own, is on the day the text set for it.
      const due =
        !date && future && CLASS[trigger.kind] === 'meeting' && SIGNING.test(sentence.slice(trigger.index))
          ? signingDue
          : undefined;
      // A limit set by a period falls on the day the period names, if it names one ("by mid-April").
      const point = trigger.kind === 'deadline' ? date?.period?.point : undefined;
      const iso = date
        ? date.vague
          ? point
          : date.iso
        : (heldOn ?? due ?? (!future && published && recorded && !counted ? published : undefined));
      // Undated and nowhere, with nobody named: "the next round", too vague to record. A meeting
      // of the leaders is one of a kind however vaguely it is set ("the leaders agreed to meet").
      const leaders = leadersMeet(sentence, trigger.index);
      if (!iso && !date && !where && !placed && !counted && !channel && participants.length === 0 && !leaders)
        continue;
      // Two meetings of one day are two when the text sets them apart by the part of the day.
      const part = PART_OF_DAY.exec(sentence.slice(trigger.index))?.[0].toLowerCase() ?? '';
      // A signing is its own occasion, not the session of talks held that day.
      const occasion = `${CLASS[trigger.kind]}${SIGNING.test(sentence.slice(trigger.index)) ? ':signing' : ''}`;
      // With no day of writing, two reports of one occasion said on the same words ("yesterday")
      // are one event; an occasion on other words ("April 2") is another.
      const unread = placed ? `~${nearestWords(sentence, trigger.index)}` : undefined;
      const key = `${occasion}|${iso ?? unread ?? `${start}`}|${part}${trigger.apart ? `|${trigger.index}` : ''}`;
      // "The talks were held in a constructive atmosphere": with no time or place of its own, an
      // event of a kind the text already reported, in the same tense, is that one again.
      const tense = future ? 'future' : 'past';
      // "The leaders agreed that the first round would be held at Castel Brune": a round known by
      // its number is the one the text already reported under that number, wherever it is said to sit.
      const numbered = date || trigger.apart ? undefined : ordinalOf(sentence, trigger.index);
      const merged =
        seen.get(key) ??
        (numbered
          ? claims.findLast((c) => occasions.get(c) === occasion && c.text.toLowerCase().includes(numbered))
          : undefined) ??
        // A limit counted from an act ("seven days after signature") is its own, not the last one said.
        (date || trigger.apart || where || placed || counted || channel
          ? undefined
          : claims.findLast(
              (c) =>
                occasions.get(c) === occasion &&
                c.data.tense === tense &&
                // The leaders' meeting is not the delegations' round.
                leaderMeetings.has(c) === leaders,
            ));
      // Each naming someone the other does not: two meetings of one day with different people.
      const others = merged && people.get(merged);
      // Not so for a signing: whoever else signs the accord that day signs at the one ceremony.
      const distinct =
        others !== undefined &&
        !occasion.endsWith(':signing') &&
        !ATTENDED_BY.test(sentence.slice(trigger.index)) &&
        persons.some((id) => !others.has(id)) &&
        [...others].some((id) => !persons.includes(id));
      if (merged && !distinct) {
        for (const id of persons) others?.add(id);
        for (const id of participants)
          if (!merged.data.participants.includes(id)) merged.data.participants.push(id);
        if (
          headlines.has(merged.span) &&
          (genre !== 'meeting-transcript' || namesItsSitting(merged.text, sentence.slice(trigger.index)))
        ) {
          // A title said twice (a page's breadcrumb, then its headline: "News › Meetings", then
          // "The President received the Special Envoy") is still a title: the body's report takes
          // the place of either. Not a clause of a communiqué's opening ("The Council, meeting in
          // Ottavel on 19 March,"), nor a record's lines, which name their sitting in turn.
          const titleLine =
            headlines.has(span) && genre !== 'meeting-transcript' && !/[,;:.!?]\s*$/.test(sentence);
          merged.span = titleLine ? span : [start, end];
          merged.text = text.slice(start, end);
        }
        continue;
      }
      // Optional keys set one by one, in order: conditional spreads cost several times more.
      const data: EventData = { eventKind: trigger.kind } as EventData;
      if (iso) data.date = iso;
      if (date && (!date.vague || point)) data.dateText = date.text;
      if (date?.period) data.period = [date.period.from, date.period.to];
      if (where) data.place = where;
      data.participants = participants;
      data.tense = future ? 'future' : 'past';
      const claim: Extract<SuggestedClaim, { kind: 'event' }> = {
        kind: 'event',
        text: text.slice(start, end),
        span: [start, end],
        data,
      };
      if (titles.has(span)) claim.span = span;
      if (!merged) seen.set(key, claim);
      if (trigger.kind === 'deadline' && iso && SIGN_WORD_ANYWHERE.test(sentence)) signingDue = iso;
      if (
        SIGN_WORD.test(sentence.slice(trigger.index)) &&
        CLASS[trigger.kind] === 'meeting' &&
        iso &&
        !future
      )
        signedOn = iso;
      people.set(claim, new Set(persons));
      occasions.set(claim, occasion);
      if (leaders) leaderMeetings.add(claim);
      // The headline names the event the body reports, whatever day the headline was given by
      // the record ("JOINT STATEMENT on the first round of talks" over "held talks from 17 to 19
      // March"): the body's report takes the headline's place. A meeting's record is titled by
      // its own sitting, on the record's day: a sitting of another day is another.
      const title = titles.has(span)
        ? undefined
        : claims.find(
            (c) =>
              titles.has(c.span) &&
              occasions.get(c) === occasion &&
              ((!c.data.dateText && genre !== 'meeting-transcript') || c.data.date === claim.data.date),
          );
      if (title) {
        for (const id of title.data.participants)
          if (!claim.data.participants.includes(id)) claim.data.participants.push(id);
        for (const id of people.get(title) ?? []) people.get(claim)!.add(id);
        claims[claims.indexOf(title)] = claim;
        for (const [k, c] of seen) if (c === title) seen.set(k, claim);
        continue;
      }
      claims.push(claim);
    }
  }
  const sitting =
    genre === 'meeting-transcript' &&
    documentDay &&
    !claims.some((c) => c.data.date === documentDay && CLASS[c.data.eventKind] === 'meeting')
      ? [...titles].findLast(([s, e]) => BODY_THAT_SITS.test(text.slice(s, e)))
      : undefined;
  // "Standing Committee on Foreign Affairs and Trade" over a transcript of evidence: a record whose
  // header names the body, not the sitting, records a sitting of that body on the day it is dated.
  if (sitting)
    claims.unshift({
      kind: 'event',
      text: text.slice(sitting[0], sitting[1]),
      span: sitting,
      data: { eventKind: 'meeting', date: documentDay!, participants: [], tense: 'past' },
    });
  return claims;
}
