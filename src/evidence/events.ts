// Event claims: sentences that report a meeting, call, talks, summit, visit, statement or
// deadline, with the date that governs the event's own words, the place and the roster
// participants. A sentence may report two events ("arrived in Ossel ... and will hold
// consultations"): each trigger of another kind is an event of its own. News needs a date
// or a place to call something an event; official genres report events without them, and
// what a readout reports as done happened the day it is dated.
// Its parts: eventTriggers.ts (patterns, word scan), triggerCandidates.ts, sentenceTriggers.ts,
// triggerContext.ts (predicates), governingDate.ts (limits, day), eventPlace.ts. Over 400 lines because
// extractEvents is one pass over a text's windows, kept whole.

import { addedClauses } from './addedClauses.ts';
import { namedAdopter } from './adoptedTexts.ts';
import { modifierDays } from './callWording.ts';
import { filedDayEnd } from './datelineDates.ts';
import { withoutDatelineDay, withoutDatelineDayBefore } from './datelineLeadDay.ts';
import { type FoundDate, findEventDates, isFutureTense, mayHoldDate } from './dates.ts';
import { COUNTED, neededTriggers, triggerHits } from './eventTriggers.ts';
import { withoutSinceAnchors } from './firstSince.ts';
import type { Genre } from './genre.ts';
import { handedOnItsDay, NEEDS_ITS_DAY } from './handedTexts.ts';
import { LIMIT_NAME_HINT } from './limitNames.ts';
import { withoutSettingDays } from './limitSetDays.ts';
import { mayTellLimitSteps } from './limitSteps.ts';
import { dayNamedAsTheLimit } from './limitsMoved.ts';
import { writesMonthFirst } from './monthOrder.ts';
import { hitsWithin, type NameHit } from './names.ts';
import { pronounOccasion } from './occasionPronoun.ts';
import { linkedTitles } from './pageLinks.ts';
import { isPageNote } from './pageNotes.ts';
import { dayOfPart, type PartDay, partDays } from './partDays.ts';
import { recalledAt, recalledRoundsDay } from './recalledRounds.ts';
import { allMatches } from './regex.ts';
import { saidDayOfSetting, settingOnStoryDay } from './remarkSettings.ts';
import { reportDueDay } from './reportDue.ts';
import { isRemark, onChannel, remarkDay } from './reportedRemarks.ts';
import { rescheduledTo } from './rescheduled.ts';
import { madeAtSitting } from './sittingStatements.ts';
import { tenseAt } from './tense.ts';
import { stampBeside } from './timelineStamps.ts';
import type { EventData, Span, SuggestedClaim } from './types.ts';
import { namedAsTopic, notYetHeld } from './unheldEvents.ts';

export { triggerScan, triggerWords } from './eventTriggers.ts';

import { place } from './eventPlace.ts';
import { atMidnight, countedFromSigning, governing, offsetDate, YEAR_ONLY } from './governingDate.ts';
import { namedTabler } from './handedInPerson.ts';
import { nearestWords, nextTrigger, triggers } from './sentenceTriggers.ts';
import { candidates } from './triggerCandidates.ts';
import {
  AHEAD_OF,
  ATTENDED_BY,
  BODY_THAT_SITS,
  CLASS,
  DATED_BY_RECORD,
  HAPPENING_NOW,
  JUST_DONE,
  LIMIT_HINT,
  leadersMeet,
  namesItsSitting,
  onlyAsked,
  ordinalOf,
  ownRecord,
  PART_OF_DAY,
  PLACE_NAMED,
  PLURAL_EVENTS,
  REMARK_MADE,
  SIGN_WORD,
  SIGN_WORD_ANYWHERE,
  SIGNING,
  SUMMED_UP,
} from './triggerContext.ts';
import { triggerStands } from './triggerVetoes.ts';

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

// A line that is one bracketed note, "[ … ]", and nothing else.
const BRACKETED_LINE = /^[ \t]*\[[^\]\n]*\][ \t\r]*$/gm;

/**
 * Where the body starts: the first sentence that ends in a stop outside a bracketed note. Both
 * lists are in text order, so one walk over each.
 */
function startOfBody(text: string, sentences: Span[]): number {
  // allMatches, not matchAll: matchAll clones the pattern and iterates, once per text.
  const notes = allMatches(BRACKETED_LINE, text).map((m) => [m.index, m.index + m[0].length]);
  let k = 0;
  for (const [s, e] of sentences) {
    while (k < notes.length && notes[k]![1]! <= s) k++;
    const inNote = k < notes.length && notes[k]![0]! <= s;
    if (!inNote && /[.!?:]$/.test(text.slice(s, e))) return s;
  }
  return text.length;
}

export interface EventInput {
  text: string;
  masked: string;
  sentences: Span[];
  hits: NameHit[];
  published: string | undefined;
  /** The day the document was received: the year of a day it writes without one, when it has no date. */
  received?: string | undefined;
  /** Where the parts under the page's day headings start: each part's "today" is its heading's day. */
  dayHeadings?: PartDay[] | undefined;
  genre?: Genre;
  /** The roster's mediating parties and their people, by id (a text they table is tabled at a sitting). */
  mediators?: ReadonlySet<string> | undefined;
}

/** Event claims of a clean text; one per kind and date in the document. */
export function extractEvents({
  text,
  masked,
  sentences,
  hits,
  published: documentDay,
  received,
  dayHeadings,
  genre: given = 'news',
  mediators,
}: EventInput): SuggestedClaim[] {
  const genre = ownRecord(given, text);
  const parts = partDays(text, () => writesMonthFirst(text), dayHeadings);
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
  // A bracketed note on a line of its own ("[This page has been translated automatically. Show
  // original]") is the page's furniture, not its body, though a sentence of it ends in a stop.
  const bodyStart = startOfBody(text, sentences);
  const titles = new Set(sentences.filter(([s]) => s < bodyStart));
  // A news headline is not dated by the paper's day, but it too names the event its body reports.
  const headlines = genre === 'news' ? new Set<Span>() : titles;
  // "Related: Statement of the Ministry on ...", a page's list of related links: other pages' events.
  const links = linkedTitles(text, documentDay);
  // Every trigger word of the text, found once: each window asks which it holds.
  const wordsAt = triggerHits(masked);
  // Plain loops, not nested flatMap: the builtin's generic flattening cost more than the clause scan.
  const spans: Span[] = [];
  for (const s of sentences)
    for (const w of readingWindows(masked, s))
      for (const clause of addedClauses(masked, w)) spans.push(clause);
  for (const span of spans) {
    const [start, end] = span;
    if (links.some(([s, e]) => start >= s && start < e)) continue;
    const published = dayOfPart(parts, start) ?? documentDay;
    // The sentence before: a limit it names is the one "It was moved to 21 March" moves.
    const previous = masked.slice(Math.max(0, start - 200), start);
    const sentence = masked.slice(start, end);
    if (isPageNote(masked, start, end)) continue;
    // Dates cost the most: read only where a trigger, or a limit word that makes one, stands.
    const words = candidates(
      sentence,
      text.slice(start, end),
      neededTriggers(sentence, wordsAt, start),
      (at) => namedTabler(masked, hits, mediators, start + at),
    );
    // "On the next round of talks / It will take place in Fjellby on 20 March."
    const pronounOccasionOf = /^[^\n]{0,45}\b(?:It|This|That) /.test(sentence)
      ? pronounOccasion(sentence, previous)
      : undefined;
    if (
      words.length === 0 &&
      !pronounOccasionOf &&
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
    const at = { text: masked, span, sentence, previous, headline: headlines.has(span), genre };
    const found = triggers(sentence, words, dates).filter((t) => triggerStands(t, at));
    if (found.length === 0 && pronounOccasionOf && (dates.length > 0 || PLACE_NAMED.test(sentence)))
      found.push({ kind: pronounOccasionOf, index: sentence.search(/\b(?:It|This|That) /) });
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
      // "Arvenia welcomed the resolution, adopted by the Security Council on Monday, and urged
      // Torvania …": the body named sat, not the parties named around it, unless it is one of them.
      const adopter = trigger.kind === 'meeting' ? namedAdopter(sentence, trigger.index) : undefined;
      const outsider =
        adopter !== undefined &&
        !named.some((h) => h.span[0] >= start + adopter[0] && h.span[1] <= start + adopter[1]);
      const [takingPart, present] = outsider ? [[], []] : [participants, persons];
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
          (trigger.kind === 'statement' ? saidDayOfSetting(sentence, trigger.index, saidDays) : undefined) ||
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
      if (!date && onlyAsked(sentence)) continue;
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
      // "said in a statement issued in Kessel": in a wire, a remark's setting on no day is the day's news.
      // "I shall make a statement on the talks": made at the sitting the record reports.
      const onStoryDay =
        trigger.kind === 'statement' &&
        ((genre === 'news' && !future && !recalled && settingOnStoryDay(sentence, trigger.index)) ||
          (genre === 'meeting-transcript' && madeAtSitting(sentence, trigger.index)));
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
        : (heldOn ??
          due ??
          (published && ((!future && recorded) || onStoryDay) && !counted ? published : undefined));
      // Undated and nowhere, with nobody named: "the next round", too vague to record. A meeting
      // of the leaders is one of a kind however vaguely it is set ("the leaders agreed to meet").
      const leaders = leadersMeet(sentence, trigger.index);
      if (!iso && !date && !where && !placed && !counted && !channel && takingPart.length === 0 && !leaders)
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
        present.some((id) => !others.has(id)) &&
        [...others].some((id) => !present.includes(id));
      if (merged && !distinct) {
        for (const id of present) others?.add(id);
        for (const id of takingPart)
          if (!merged.data.participants.includes(id)) merged.data.participants.push(id);
        // A news headline's event told again in the body is the body's report, the mention a
        // reader (and a label) takes for it; the headline stays undated by the paper's day.
        const headlineRetold = genre === 'news' && titles.has(merged.span) && !titles.has(span);
        if (
          (headlines.has(merged.span) || headlineRetold) &&
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
      data.participants = takingPart;
      data.tense = future ? 'future' : 'past';
      const claim: Extract<SuggestedClaim, { kind: 'event' }> = {
        kind: 'event',
        text: text.slice(start, end),
        span: [start, end],
        data,
      };
      if (titles.has(span)) claim.span = span;
      if (!merged) seen.set(key, claim);
      // A signing to come dates a later one on no day, as a limit for signing does; its own day set
      // ("the signature date is now 12 April") too. A signing done starts a period of signature.
      const signing = CLASS[trigger.kind] === 'meeting' && SIGN_WORD.test(sentence.slice(trigger.index));
      const setsDay = trigger.kind === 'deadline' || (signing && future);
      if (setsDay && iso && SIGN_WORD_ANYWHERE.test(sentence)) signingDue = iso;
      if (signing && iso && !future) signedOn = iso;
      people.set(claim, new Set(present));
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
