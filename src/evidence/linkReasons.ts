// Why two passages of different sources tell one thing (link.ts): the reasons a pair is linked,
// from one counted thing, one text, one event or one speaker to alike in two words.

import { oneAssent } from './assentToText.ts';
import { asks } from './assertion.ts';
import { twoTextsAuthored } from './authoredTexts.ts';
import { oneAuthorship } from './authorshipWording.ts';
import { nameMeaning, oneRefusal } from './claimFrames.ts';
import {
  figureWords,
  NUMBER_WORDS,
  namedGroup,
  onePeopleCount,
  oneSpan,
  PEOPLE_WORDS,
  sameMeasured,
  TIME_WORDS,
  unitsSaid,
} from './countedAndMeasured.ts';
import { oneDatedAct } from './datedActs.ts';
import { oneDeadlineDay } from './deadlineDays.ts';
import { sameDelegation } from './delegationHeads.ts';
import { oneDeadline, periodOf } from './dueBy.ts';
import { oneSwapSides } from './exchanges.ts';
import { heldApart, stillHeldBoth } from './held.ts';
import { sayWhoAsked } from './initiative.ts';
import { oneLeak } from './leaks.ts';
import {
  aboutOthers,
  LINK,
  type Likeness,
  moreThanAWord,
  moreThanTwoWords,
  SAID_LINK,
  saysItself,
} from './linkLikeness.ts';
import { joinedExclusive, presentInBoth } from './namedPresence.ts';
import type { Quantity } from './numbers.ts';
import { oneThing as oneOperated, operatingOf } from './operating.ts';
import { guarantor, oneSpeaker, statusSubject } from './pairReadings.ts';
import { onePartyPresence } from './partyPresence.ts';
import type { Passage } from './passages.ts';
import { atPlaceApart } from './personAtPlace.ts';
import { joinedPrincipalsAlone } from './principalsAlone.ts';
import { oneYear, sameTime, stageOfBoth } from './quantityTimes.ts';
import { speakerKey } from './quoteFlags.ts';
import { oneReceiptTopic } from './receiptTopic.ts';
import { remoteApart } from './remotePresence.ts';
import { oneSentenceRendered, quotedWordForWord } from './renderings.ts';
import { oneRolePresence } from './rolePresence.ts';
import { oneActOnDay } from './sameDayAct.ts';
import { sameUnit, sameValue } from './sameFigure.ts';
import { oneSeat } from './seatAtTable.ts';
import { oneSigningOrder } from './signingOrder.ts';
import { oneSwap } from './swapLinks.ts';
import { oneVoteOf } from './tallies.ts';
import { oneTextAccess } from './textAccess.ts';
import { authorInPassing, oneText, saysWhoWrote } from './textAuthor.ts';
import { oneTextReaching } from './textDelivery.ts';
import { oneSizeTwoNames } from './textSizeNames.ts';
import { oneTextSize, sizeNamesAlike } from './textSizes.ts';
import { namesOwner, sameTextNamed, sizedUnderTwoNames } from './textsAndHolders.ts';
import { oneVersion, type TextVersions, twoVersions } from './textVersions.ts';
import { oneTimeLimit } from './timeLimits.ts';
import type { Roster } from './types.ts';

/**
 * Why two passages tell one thing, if they do; two passages alike in two words only and in no
 * other way are so as the last reason (`alike in two words`), which links only a pair that
 * disagrees (weakAlike).
 */
export function sameThing(
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

export function oneThing(
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
  if (quotedWordForWord(a, b, roster)) return 'one sentence word for word';

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
  // Nor, where both name one text by its size alone, the words of that name ("the nine-point
  // text" twice shares "nine" and "text" as a title's words: textSizes.ts).
  const named = sizeNamesAlike(a, b);
  const ofName = (w: string) =>
    named && (fa.has(w) || fb.has(w) || [...a.quantities, ...b.quantities].some((q) => q.which?.includes(w)));
  const besides = like.both.filter(
    (w) => w !== counted?.unit && !TIME_WORDS.has(w) && !ua.has(w) && !ub.has(w) && !ofName(w),
  );
  // One rate is such a word: "twelve ships a day" / "ten ships a day".
  const sameRate =
    counted?.rate !== undefined && b.quantities.some((y) => sameUnit(counted, y) && y.rate === counted.rate);
  if (counted && (besides.length >= 1 || (sameCount && !named) || sameRate))
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
  const limit = oneTimeLimit(a, b, roster);
  if (limit) return limit;
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
  // A text named by its author in passing ("the framework presented by the Mediator", "the
  // proposals submitted by Torvania") is a mention that says something else of the text: set
  // against a sentence that says who wrote it, or against another mention, it tells no author.
  if (
    saysWhoWrote(a, roster) &&
    saysWhoWrote(b, roster) &&
    oneText(a, b) &&
    ((!namesOwner(a, roster) && !namesOwner(b, roster)) || sameTextNamed(a, b)) &&
    !authorInPassing(a, roster) &&
    !authorInPassing(b, roster) &&
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
