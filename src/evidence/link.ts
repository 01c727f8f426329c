// Across sources: passages about the same thing are linked — alike in meaning words
// (meaning.ts: base forms, the negotiation lexicon, refusals) weighted by how rare they are
// and not only in whom they name, or stating one claim frame (the same counted thing, a
// status of one text, an author, a delegation's head, who took part, one refusal, the
// guarantor; claimFrames.ts), or the same event (linkEvents.ts) — and a linked pair is
// flagged when the two cannot both be true: two counts of one thing, two dates, final and
// not final, two authors, two heads of one delegation, present and absent, two renderings
// of one quotation, one quotation given to two people. Titles, greetings and passages that
// name only other parties are not linked by words.

import { DAY_MS } from '../core/calendar.ts';
import { formulaAnswersStatus, formulaOnlyWords } from './agreedFormula.ts';
import { oneAssent } from './assentToText.ts';
import { asks, positionQuantities } from './assertion.ts';
import { noteAuthoredTexts, twoTextsAuthored } from './authoredTexts.ts';
import { oneAuthorship } from './authorshipWording.ts';
import { noteBulletLeadIns } from './bulletLeadIns.ts';
import { callAccountFlags } from './callAccounts.ts';
import {
  authorInPassing,
  FIRM_LEAD,
  joinedExclusive,
  nameMeaning,
  noteMediators,
  oneRefusal,
  oneText,
  presentInBoth,
  sameDelegation,
  saysWhoWrote,
} from './claimFrames.ts';
import { classFlags } from './classFlags.ts';
import { completionDaysApart } from './completedActs.ts';
import { frameAlone } from './corroboration.ts';
import { countedApart } from './countedApart.ts';
import { partsOfOne } from './countParts.ts';
import { oneDatedAct } from './datedActs.ts';
import { datesBesideDateline } from './datelineDates.ts';
import { twoOccasions } from './dateSlip.ts';
import { findDates } from './dates.ts';
import { oneDeadlineDay } from './deadlineDays.ts';
import {
  type DeadlineMoves,
  deadlineMoves,
  limitsApart,
  movedApart,
  scheduleStages,
  toldAsPast,
} from './deadlineMoves.ts';
import {
  countedFromCondition,
  dueApart,
  moved,
  oneRelativeDeadline,
  periodsApart,
  superseded,
  toldBeforeMove,
} from './deadlines.ts';
import { denialsJoined } from './deniedAuthors.ts';
import { twoSayersFigures } from './disputedFigures.ts';
import { distinctPassages } from './distinctPassages.ts';
import { oneDeadline, periodOf } from './dueBy.ts';
import { durationFlags } from './eventDurations.ts';
import { oneSwapSides, sideAndTotal, swapsApart } from './exchanges.ts';
import { buildGazetteer } from './gazetteer.ts';
import { guarantorOf } from './guarantee.ts';
import { heldApart, stillHeldBoth } from './held.ts';
import { initiatorOf, sayWhoAsked } from './initiative.ts';
import { datesItsOwnIssue } from './issuedLine.ts';
import { oneLeak } from './leaks.ts';
import { pairsToCompare } from './linkBlocking.ts';
import { linkBudget } from './linkBudget.ts';
import { eventDates, eventsMatch, placesEvent, reportsEvent, sameEventThrough } from './linkEvents.ts';
import {
  aboutOthers,
  idfOf,
  isCounters,
  isHeading,
  LINK,
  type Likeness,
  likeness,
  meaningsOf,
  moreThanAWord,
  moreThanTwoWords,
  SAID_LINK,
  SAME_PERIOD,
  saysItself,
  similarity,
  weakAlike,
} from './linkLikeness.ts';
import { eventClass, perPassage, sameOrdinals } from './linkSupport.ts';
import { meaningWords } from './meaning.ts';
import { measuredByRelative } from './measuredRelative.ts';
import {
  elidedFigures,
  isMeasure,
  kindsMeet,
  type Quantity,
  sameFigure,
  sameUnit,
  sameValue,
  spans,
  totalOfRate,
} from './numbers.ts';
import { occasionDaysAgree } from './occasionDays.ts';
import { occasionDenied } from './occasionDenied.ts';
import { occasionMentionLinks } from './occasionMentions.ts';
import { ordinalsApart } from './occasionOrdinals.ts';
import { oneFlagEach } from './oneFlagEach.ts';
import { oneThing as oneOperated, operatingApart, operatingOf } from './operating.ts';
import { partRetoldWholeFlags } from './partRetoldWhole.ts';
import { onePartyPresence, partiesApart } from './partyPresence.ts';
import { type LinkDocument, type Passage, passagesOf } from './passages.ts';
import { atPlaceApart } from './personAtPlace.ts';
import { placesSomething } from './placingDistances.ts';
import { pointsOfTwoThings } from './pointsOfAnother.ts';
import { leakApart } from './pressLeak.ts';
import { joinedPrincipalsAlone } from './principalsAlone.ts';
import { asWidth, oneYear, partAndWhole, sameTime, stageOfBoth } from './quantityTimes.ts';
import { AS_CLAIMS, quoteFlag, speakerKey } from './quoteFlags.ts';
import { actLink } from './readoutActs.ts';
import { receiptApart, receiptDaysApart } from './receipt.ts';
import { oneReceiptTopic } from './receiptTopic.ts';
import { twoActs } from './recurringActs.ts';
import { remoteApart } from './remotePresence.ts';
import { oneSentenceRendered } from './renderings.ts';
import { rivalMoves } from './rivalMoves.ts';
import { oneRolePresence, rolesApart } from './rolePresence.ts';
import { readAtTwoTimes, totalAndOneAct } from './runningCounts.ts';
import { noteSaidDays } from './saidDays.ts';
import { oneActOnDay } from './sameDayAct.ts';
import { oneSeat } from './seatAtTable.ts';
import { oneSigningOrder, signingOrdersApart } from './signingOrder.ts';
import { signingStage, stagesApart } from './signingStage.ts';
import { noteSingularMoves, repliesMoved } from './singularMoves.ts';
import { sizesOfTwoVersions } from './sizeAtTime.ts';
import { countPartsApart, sharedSubject } from './status.ts';
import { oneSwap } from './swapLinks.ts';
import { oneVoteOf, talliesApart } from './tallies.ts';
import { oneTextAccess } from './textAccess.ts';
import { oneTextReaching } from './textDelivery.ts';
import { noteTextPronouns } from './textPronoun.ts';
import { oneSizeTwoNames } from './textSizeNames.ts';
import { oneTextSize } from './textSizes.ts';
import { textStages } from './textStages.ts';
import { noteTextStates } from './textState.ts';
import {
  namesOwner,
  sameTextNamed,
  sizedUnderTwoNames,
  sizesUnderTwoNames,
  toldAsChange,
  twoAuthors,
  twoHolders,
  versionSizeFlags,
} from './textsAndHolders.ts';
import { oneVersion, type TextVersions, textVersions, twoVersions } from './textVersions.ts';
import { eventsWithin, tellTwoEvents } from './twoEvents.ts';
import type { Roster } from './types.ts';
import {
  finalNamedLater,
  guarantorsText,
  statusWithWholeText,
  WHOLE_TEXT,
  wholeTextValues,
} from './wholeText.ts';
import { noteWireDatelines } from './wireDatelinePlace.ts';

export { weakAlike } from './linkLikeness.ts';

export type DisagreementKind =
  | 'number'
  | 'date'
  | 'status'
  | 'authorship'
  | 'participants'
  | 'quote'
  | 'attribution';

export interface Disagreement {
  kind: DisagreementKind;
  reason: string;
  a: Passage;
  b: Passage;
  /** What each side says, where two flags can say it alike: two figures, two days. */
  values?: [string, string];
  /** The other passages that say what `a` says, and what `b` says (oneFlagEach.ts). */
  alsoA?: Passage[];
  alsoB?: Passage[];
}

/** Two passages of different sources about one thing, and why they were taken as one. */
export interface SourceLink {
  a: Passage;
  b: Passage;
  reason: string;
}

export interface SourceLinks {
  /**
   * Passages of different sources about one thing, a linked pair each: chaining pairs into
   * larger groups joined unrelated passages through one shared neighbour.
   */
  groups: Passage[][];
  /** The same pairs as `groups`, each with the reason it was linked. */
  links: SourceLink[];
  disagreements: Disagreement[];
}

const statusOf = perPassage(statusWithWholeText);
const ORDER_OF_SIGNATURE = new Set(['order', 'signatur', 'sign']);
const ownedByGuarantor = perPassage((p, roster) => guarantorsText(p.text, roster));
const guarantor = perPassage((p, roster) => guarantorOf(p.text, roster));

// Words that say whose or how much work, not which text: no subject of a status. Nor are
// the actors: a status is of a text or a point, not of the mediator or the delegations.
const NO_SUBJECT = new Set([
  ...['work', 'side', 'both', 'parti', 'party', 'all'],
  ...['basi', 'basis', 'until', 'foreign'], // "on the basis of", the maxim's "until", "foreign ministry": no text
  ...[
    'mediator',
    'delegation',
    'minist',
    'minister',
    'president',
    'negotiator',
    'government',
    'talk',
    'negoti',
  ],
]);

/**
 * What two passages both give a status of: shared subject words, less the parties and people
 * named ("Marivel's session is closed" and "Marivel's text is not final" are two things).
 */
function statusSubject(a: Passage, b: Passage, roster: Roster): string[] {
  const [sa, sb] = [statusOf(a, roster), statusOf(b, roster)];
  if (!sa || !sb || ownedByGuarantor(a, roster) !== ownedByGuarantor(b, roster)) return [];
  const shared = sharedSubject(sa, sb);
  if (shared.includes(WHOLE_TEXT) && finalNamedLater(a, b)) return [];
  return shared.filter((w) => !a.nameWords.has(w) && !b.nameWords.has(w) && !NO_SUBJECT.has(w));
}
/**
 * The subject two passages give a status of, as a flag reads it: "everything" of the formula links
 * it to "everything is agreed", which it does not deny (agreedFormula.ts).
 */
function flaggedSubject(a: Passage, b: Passage, roster: Roster): string[] {
  const [fa, fb] = [formulaOnly(a, roster), formulaOnly(b, roster)];
  return statusSubject(a, b, roster).filter((w) => !fa.has(w) && !fb.has(w));
}
const formulaOnly = perPassage(formulaOnlyWords);

/** Further apart than this, "not final" then "final" is a text that moved on, not a contradiction. */
const MOVED_ON_DAYS = 14;
const movedOn = (a: Passage, b: Passage, statusOfA: string) => {
  if (!a.published || !b.published) return false;
  const days = (Date.parse(b.published) - Date.parse(a.published)) / DAY_MS;
  // Open first and final weeks later; final first and open later stays a contradiction.
  return statusOfA === 'open' ? days > MOVED_ON_DAYS : -days > MOVED_ON_DAYS;
};

/**
 * Whether two passages each name days by their month, and not the same ones. "Today" or
 * "Tuesday" in words quoted later is the day they were said, which the quoting source does not give.
 */
function otherDays(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [monthDays(a, roster), monthDays(b, roster)];
  return da.length > 0 && db.length > 0 && !da.some((d) => db.includes(d));
}
/**
 * Whether one of two deadlines' sentences names, by its month, the other's day as well as its
 * own: "extended from 22 May to 26 May", "replies by 15 September and a signing on 24
 * September". It tells both days, the move or the two limits, and sets neither against the other,
 * unless the other source, written after it, gives its own day as the one standing.
 */
function tellsBothDays(a: Passage, b: Passage, roster: Roster): boolean {
  const [da, db] = [
    a.claim?.kind === 'event' && a.claim.data.date,
    b.claim?.kind === 'event' && b.claim.data.date,
  ];
  if (!da || !db || da === db) return false;
  // By month and day: a year read from a tense ("was extended") may be a year off.
  const names = (p: Passage, day: string) => monthDays(p, roster).some((d) => d.slice(5) === day.slice(5));
  // A source written after the one telling both days, that gives the earlier day as standing,
  // still disagrees with it.
  const toldLater = (p: Passage, q: Passage) => !!p.published && !!q.published && p.published > q.published;
  return (names(a, db) && !toldLater(b, a)) || (names(b, da) && !toldLater(a, b));
}
const MONTH_NAMED = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const monthDays = perPassage((p) =>
  findDates(p.text, p.published).flatMap((d) => (MONTH_NAMED.test(d.text) ? [d.iso] : [])),
);

// A record that says its speech is interpreted or translated ("interpretation from Karsish",
// "[Translated from …]") renders words first said in another language.
const TRANSLATED =
  /\b(?:interpretation from|interpreted (?:from|into)|translated (?:from|into)|translation from)\b/i;

function disagree(
  a: Passage,
  b: Passage,
  sim: number,
  roster: Roster,
  translated: (p: Passage) => boolean,
  wasMoved: (x?: string, y?: string) => boolean,
  movedTo: Map<string, string>,
  versions: TextVersions,
  moves: DeadlineMoves,
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
    // One move told with two new days disagrees, whatever the exceptions read in its two states.
    if (deadlines && rivalMoves(a, b, roster))
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
    // Occasions a few days apart are two occasions (dateSlip.ts); a deadline may lie weeks off.
    const [da, db] = [a.claim.data.date ?? '', b.claim.data.date ?? ''];
    const occasions = a.claim.data.eventKind !== 'deadline' && b.claim.data.eventKind !== 'deadline';
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
  const gives = (p: Passage, q: Quantity) =>
    p.quantities.some(
      (z) =>
        sameUnit(z, q) &&
        (sameFigure(z, q) ||
          elidedFigures(p.text, z, p.quantities).some(
            (e) => sameFigure(e, q) && !twoSayersFigures(p.text, z.index, e.index),
          )),
    );
  // One period given two lengths, in sentences that otherwise say the same (deadlines.ts).
  const period = sim >= SAME_PERIOD ? periodsApart(a, b) : undefined;
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
  if (sa && sb && sa.value !== sb.value && subject.length > 0 && !movedOn(a, b, sa.value))
    return flag(
      'status',
      `${sa.value} vs ${sb.value} (${subject.join(' ')})`,
      wholeTextValues(subject, sa.value, sb.value),
    );
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
      !past(a, da[0]!) &&
      !past(b, db[0]!)
    )
      return flag('date', `${da[0]} vs ${db[0]}`, [da[0]!, db[0]!]);
  }
  return undefined;
}

/**
 * What two passages say of the text itself that cannot both be true: one party said to have it
 * and, no earlier, not to have it (receipt.ts); its leak to the press on two days, or at two
 * lengths (pressLeak.ts). A question asserts none of it; one speaker's two words on it are
 * compared as renderings.
 */
function textFlags(a: Passage, b: Passage, roster: Roster): Disagreement[] {
  // Asked of every pair of passages: each reading is remembered per passage, and most say neither.
  const unreceived = receiptApart(a, b, roster);
  const { day, points } = leakApart(a, b, roster);
  const reached = receiptDaysApart(a, b, roster);
  const ended = completionDaysApart(a, b, roster);
  if (!unreceived && !day && !points && !reached && !ended) return [];
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

const oneSpeaker = (a: Passage, b: Passage) =>
  a.kind === 'quote' && b.kind === 'quote' && speakerKey(a) !== undefined && speakerKey(a) === speakerKey(b);

/**
 * Two days of one deadline that a source says moved ("originally set for May 10, was moved to
 * May 20"), each told as it stood: two states of the deadline, linked as one and not flagged.
 * Two days for one state ("moved to 25 May" / "adjusted to 27 May") stay one deadline in dispute.
 * The replies' day told in force before a move some source tells is such a state too (singularMoves.ts),
 * when its source wrote before the new day's: the old day is a deadline of its own, not the moved
 * one's event, so it joins no chain of one event.
 */
function twoStatesOfDeadline(
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
function earlierDayToldFirst(a: Passage, b: Passage, da: string, db: string): boolean {
  const [early, late] = da < db ? [a, b] : [b, a];
  return early.published !== undefined && late.published !== undefined && early.published < late.published;
}

const stageFlag = (a: Passage, b: Passage, day: string, roster: Roster): Disagreement => ({
  kind: 'status',
  reason: `${signingStage(a, roster)} vs ${signingStage(b, roster)} on ${day}`,
  a,
  b,
  values: [signingStage(a, roster)!, signingStage(b, roster)!],
});

/**
 * The words that say a quantity's unit: a counted noun's head ("four measurement stations":
 * "station"; "measurement" says which), a measure's every word ("cubic metres", "kilometres").
 */
function unitWords(q: Quantity): string[] {
  const words = [...meaningWords(q.text)];
  const head = words.at(-1);
  return head === q.unit ? [head] : words;
}

// Both read once per passage, not once per pair it is compared in.
const figureWords = perPassage((p) => new Set(p.quantities.flatMap((q) => [...meaningWords(q.text)])));
const unitsSaid = perPassage((p) => new Set(p.quantities.flatMap(unitWords)));

const TIME_WORDS = new Set(['year', 'month', 'week', 'day', 'hour', 'season', 'time']);
// The words of a number ("1.2 billion") are the number, not a word besides it.
const NUMBER_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'bn', 'mln']);

/**
 * Why two passages are about one thing, if they are: they share enough rare words, or both
 * state the same kind of fact (a count of one thing, a status, an author, a delegation's
 * head, the deal's guarantor) about a shared subject.
 */
/**
 * A count in one passage whose kind is said ("the nine Belmoran border guards"), and the
 * same noun with the same kind words in the other, uncounted ("the Belmoran border guards
 * detained in January"): one group named twice.
 */
function namedGroup(a: Passage, b: Passage, roster: Roster): Quantity | undefined {
  const groups = groupsCounted(a, roster);
  if (groups.length === 0 || b.quantities.length > 0) return undefined;
  const other = ownWords(b, roster);
  return groups.find((x) => other.has(x.unit) && x.which!.every((w) => other.has(w)));
}
// Counts whose kind two words say at least: "two foreign ministers" is any two, not a group.
const groupsCounted = perPassage((p) => p.quantities.filter((x) => (x.which?.length ?? 0) >= 2));
// A passage's own meaning words, without those of the sentences its "it" points back to.
const ownWords = perPassage((p) => meaningWords(p.text));

// Units that count people of one kind; "people" and "persons" may be any of them.
const PEOPLE = new Set([
  ...['person', 'prisoner', 'troop', 'monitor', 'civilian', 'refugee', 'hostage', 'migrant'],
  ...['fisherman', 'fishermen', 'sailor', 'seafarer', 'crew', 'worker', 'journalist', 'offici'],
]);
// Words of people counted, and of sides, say whose count, not which: no word besides.
const PEOPLE_WORDS = new Set([...PEOPLE, 'side', 'sid', 'each', 'parti', 'party']);
// A figure this large is itself a sign of one count: ten people are any ten.
const TELLING_COUNT = 20;

/**
 * "About 800 people have returned" and "1,200 civilians had returned": "people" stands for the
 * kind the other names, so two figures of them are two figures for one count.
 */
const GENERIC_PEOPLE = /\b(?:people|persons|individuals|nationals|strong|members?|personnel|staff)$/i;
// People counted by their role: what befell them ("340 people released") says they are none of these.
const ROLES = new Set(['monitor', 'troop', 'offici', 'worker', 'journalist']);
const roleAndFate = (x: Quantity, y: Quantity): boolean => {
  const [generic, other] = x.unit === 'person' ? [x, y] : [y, x];
  return (
    ROLES.has(other.unit) &&
    generic.which !== undefined &&
    !other.which?.some((w) => generic.which!.includes(w))
  );
};
// The names of peoples a count of people gives ("212 Sembarran crew members"): the capitalised
// words after the figure, a line in capitals apart.
const peoplesNamed = (q: Quantity): string[] =>
  q.text
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
// "212 Tarvish crew members" and "64 Ostrian fishermen" are people of two nations: two groups.
const twoPeoples = (x: Quantity, y: Quantity): boolean => {
  const [nx, ny] = [peoplesNamed(x), peoplesNamed(y)];
  return nx.length > 0 && ny.length > 0 && !nx.some((w) => ny.includes(w));
};
const peopleOfOneKind = (x: Quantity, y: Quantity): boolean =>
  (x.unit === 'person') !== (y.unit === 'person') &&
  !roleAndFate(x, y) &&
  !twoPeoples(x, y) &&
  // Only the words themselves: "citizens", "armies" are folded to persons too, and are no generic word.
  GENERIC_PEOPLE.test(x.unit === 'person' ? x.text : y.text) &&
  PEOPLE.has(x.unit === 'person' ? y.unit : x.unit) &&
  x.rate === y.rate &&
  x.part === y.part &&
  kindsMeet(x, y) &&
  // As for one unit (numbers.ts): a figure ten times another counts another thing ("two armies").
  Math.max(x.value, y.value) < 10 * Math.min(x.value, y.value);

/**
 * "140 persons from each side" and "140 detainees from each side": one count of people, the
 * generic word standing for the kind the other names. Same figure, same share per side.
 */
function onePeopleCount(x: Quantity, y: Quantity, wordsBesides: number): boolean {
  const generic = x.unit === 'person' ? y : y.unit === 'person' ? x : undefined;
  if (generic === undefined || !PEOPLE.has(generic.unit) || x.unit === y.unit || x.rate !== y.rate)
    return false;
  if (roleAndFate(x, y) || twoPeoples(x, y)) return false;
  if (!kindsMeet(x, y)) return false;
  // One figure is sign enough; two figures need a word besides, as two counts of one unit do.
  return (sameValue(x.value, y.value) && x.value >= TELLING_COUNT) || wordsBesides > 0;
}

// What a measure measures: "a zone of twenty kilometres", "the line runs for 212 km", "a
// ten-kilometre zone", "the 212-km line"; past the giver a noun of giving names ("the pledge by
// Hanmura of USD 45 million", "a loan from the Union of 10 million").
const MEASURED_BEFORE =
  /((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:(?:by|from)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:(?:of|runs?|running|ran|extends?|extending|stretch(?:es|ing)?|measur(?:es|ing))\s+)(?:for\s+|over\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|up to\s+)?$/iu;
const MEASURED_AFTER = /^\s*((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)/u;
const STRETCH_AFTER =
  /^\s*((?:[\p{L}-]+\s+)?(?:zone|section|stretch|strip|segment|corridor|road|highway|line|border|frontier|runway|pipeline|railway|track|belt|perimeter|radius|buffer|route|wall|fence|canal)s?)\b/iu;

/** The meaning words of the thing a measure is of, when the text says; else undefined. */
function measuredThing(p: Passage, q: Quantity): Set<string> | undefined {
  const named = namedMeasured(p, q);
  // A distance on each side of a line is the width of a band along it: a zone.
  return q.rate === 'side' ? new Set([...(named ?? []), 'zone']) : named;
}

function namedMeasured(p: Passage, q: Quantity): Set<string> | undefined {
  const before = MEASURED_BEFORE.exec(p.text.slice(Math.max(0, q.index - 40), q.index));
  if (before) return new Set(meaningWords(before[1]!));
  const relative = measuredByRelative(p.text, q);
  if (relative) return relative;
  // The adjective form names its noun after it: "212-km line", "ten-kilometre zone"; so does a
  // measure right before a noun of a stretch of ground or of a line ("the 6km section", "a 5 km
  // buffer zone"), where a plain figure's next word is no noun of it ("15 km from the capital").
  if (!/-\S+$/.test(q.text)) {
    const stretch = STRETCH_AFTER.exec(p.text.slice(q.index + q.text.length));
    return stretch ? new Set(meaningWords(stretch[1]!)) : undefined;
  }
  const after = MEASURED_AFTER.exec(p.text.slice(q.index + q.text.length));
  const words = after ? new Set(meaningWords(after[1]!)) : undefined;
  return words && words.size > 0 ? words : undefined;
}

/**
 * Whether two measures may be of one thing: two different figures of two things the texts
 * name ("a ceasefire line of 212 km", "a zone of five km") are not; one figure stated twice
 * is one thing however named ("a share of 400 million m³", "a volume of 400 million m³").
 */
function sameMeasured(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  if (!isMeasure(x.unit) || sameFigure(x, y)) return true;
  // Where a thing lies is no size of a thing (placingDistances.ts).
  if (placesSomething(a, x) !== placesSomething(b, y)) return false;
  const [ta, tb] = [measuredThing(a, x), measuredThing(b, y)];
  return !ta || !tb || [...ta].some((w) => tb.has(w));
}

const spansOf = perPassage((p) => spans(p.text));
// Words that say a span, not what it is of.
const SPAN_WORDS = /^(?:within|after|befor|until|entri|forc|enter)$/;

/**
 * Two passages that give a span of time for one thing: "heavy weapons leave the zone within
 * thirty days" / "weapons are withdrawn from the zone within thirty (30) days"; "its mandate
 * will run for twelve months" / "Mandate: 12 months". One span and a word besides in common.
 */
function oneSpan(a: Passage, b: Passage, besides: string[], roster: Roster): string | undefined {
  const [sa, sb] = [spansOf(a, roster), spansOf(b, roster)];
  if (sa.length === 0 || sb.length === 0 || aboutOthers(a, b, roster)) return undefined;
  // The words of the spans themselves ("twelve months") are the figure, not a word besides.
  const said = new Set([...sa, ...sb].flatMap((x) => [...meaningWords(x.text)]));
  const words = besides.filter((w) => !SPAN_WORDS.test(w) && !said.has(w));
  const same = sa.find((x) => sb.some((y) => y.days === x.days));
  return same !== undefined && words.length >= 1 ? `one span of ${same.days} days` : undefined;
}

/**
 * Why two passages tell one thing, if they do; two passages alike in two words only and in no
 * other way are so as the last reason (`alike in two words`), which links only a pair that
 * disagrees (weakAlike).
 */
function sameThing(
  a: Passage,
  b: Passage,
  like: Likeness,
  roster: Roster,
  versions: TextVersions,
  twoEvents = false,
): string | undefined {
  const fallback: { alike?: string } = {};
  return oneThing(a, b, like, roster, versions, twoEvents, fallback) ?? fallback.alike;
}

function oneThing(
  a: Passage,
  b: Passage,
  like: Likeness,
  roster: Roster,
  versions: TextVersions,
  twoEvents: boolean,
  fallback: { alike?: string },
): string | undefined {
  // Counts of one unit in different years are two things, however alike the words; so are
  // measures of two things ("a ceasefire line of 212 km", "a zone of five km"), and two
  // versions of a revised text ("twenty points", "a revised text of twenty-two points").
  const countsOne = (x: Quantity, y: Quantity) => sameUnit(x, y) || oneVersion(x, y) || oneSizeTwoNames(x, y);
  const alike = a.quantities.filter((x) => b.quantities.some((y) => countsOne(x, y)));
  const counted = alike.find((x) =>
    b.quantities.some(
      (y) =>
        countsOne(x, y) &&
        !twoVersions(a, x, b, y, versions, roster) &&
        sameTime(a, x, b, y, roster) &&
        sameMeasured(a, x, b, y),
    ),
  );
  // The counts' own words ("five persons") are the figures, not words besides.
  const [fa, fb] = [figureWords(a, roster), figureWords(b, roster)];
  const wordsBesides = like.both.filter(
    (w) => !TIME_WORDS.has(w) && !fa.has(w) && !fb.has(w) && !NUMBER_WORDS.has(w) && !PEOPLE_WORDS.has(w),
  ).length;
  const people = a.quantities.find((x) =>
    b.quantities.some((y) => onePeopleCount(x, y, wordsBesides) && sameTime(a, x, b, y, roster)),
  );
  if (people) return `one count of ${people.text}`;
  const swap = oneSwap(a, b, roster);
  if (swap !== undefined && oneYear(a, b, roster)) return `one swap, ${swap} for each side`;
  // "the 1.2 billion Ketheny has promised" and "1.2 billion cubic metres a year": an amount
  // whose unit one text left out, the same value and a word more in common.
  const amount = a.quantities.find((x) =>
    b.quantities.some(
      (y) => (x.unit === '' || y.unit === '') && sameValue(x.value, y.value) && sameTime(a, x, b, y, roster),
    ),
  );
  if (amount && like.both.some((w) => !NUMBER_WORDS.has(w))) return `one amount of ${amount.text}`;
  // People moved across the line on one day, each source with its own count or part of it.
  const act = oneDatedAct(a, b, roster);
  if (act) return `people moved across the line on ${act}`;
  if (oneSwapSides(a, b, roster)) return "one swap: one side's people home and the count per side";
  const vote = oneVoteOf(a, b, roster);
  if (vote) return `one vote (${vote[0].for ?? '?'} for, ${vote[0].against ?? '?'} against)`;
  if (alike.length > 0 && !counted) return undefined;
  const group = namedGroup(a, b, roster) ?? namedGroup(b, a, roster);
  if (group) return `one group of ${group.unit}`;
  const { sim, said } = like;
  // Alike words of two sentences that report two events are the events' wording, not one claim.
  const others = twoEvents || aboutOthers(a, b, roster);
  if (
    !others &&
    sim >= LINK &&
    said >= SAID_LINK &&
    moreThanAWord(like) &&
    saysItself(a, b, roster) &&
    saysItself(b, a, roster)
  ) {
    if (moreThanTwoWords(like) || oneSpeaker(a, b)) return `alike in words (${sim.toFixed(2)})`;
    fallback.alike = `alike in two words (${sim.toFixed(2)})`;
  }
  if (oneSentenceRendered(a, b, roster, speakerKey)) return 'one sentence in other words';

  // One unit and one more word in common ("three joint measurement stations" / "the four
  // measurement stations"); one unit and one value is itself the sign ("15 kilometres").
  const sameCount = a.quantities.some((x) =>
    b.quantities.some((y) => sameUnit(x, y) && sameValue(x.value, y.value)),
  );
  // A word of time ("months", "a year") says when, not what: "two gauging points … for the
  // past twelve months" and "the twenty-point framework … for more than five months".
  // Nor are the words of the counts themselves ("15 kilometres" / "25 kilometres" share
  // "kilometre" and nothing else).
  const [ua, ub] = [unitsSaid(a, roster), unitsSaid(b, roster)];
  const besides = like.both.filter(
    (w) => w !== counted?.unit && !TIME_WORDS.has(w) && !ua.has(w) && !ub.has(w),
  );
  // One rate is such a word: "twelve ships a day" / "ten ships a day".
  const sameRate =
    counted?.rate !== undefined && b.quantities.some((y) => sameUnit(counted, y) && y.rate === counted.rate);
  if (counted && (besides.length >= 1 || sameCount || sameRate))
    return `one count of ${counted.unit}${counted.rate === 'span' ? ' in all' : counted.rate ? ` a ${counted.rate}` : ''}`;
  const size =
    counted &&
    oneTextSize(
      a,
      b,
      (x, y) => countsOne(x, y) && !twoVersions(a, x, b, y, versions, roster) && sameTime(a, x, b, y, roster),
    );
  if (size && sameTextNamed(a, b)) return `one size of the text (${size.unit})`;
  // "the 14-point agreement" / "a fifteen-point document": the text under two of its names (textSizeNames.ts).
  const renamed =
    counted &&
    oneTextSize(
      a,
      b,
      (x, y) =>
        oneSizeTwoNames(x, y) && !twoVersions(a, x, b, y, versions, roster) && sameTime(a, x, b, y, roster),
    );
  if (renamed && sizedUnderTwoNames(a, b, roster)) return `one size of the text (${renamed.unit})`;
  const span = oneSpan(a, b, besides, roster);
  if (span) return span;
  const subject = statusSubject(a, b, roster);
  if (subject.length > 0) return `the status of ${subject.join(' ')}`;
  const assent = oneAssent(a, b, roster);
  if (assent) return assent;
  const due = oneDeadline(
    a,
    b,
    roster,
    (w) => nameMeaning(a, roster).has(w) || nameMeaning(b, roster).has(w),
  );
  if (due) return `one deadline: ${due}`;
  const deadlineDay = oneDeadlineDay(a, b, roster);
  if (deadlineDay) return `one deadline day: ${deadlineDay}`;
  const actDay = oneActOnDay(a, b, roster);
  if (actDay) return `one act on one day: ${actDay}`;
  const period = periodOf(a, roster);
  if (period && period === periodOf(b, roster) && !others) return `one period (${period})`;
  const stage = stageOfBoth(a, b, roster);
  if (stage && (stage.stage !== 'sign' || !stage.agree))
    return stage.agree
      ? `the text reached one stage (${stage.stage})`
      : `whether the text reached ${stage.stage}`;
  // A question's premise is put to the speaker, not said (as in disagree).
  if (!asks(a) && !asks(b)) {
    if (stillHeldBoth(a, b, roster)) return 'people still held';
    if (heldApart(a, b, roster)) return 'whether people are still held';
  }
  const [oa, ob] = [operatingOf(a, roster), operatingOf(b, roster)];
  if (oa && ob && oneOperated(oa, ob)) return 'whether it works';
  // Two texts each named by its author in passing ("the framework presented by the Mediator",
  // "the proposals submitted by Obravia") are two mentions: neither says who wrote it.
  if (
    saysWhoWrote(a, roster) &&
    saysWhoWrote(b, roster) &&
    oneText(a, b) &&
    ((!namesOwner(a, roster) && !namesOwner(b, roster)) || sameTextNamed(a, b)) &&
    !(authorInPassing(a, roster) && authorInPassing(b, roster)) &&
    !twoTextsAuthored(a, b, roster)
  )
    return 'who wrote it';
  if (oneAuthorship(a, b, roster) && !twoTextsAuthored(a, b, roster)) return 'who wrote it, in other words';
  // A text leaked to the press, as each source tells it; a question's premise is put, not told.
  if (!asks(a) && !asks(b) && oneLeak(a, b, roster)) return 'a text leaked to the press';
  const access =
    oneTextAccess(a, b, roster) ?? oneTextReaching(a, b, roster) ?? oneReceiptTopic(a, b, roster);
  if (access) return access;
  const order = oneSigningOrder(a, b, roster);
  if (order) return `the order of signature: ${order}`;
  if (signingOrdersApart(a, b, roster)) return 'the order of signature';
  const heads = sameDelegation(a, b, roster);
  if (heads) return `who heads ${heads[0]}'s delegation`;
  // Two refusals of one thing: "will not accept a joint authority over the dam" / "rejected
  // a proposal to place the dam under a joint authority".
  if (!others && oneRefusal(a, b, roster)) return 'one refusal';
  const seat = oneSeat(a, b, roster);
  if (seat) return seat;
  const who = presentInBoth(a, b, roster)?.who;
  if (who) return `whether ${who} took part`;
  const roles = oneRolePresence(a, b, roster) ?? onePartyPresence(a, b, roster);
  if (roles) return roles;
  if (remoteApart(a, b, roster)) return 'whether anyone joined from afar';
  const joined = joinedExclusive(a, b, roster);
  if (joined) return `whether ${joined} took part`;
  const third = joinedPrincipalsAlone(a, b, roster);
  if (third) return `whether ${third} took part`;
  const away = atPlaceApart(a, b, roster);
  if (away) return `whether ${away[0]} was in ${away[1]}`;
  const [ga, gb] = [guarantor(a, roster), guarantor(b, roster)];
  if (ga !== undefined && ga === gb) return `${ga} as guarantor`;
  if (sayWhoAsked(a, b, roster)) return 'who asked for the occasion';
  return undefined;
}

/** Two accounts of one occasion that give its initiative to two sides (initiative.ts). */
function askedApart(a: Passage, b: Passage, roster: Roster): Disagreement | undefined {
  if (!sayWhoAsked(a, b, roster) || initiatorOf(a, roster) === initiatorOf(b, roster)) return undefined;
  return {
    kind: 'attribution',
    reason: `asked for by ${initiatorOf(a, roster)} vs ${initiatorOf(b, roster)}`,
    a,
    b,
  };
}

/** Links passages of different sources about one thing and flags those that disagree. */
export function linkSources(
  docs: LinkDocument[],
  roster: Roster,
  { allPairs = false }: { allPairs?: boolean } = {},
): SourceLinks {
  const passages = docs.flatMap((d) => passagesOf(d, roster));
  const meanings = meaningsOf(passages, roster);
  const within = eventsWithin(passages);
  noteMediators(docs, passages, roster);
  noteSaidDays(docs, passages);
  noteWireDatelines(docs, passages);
  noteTextStates(docs, passages);
  noteTextPronouns(docs, passages);
  noteAuthoredTexts(docs, passages);
  noteBulletLeadIns(docs, passages);
  noteSingularMoves(passages);
  // Quotations kept only to be set against quotations weigh no word for the others.
  const weighed = passages.filter((p) => !p.quotedOnly && !p.act);
  const idf = idfOf(weighed.map((p) => meanings.get(p)!));
  // Events are compared by their content words (linkEvents.ts is tuned on those).
  const idfOld = idfOf(weighed.map((p) => p.words));
  const people = buildGazetteer(roster).personById;
  const isPerson = (id: string) => people.has(id);
  const links: SourceLink[] = [];
  const disagreements: Disagreement[] = [];
  const translatedSources = new Set(docs.filter((d) => TRANSLATED.test(d.cleanText)).map((d) => d.source));
  const translated = (p: Passage) => translatedSources.has(p.source);
  // A deadline some source reports moved from one day to another: a source giving the first
  // day and one giving the second tell of two states of one deadline, not a disagreement.
  const moves = new Set(
    passages.flatMap((p) => (p.claim?.kind === 'event' ? [moved(p, roster)?.join(' ')] : [])),
  );
  const wasMoved = (x?: string, y?: string) => moves.has(`${x} ${y}`) || moves.has(`${y} ${x}`);
  // Each day a deadline was moved to, and when a source first said so.
  const movedTo = new Map<string, string>();
  for (const p of passages) {
    const to = p.claim?.kind === 'event' ? moved(p, roster)?.[1] : undefined;
    const since = movedTo.get(to ?? '');
    if (to && p.published && (!since || p.published < since)) movedTo.set(to, p.published);
  }
  // The classes of event read from each source.
  const read = new Map<string, Set<string>>();
  for (const p of passages)
    if (p.claim?.kind === 'event')
      read.set(p.source, (read.get(p.source) ?? new Set()).add(eventClass(p.claim.data.eventKind)));
  const classesRead = (source: string) => read.get(source) ?? new Set<string>();
  // Sizes of a text some source tells as its successive versions (textVersions.ts).
  const versions = textVersions(passages);
  // Days deadlines were moved to and from, and when each was first told (deadlineMoves.ts).
  const deadlineDays = deadlineMoves(passages, roster);
  deadlineDays.stages = scheduleStages(passages, roster, (a, b) => !dueApart(a, b, roster));
  // Each passage a source repeats word for word is compared once (distinctPassages.ts).
  const compared = distinctPassages(passages);
  // Only pairs that can relate are compared (linkBlocking.ts); `allPairs` compares every pair.
  const readings = { meanings, idf, link: LINK, statusOf, guarantor, classesRead };
  const near = allPairs ? undefined : pairsToCompare(compared, roster, readings);
  const budget = linkBudget(compared);
  for (let i = 0; i < compared.length; i++) {
    // Blocking's partners of i, or every later passage (counted, not made: n²/2 numbers).
    const partners = near?.[i];
    for (let k = 0, end = partners ? partners.length : compared.length - i - 1; k < end; k++) {
      const j = partners ? partners[k]! : i + 1 + k;
      if (budget.done(links, i)) break;
      const [a, b] = [compared[i]!, compared[j]!];
      if (a.source === b.source) continue;
      if (budget.over(i, j)) continue;
      if ((a.quotedOnly || b.quotedOnly) && (a.kind !== 'quote' || b.kind !== 'quote')) {
        // A short quotation still denies a deadline another source says stands ("The end of
        // March is not our deadline"): compared with events for that alone.
        const [event, other] = a.kind === 'event' ? [a, b] : [b, a];
        const denied =
          event.kind === 'event' && !asks(other) ? occasionDenied(event, other, roster) : undefined;
        if (denied) {
          links.push({ a, b, reason: 'whether the occasion was agreed or held' });
          disagreements.push({ kind: 'status', reason: denied, a, b });
        }
        continue;
      }
      if ((a.kind === 'event') !== (b.kind === 'event')) {
        const [event, other] = a.kind === 'event' ? [a, b] : [b, a];
        // A heading dated as its document is the document's own line of issue (issuedLine.ts).
        const issued = isHeading(other, roster) && datesItsOwnIssue(other, roster);
        if (!issued && placesEvent(event, other, roster))
          links.push({ a, b, reason: "puts someone at the event's place on its day" });
        else if (reportsEvent(event, other, roster, classesRead))
          links.push({
            a,
            b,
            reason: `reports the same ${event.claim?.kind === 'event' ? event.claim.data.eventKind : 'event'} in other words`,
          });
        else {
          // "No date has yet been agreed for a meeting", "no call had taken place" (occasionDenied.ts).
          const denied = asks(other) ? undefined : occasionDenied(event, other, roster);
          if (!denied) continue;
          links.push({ a, b, reason: 'whether the occasion was agreed or held' });
          disagreements.push({ kind: 'status', reason: denied, a, b });
          continue;
        }
        const day = stagesApart(a, b, roster);
        if (day) disagreements.push(stageFlag(a, b, day, roster));
        continue;
      }
      if (a.short || b.short) continue;
      if (a.kind === 'event') {
        const sim = similarity(a.words, b.words, idfOld);
        if (!eventsMatch(a, b, sim, isPerson, roster)) continue;
        // Two states of one moved deadline are about one thing, and no disagreement.
        if (twoStatesOfDeadline(a, b, roster, wasMoved, movedTo)) {
          links.push({ a, b, reason: 'one deadline, moved' });
          continue;
        }
        links.push({ a, b, reason: 'one event' });
        const d = disagree(a, b, sim, roster, translated, wasMoved, movedTo, versions, deadlineDays);
        if (d) disagreements.push(d);
        continue;
      }
      if (isHeading(a, roster) || isHeading(b, roster)) {
        // A readout's headline may say who called ("Crown Prince Receives Phone Call from
        // President Tamm"): that alone of it is set against the other side's account.
        const asked = askedApart(a, b, roster);
        if (asked) {
          links.push({ a, b, reason: 'who asked for the occasion' });
          disagreements.push(asked);
        }
        continue;
      }
      if (isCounters(a, roster) || isCounters(b, roster)) continue;
      const [na, nb] = [nameMeaning(a, roster), nameMeaning(b, roster)];
      const like = likeness(meanings.get(a)!, meanings.get(b)!, idf, (w) => na.has(w) || nb.has(w));
      const reason = actLink(
        a,
        b,
        sameThing(a, b, like, roster, versions, tellTwoEvents(a, b, within, roster)),
      );
      if (!reason) {
        // Who has the text, and when and how long it leaked, are flagged where the two share no
        // claim else: the text is all they share.
        disagreements.push(...textFlags(a, b, roster));
        if (formulaAnswersStatus(a, b)) links.push({ a, b, reason: 'whether the text is agreed' });
        continue;
      }
      const d = disagree(a, b, like.sim, roster, translated, wasMoved, movedTo, versions, deadlineDays);
      // Who wrote a text, its leak, its stage: a topic, one claim only with a second agreement (corroboration.ts).
      if (frameAlone(a, b, reason, d !== undefined, roster)) continue;
      if (weakAlike(reason, d !== undefined)) continue;
      links.push({ a, b, reason });
      if (d) disagreements.push(d);
    }
  }
  disagreements.push(...versionSizeFlags(compared, links, disagreements, versions, roster));
  const events = links.filter((l) => l.reason === 'one event').map((l): [Passage, Passage] => [l.a, l.b]);
  // Flagged only where two reports were compared face to face: a disagreement two steps
  // away is the engine's inference, not what the sources say of one another.
  for (const [a, b, via] of sameEventThrough(events, roster))
    links.push({ a, b, reason: `one event, as each is with ${via.source}` });
  disagreements.push(...durationFlags(passages, links, roster));
  disagreements.push(...callAccountFlags(passages, links, roster));
  disagreements.push(...classFlags(docs, passages, links, roster, disagreements));
  disagreements.push(...partRetoldWholeFlags(compared, isPerson));
  links.push(...occasionMentionLinks(passages, links, roster));
  const flags = oneFlagEach(denialsJoined(disagreements)).map((d) =>
    d.kind === 'attribution' ? withSpeechTags(d, passages) : d,
  );
  return { groups: links.map((l) => [l.a, l.b]), links, disagreements: flags };
}

/**
 * Who a source gives words to is said where it names the speaker ("Vintrop ended his speech
 * with a line that drew applause: …"): a flag of one quotation given to two people shows
 * those passages beside the words.
 */
function withSpeechTags(d: Disagreement, passages: Passage[]): Disagreement {
  const tag = (q: Passage) => {
    const at = q.claim?.kind === 'quote' ? q.claim.data.speakerSpan : undefined;
    return at
      ? passages.find(
          (p) => p.source === q.source && p.kind !== 'quote' && p.span[0] < at[1] && at[0] < p.span[1],
        )
      : undefined;
  };
  const tags = (side: Passage[]) => side.flatMap((q) => tag(q) ?? []);
  const [alsoA, alsoB] = [
    [...(d.alsoA ?? []), ...tags([d.a, ...(d.alsoA ?? [])])],
    [...(d.alsoB ?? []), ...tags([d.b, ...(d.alsoB ?? [])])],
  ];
  return { ...d, ...(alsoA.length ? { alsoA } : {}), ...(alsoB.length ? { alsoB } : {}) };
}
