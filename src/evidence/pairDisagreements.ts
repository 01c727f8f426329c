// Whether two linked passages cannot both be true (link.ts): the pair judgement `disagree` with
// its exceptions, the flags on texts, a deadline's two states, and who asked for an occasion.
// Over 400 lines because `disagree` is one ordered chain (exceptions first, then each kind's check):
// the order is the judgement, and each check's reading lives in its own module.

import { asks, positionQuantities } from './assertion.ts';
import { completionDaysApart } from './completedActs.ts';
import { peopleOfOneKind, sameMeasured } from './countedAndMeasured.ts';
import { countedApart } from './countedApart.ts';
import { partsOfOne } from './countParts.ts';
import { datesBesideDateline } from './datelineDates.ts';
import { twoOccasions } from './dateSlip.ts';
import { type DeadlineMoves, limitsApart, movedApart, toldAsPast } from './deadlineMoves.ts';
import {
  countedFromCondition,
  oneRelativeDeadline,
  periodsApart,
  superseded,
  toldBeforeMove,
} from './deadlines.ts';
import { FIRM_LEAD, sameDelegation } from './delegationHeads.ts';
import { twoSayersFigures } from './disputedFigures.ts';
import { elidedFigures } from './elidedFigures.ts';
import { oneSwapSides, sideAndTotal, swapsApart } from './exchanges.ts';
import { heldApart } from './held.ts';
import { initiatorOf, sayWhoAsked } from './initiative.ts';
import type { Disagreement, DisagreementKind } from './link.ts';
import { eventDates } from './linkEvents.ts';
import { SAME_PERIOD, saysItself } from './linkLikeness.ts';
import { sameOrdinals } from './linkSupport.ts';
import { joinedExclusive, presentInBoth } from './namedPresence.ts';
import type { Quantity } from './numbers.ts';
import { occasionDaysAgree, openedAndClosed } from './occasionDays.ts';
import { ordinalsApart } from './occasionOrdinals.ts';
import { operatingApart } from './operating.ts';
import {
  flaggedSubject,
  movedOn,
  ORDER_OF_SIGNATURE,
  oneSpeaker,
  otherDays,
  statusOf,
  tellsBothDays,
} from './pairReadings.ts';
import { partiesApart } from './partyPresence.ts';
import type { Passage } from './passages.ts';
import { atPlaceApart } from './personAtPlace.ts';
import { pointsOfTwoThings } from './pointsOfAnother.ts';
import { leakApart } from './pressLeak.ts';
import { joinedPrincipalsAlone } from './principalsAlone.ts';
import { totalOfRate } from './quantityRates.ts';
import { asWidth, partAndWhole, sameTime, stageOfBoth } from './quantityTimes.ts';
import { AS_CLAIMS, quoteFlag, speakerKey } from './quoteFlags.ts';
import { givenDaysApart, receiptApart, receiptDaysApart } from './receipt.ts';
import { twoActs } from './recurringActs.ts';
import { remoteApart } from './remotePresence.ts';
import { rivalMoves } from './rivalMoves.ts';
import { rolesApart } from './rolePresence.ts';
import { readAtTwoTimes, totalAndOneAct } from './runningCounts.ts';
import { sameFigure, sameUnit, sameValue } from './sameFigure.ts';
import { seatsApart } from './seatAtTable.ts';
import { signingDatesApart } from './signingDatesApart.ts';
import { signingOrdersApart } from './signingOrder.ts';
import { signingStage, stagesApart } from './signingStage.ts';
import { repliesMoved } from './singularMoves.ts';
import { sizesOfTwoVersions } from './sizeAtTime.ts';
import { standsAgainstMove } from './standingDays.ts';
import { countPartsApart, statusesApart, statusMovedFrom, statusWord } from './status.ts';
import { oneVoteOf, talliesApart } from './tallies.ts';
import { textStages } from './textStages.ts';
import { sizesUnderTwoNames, toldAsChange, twoAuthors, twoHolders } from './textsAndHolders.ts';
import { type TextVersions, twoVersions } from './textVersions.ts';
import type { Roster } from './types.ts';
import { wholeTextValues } from './wholeText.ts';

export function disagree(
  a: Passage,
  b: Passage,
  sim: number,
  roster: Roster,
  translated: (p: Passage) => boolean,
  wasMoved: (x?: string, y?: string) => boolean,
  movedTo: Map<string, string>,
  versions: TextVersions,
  moves: DeadlineMoves,
  // "Within 30 days" and "within thirty-one days" are alike besides their figures (linkLikeness.ts).
  periodSim = sim,
): Disagreement | undefined {
  const flag = (kind: DisagreementKind, reason: string, values?: [string, string]): Disagreement => ({
    kind,
    reason,
    a,
    b,
    ...(values ? { values } : {}),
  });
  if (a.claim?.kind === 'event' && b.claim?.kind === 'event') {
    const dates = eventDates(a, b, roster);
    if (!dates) return undefined;
    // Two deadlines of two things, or one span from two sources' own starting days, disagree
    // on nothing; nor does a day its source says was moved to another, nor a source written
    // before the deadline was moved with the day it was moved to.
    const deadlines = a.claim.data.eventKind === 'deadline' && b.claim.data.eventKind === 'deadline';
    // One move told with two new days, or a day said to stand against a move, disagrees, whatever
    // the exceptions read in its two states.
    if (deadlines && (rivalMoves(a, b, roster) || standsAgainstMove(a, b, roster)))
      return flag('date', dates, [a.claim.data.date ?? '', b.claim.data.date ?? '']);
    if (
      deadlines &&
      (limitsApart(a, b, roster) ||
        oneRelativeDeadline(a, b) ||
        countedFromCondition(a) ||
        countedFromCondition(b) ||
        superseded(a, roster) ||
        superseded(b, roster) ||
        wasMoved(a.claim.data.date, b.claim.data.date) ||
        toldBeforeMove(a, b, movedTo) ||
        movedApart(a, b, moves, roster) ||
        tellsBothDays(a, b, roster))
    )
      return undefined;
    // Occasions a few days apart are two occasions (dateSlip.ts); a deadline may lie weeks off, and
    // so may the one date for signature of a text, where no source told it moved (signingDatesApart.ts).
    const [da, db] = [a.claim.data.date ?? '', b.claim.data.date ?? ''];
    const occasions =
      a.claim.data.eventKind !== 'deadline' &&
      b.claim.data.eventKind !== 'deadline' &&
      (wasMoved(da, db) || !signingDatesApart(a, b, roster));
    if (occasions && da && db && twoOccasions(da, db)) return undefined;
    if (occasionDaysAgree(a, b, da, db, deadlines)) return undefined;
    return flag('date', dates, [da, db]);
  }
  // A stage of the text said reached and not reached ("we signed" / "initialled, not signed"),
  // in quotations as in prose: what they say, not how they word it.
  const stage = stageOfBoth(a, b, roster);
  if (stage && !stage.agree && !asks(a) && !asks(b)) {
    const [done, not] = textStages(a, roster).get(stage.stage)?.reached === 'done' ? [a, b] : [b, a];
    if (!movedOn(not, done, 'open')) return flag('status', `${stage.stage} reached vs not reached`);
  }
  const onText = textFlags(a, b, roster)[0];
  if (onText) return onText;
  const order = !asks(a) && !asks(b) ? signingOrdersApart(a, b, roster) : undefined;
  if (order) return flag('status', order.reason, order.values);
  // One side's people home against the count per side of one swap (exchanges.ts), told by two
  // people or in prose: a leader's own count is a claim like any other.
  const home = oneSwapSides(a, b, roster);
  if (home && home[0] !== home[1] && !asks(a) && !asks(b) && !oneSpeaker(a, b))
    return flag('number', `${home[0]} of one side's people vs ${home[1]} per side`, [
      `${home[0]} per side`,
      `${home[1]} per side`,
    ]);
  const role = !asks(a) && !asks(b) && !oneSpeaker(a, b) ? rolesApart(a, b, roster) : undefined;
  if (role) return flag('participants', role.reason, role.values);
  // Two quotations whose words say nothing against each other, nor alike but for a figure or a day.
  let figuresOnly = false;
  if (a.kind === 'quote' && b.kind === 'quote') {
    const said = quoteFlag(a, b, sim, roster, {
      translated,
      saysItself,
      statusOf,
      statusSubject: flaggedSubject,
      movedOn,
      twoAuthors,
      otherDays,
    });
    if (said && said !== AS_CLAIMS) return said;
    // They may still give one count two figures: a figure is a claim in a quotation as in prose.
    figuresOnly = said === undefined;
    if (figuresOnly && (a.quantities.length === 0 || b.quantities.length === 0)) return undefined;
  }
  // A question asserts nothing: its premise is put to the speaker to confirm or correct.
  if (asks(a) || asks(b)) return undefined;
  const vote = oneVoteOf(a, b, roster);
  const tallies = vote && talliesApart(...vote);
  if (tallies) return flag('number', `the vote: ${tallies}`);
  // A party's proposal or offer is its position, not the figure agreed; a source that gives
  // both figures itself ("had proposed 25 kilometres; the figure retained is 15") says which
  // is which.
  const [xa, xb] = [positionQuantities(a, roster), positionQuantities(b, roster)];
  // Not a figure it gives to another sayer ("said 40, while diplomats have spoken of 48"): a dispute told.
  // Nor one it gives to people of the same kind under another word ("our 23 nationals" against
  // "64 of theirs were released, and 23 of ours"): it tells that count too, its other figure counts others.
  // Nor one it tells as a part of its figure ("$90 million, of which $60 million from the bank"
  // against "the bank puts in $60 million"): the other's figure is of that part.
  const gives = (p: Passage, q: Quantity) =>
    p.quantities.some(
      (z) =>
        (sameUnit(z, q) && sameFigure(z, q)) ||
        (z.part === true && q.part === undefined && sameUnit(z, { ...q, part: true }) && sameFigure(z, q)) ||
        (peopleOfOneKind(z, q) && sameValue(z.value, q.value)) ||
        (sameUnit(z, q) &&
          elidedFigures(p.text, z, p.quantities).some(
            (e) => sameFigure(e, q) && !twoSayersFigures(p.text, z.index, e.index),
          )),
    );
  // One period given two lengths, in sentences that otherwise say the same (deadlines.ts).
  const period = periodSim >= SAME_PERIOD ? periodsApart(a, b) : undefined;
  if (period) return flag('date', `within ${period[0]} days vs within ${period[1]} days`);
  // Two exchanges or releases on days apart give two counts (recurringActs.ts).
  if (twoActs(a, b, roster)) return undefined;
  // "150 for 150" against "120 for 120": what each side gives, two counts (exchanges.ts).
  const swap = swapsApart(a, b);
  if (swap)
    return flag('number', `${swap[0]} for ${swap[0]} vs ${swap[1]} for ${swap[1]}`, [
      `${swap[0]} per side`,
      `${swap[1]} per side`,
    ]);
  // What is agreed of a text and what is still open are two parts of it, counted apart.
  const parts = countPartsApart(statusOf(a, roster), statusOf(b, roster));
  for (const x of parts ? [] : a.quantities)
    for (const y of b.quantities)
      if (
        (sameUnit(x, y) || peopleOfOneKind(x, y) || sizesUnderTwoNames(a, x, b, y, roster)) &&
        !sideAndTotal(a, x.value, b, y.value) &&
        x.stage === y.stage &&
        x.open === y.open &&
        !xa.has(x) &&
        !xb.has(y) &&
        sameTime(a, x, b, y, roster) &&
        !sameFigure(asWidth(x, y), asWidth(y, x)) &&
        !totalOfRate(x, y) &&
        !partAndWhole(x, y, roster) &&
        sameMeasured(a, x, b, y) &&
        !gives(b, x) &&
        !gives(a, y) &&
        !toldAsChange(a, x) &&
        !toldAsChange(b, y) &&
        !twoVersions(a, x, b, y, versions, roster) &&
        !readAtTwoTimes(a, x, b, y) &&
        !sizesOfTwoVersions(a, x, b, y) &&
        !totalAndOneAct(a, x, b, y) &&
        !partsOfOne(a, x, b, y) &&
        !twoHolders(a, x, b, y, roster) &&
        !pointsOfTwoThings(a.text, x, b.text, y) &&
        !countedApart(a, x, b, y)
      )
        return flag('number', `${x.text} vs ${y.text}`, [`${x.value} ${x.unit}`, `${y.value} ${y.unit}`]);
  // What they say of a text, a stage or a day is compared as words (quoteFlags.ts).
  if (figuresOnly) return undefined;
  const [sa, sb] = [statusOf(a, roster), statusOf(b, roster)];
  // The order of signature is signingOrder.ts's to flag (once, with its values).
  const subject = flaggedSubject(a, b, roster).filter((w) => !ORDER_OF_SIGNATURE.has(w));
  if (sa && sb && statusesApart(sa, sb) && subject.length > 0 && !movedOn(a, b, statusMovedFrom(sa, sb))) {
    const [va, vb] = [statusWord(sa, sb), statusWord(sb, sa)];
    return flag('status', `${va} vs ${vb} (${subject.join(' ')})`, wholeTextValues(subject, va, vb));
  }
  if (heldApart(a, b, roster)) return flag('status', 'all held people free vs some still held');
  if (operatingApart(a, b, roster)) return flag('status', 'working vs not yet working');
  const day = stagesApart(a, b, roster);
  if (day) return stageFlag(a, b, day, roster);
  const asked = askedApart(a, b, roster);
  if (asked) return asked;
  const authors = twoAuthors(a, b, roster);
  // The two authors are its values: two flags sharing a passage are one disagreement only on the
  // same two authors (one text said Perin's and Solmere's, another Solmere's and the Forum's).
  if (authors) return flag('authorship', `written by ${authors[0]} vs ${authors[1]}`, authors);
  // A chief negotiator may be named anew: only "led" and "headed" say who is at the head.
  const heads = FIRM_LEAD.test(a.text) && FIRM_LEAD.test(b.text) ? sameDelegation(a, b, roster) : undefined;
  if (heads && !heads[1].some((x) => heads[2].includes(x)))
    return flag(
      'participants',
      `${heads[1].join(', ')} vs ${heads[2].join(', ')} at the head of ${heads[0]}'s delegation`,
    );
  const present = presentInBoth(a, b, roster);
  if (present && !present.agree) return flag('participants', `${present.who} took part and did not`);
  const joined = joinedExclusive(a, b, roster);
  if (joined) return flag('participants', `${joined} joined an occasion said to have had no one else`);
  const away = atPlaceApart(a, b, roster);
  if (away) return flag('participants', `${away[0]} in ${away[1]} and not`);
  const third = joinedPrincipalsAlone(a, b, roster);
  if (third)
    return flag(
      'participants',
      `${third} took part in an occasion said to have had the two principals alone`,
    );
  const party = partiesApart(a, b, roster);
  if (party) return flag('participants', `${party[0]} vs ${party[1]}`, party);
  const remote = remoteApart(a, b, roster);
  if (remote) return flag('participants', `${remote[0]} vs ${remote[1]}`, remote);
  // One party seated at the occasion by one source and said absent by the other (seatAtTable.ts),
  // where no reading above told it.
  const seat = oneSpeaker(a, b) ? undefined : seatsApart(a, b, roster);
  if (seat) return flag('participants', `${seat} at the occasion and not`);
  const numbered = ordinalsApart(a, b, roster);
  if (numbered) return flag('number', `the ${numbered[0]} vs the ${numbered[1]} on one day`, numbered);
  // "The second round on the 13th" is no contradiction of "the third round on the 12th".
  // A span from each source's own day ("within 45 days") gives two days that neither source said.
  if (
    a.kind !== 'event' &&
    b.kind !== 'event' &&
    sim >= 0.35 &&
    sameOrdinals(a, b) &&
    !oneRelativeDeadline(a, b)
  ) {
    // A wire's dateline is the day it was filed, not the day its lead reports.
    const [da, db] = [datesBesideDateline(a, roster), datesBesideDateline(b, roster)];
    const past = (p: Passage, day: string) => toldAsPast(p, roster).includes(day);
    if (
      da.length === 1 &&
      db.length === 1 &&
      da[0] !== db[0] &&
      !wasMoved(da[0], db[0]) &&
      !twoOccasions(da[0]!, db[0]!) &&
      !openedAndClosed(a, b, da[0]!, db[0]!) &&
      !past(a, da[0]!) &&
      !past(b, db[0]!)
    )
      return flag('date', `${da[0]} vs ${db[0]}`, [da[0]!, db[0]!]);
  }
  return undefined;
}

/**
 * What two passages say of the text itself that cannot both be true: one party said to have it
 * and, no earlier, not to have it, or given it on two days (receipt.ts); its leak to the press on two days, or at two
 * lengths (pressLeak.ts). A question asserts none of it; one speaker's two words on it are
 * compared as renderings.
 */
export function textFlags(a: Passage, b: Passage, roster: Roster): Disagreement[] {
  // Asked of every pair of passages: each reading is remembered per passage, and most say neither.
  const unreceived = receiptApart(a, b, roster);
  const { day, points } = leakApart(a, b, roster);
  const reached = receiptDaysApart(a, b, roster);
  const ended = completionDaysApart(a, b, roster);
  const given = givenDaysApart(a, b, roster);
  if (!unreceived && !day && !points && !reached && !ended && !given) return [];
  const oneVoice = a.kind === 'quote' && b.kind === 'quote' && speakerKey(a) === speakerKey(b);
  if (oneVoice || asks(a) || asks(b)) return [];
  const flags: Disagreement[] = [];
  if (unreceived) flags.push({ kind: 'status', reason: unreceived, a, b });
  if (day) flags.push({ kind: 'date', reason: `leaked on ${day[0]} vs ${day[1]}`, a, b, values: day });
  if (ended)
    flags.push({
      kind: 'date',
      reason: `the act completed on ${ended[0]} vs ${ended[1]}`,
      a,
      b,
      values: ended,
    });
  if (given)
    flags.push({ kind: 'date', reason: `the text given on ${given[0]} vs ${given[1]}`, a, b, values: given });
  if (reached)
    flags.push({
      kind: 'date',
      reason: `the text given on ${reached[0]}, received on ${reached[1]}`,
      a,
      b,
      values: reached,
    });
  if (points)
    flags.push({
      kind: 'number',
      reason: `leaked at ${points[0]} vs ${points[1]} points`,
      a,
      b,
      values: [`${points[0]} point`, `${points[1]} point`],
    });
  return flags;
}

/**
 * Two days of one deadline that a source says moved ("originally set for May 10, was moved to
 * May 20"), each told as it stood: two states of the deadline, linked as one and not flagged.
 * Two days for one state ("moved to 25 May" / "adjusted to 27 May") stay one deadline in dispute.
 * The replies' day told in force before a move some source tells is such a state too (singularMoves.ts),
 * when its source wrote before the new day's: the old day is a deadline of its own, not the moved
 * one's event, so it joins no chain of one event.
 */
export function twoStatesOfDeadline(
  a: Passage,
  b: Passage,
  roster: Roster,
  wasMoved: (x?: string, y?: string) => boolean,
  movedTo: Map<string, string>,
): boolean {
  if (a.claim?.kind !== 'event' || b.claim?.kind !== 'event') return false;
  const [x, y] = [a.claim.data, b.claim.data];
  if (x.eventKind !== 'deadline' || y.eventKind !== 'deadline' || !x.date || !y.date || x.date === y.date)
    return false;
  // One move told with two new days is one deadline told two ways, not two of its states; so is a
  // day said to stand against the move.
  if (rivalMoves(a, b, roster) || standsAgainstMove(a, b, roster)) return false;
  // A day its source says was moved from, beside a day the deadline was moved to.
  const fromTo = (p: Passage, to: string) => superseded(p, roster) && movedTo.has(to);
  return (
    wasMoved(x.date, y.date) ||
    fromTo(a, y.date) ||
    fromTo(b, x.date) ||
    toldBeforeMove(a, b, movedTo) ||
    (repliesMoved(a, b, x.date, y.date) && earlierDayToldFirst(a, b, x.date, y.date))
  );
}

/**
 * Whether the source of the earlier day wrote before the source of the later one: the day a
 * deadline had, told before it moved. Told the same day as the new one or after ("the date of 26
 * May remains in place"), the old day is a claim against the move, not its earlier state.
 */
export function earlierDayToldFirst(a: Passage, b: Passage, da: string, db: string): boolean {
  const [early, late] = da < db ? [a, b] : [b, a];
  return early.published !== undefined && late.published !== undefined && early.published < late.published;
}

export const stageFlag = (a: Passage, b: Passage, day: string, roster: Roster): Disagreement => ({
  kind: 'status',
  reason: `${signingStage(a, roster)} vs ${signingStage(b, roster)} on ${day}`,
  a,
  b,
  values: [signingStage(a, roster)!, signingStage(b, roster)!],
});

/** Two accounts of one occasion that give its initiative to two sides (initiative.ts). */
export function askedApart(a: Passage, b: Passage, roster: Roster): Disagreement | undefined {
  if (!sayWhoAsked(a, b, roster) || initiatorOf(a, roster) === initiatorOf(b, roster)) return undefined;
  return {
    kind: 'attribution',
    reason: `asked for by ${initiatorOf(a, roster)} vs ${initiatorOf(b, roster)}`,
    a,
    b,
  };
}
