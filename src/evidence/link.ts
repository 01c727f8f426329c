// Across sources: passages about the same thing are linked — alike in meaning words
// (meaning.ts: base forms, the negotiation lexicon, refusals) weighted by how rare they are
// and not only in whom they name, or stating one claim frame (the same counted thing, a
// status of one text, an author, a delegation's head, who took part, one refusal, the
// guarantor; claimFrames.ts, textAuthor.ts, delegationHeads.ts, namedPresence.ts), or the
// same event (linkEvents.ts) — and a linked pair is flagged when the two cannot both be
// true: two counts of one thing, two dates, final and not final, two authors, two heads of
// one delegation, present and absent, two renderings of one quotation, one quotation given
// to two people. Titles, greetings and passages that name only other parties are not
// linked by words.
// Its parts: word likeness (linkLikeness.ts), why a pair is one thing (linkReasons.ts, with
// countedAndMeasured.ts, quantityTimes.ts, textsAndHolders.ts, pairReadings.ts) and whether it
// disagrees (pairDisagreements.ts); this module links and flags.

import { formulaAnswersStatus } from './agreedFormula.ts';
import { asks } from './assertion.ts';
import { noteAuthoredTexts } from './authoredTexts.ts';
import { noteBulletLeadIns } from './bulletLeadIns.ts';
import { callAccounts } from './callAccounts.ts';
import { nameMeaning } from './claimFrames.ts';
import { classFlags } from './classFlags.ts';
import { frameAlone } from './corroboration.ts';
import { deadlineMoves, scheduleStages } from './deadlineMoves.ts';
import { dueApart, moved } from './deadlines.ts';
import { denialsJoined } from './deniedAuthors.ts';
import { distinctPassages } from './distinctPassages.ts';
import { durationFlags, durationLinks, lengthsOfOne } from './eventDurations.ts';
import { placesEvent, reportsEvent } from './eventSentences.ts';
import { buildGazetteer } from './gazetteer.ts';
import { datesItsOwnIssue } from './issuedLine.ts';
import { pairsToCompare } from './linkBlocking.ts';
import { linkBudget } from './linkBudget.ts';
import { eventsMatch } from './linkEvents.ts';
import {
  idfOf,
  isCounters,
  isHeading,
  LINK,
  likeness,
  meaningsOf,
  similarity,
  weakAlike,
} from './linkLikeness.ts';
import { sameThing } from './linkReasons.ts';
import { eventClass } from './linkSupport.ts';
import { occasionDenied } from './occasionDenied.ts';
import { occasionMentionLinks } from './occasionMentions.ts';
import { oneFlagEach } from './oneFlagEach.ts';
import { askedApart, disagree, stageFlag, textFlags, twoStatesOfDeadline } from './pairDisagreements.ts';
import { guarantor, statusOf, TRANSLATED } from './pairReadings.ts';
import { partRetoldWholeFlags } from './partRetoldWhole.ts';
import { type LinkDocument, type Passage, passagesOf } from './passages.ts';
import { actLink } from './readoutActs.ts';
import { noteSaidDays } from './saidDays.ts';
import { sameEventThrough } from './sameEventThrough.ts';
import { stagesApart } from './signingStage.ts';
import { noteSingularMoves } from './singularMoves.ts';
import { noteMediators } from './textAuthor.ts';
import { noteTextPronouns } from './textPronoun.ts';
import { noteTextStates } from './textState.ts';
import { versionSizeFlags } from './textsAndHolders.ts';
import { textVersions } from './textVersions.ts';
import { eventsWithin, tellTwoEvents } from './twoEvents.ts';
import type { Roster } from './types.ts';
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
      const d = disagree(
        a,
        b,
        like.sim,
        roster,
        translated,
        wasMoved,
        movedTo,
        versions,
        deadlineDays,
        like.besidesFigures,
      );
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
  const lengths = lengthsOfOne(passages, links, roster);
  disagreements.push(...durationFlags(lengths));
  const calls = callAccounts(passages, links, roster);
  disagreements.push(...calls.flags);
  disagreements.push(...classFlags(docs, passages, links, roster, disagreements));
  disagreements.push(...partRetoldWholeFlags(compared, isPerson));
  links.push(...occasionMentionLinks(passages, links, roster));
  links.push(...notLinkedYet([...durationLinks(lengths), ...calls.links], links));
  const flags = oneFlagEach(denialsJoined(disagreements)).map((d) =>
    d.kind === 'attribution' ? withSpeechTags(d, passages) : d,
  );
  return { groups: links.map((l) => [l.a, l.b]), links, disagreements: flags };
}

/**
 * Links read after the pair loop (one occasion's length, one call's account) that the loop did
 * not make already, each pair once: a pair linked twice would count twice.
 */
function notLinkedYet(candidates: SourceLink[], links: SourceLink[]): SourceLink[] {
  const id = (p: Passage) => `${p.kind}\u0000${p.source}\u0000${p.span[0]}\u0000${p.span[1]}`;
  const seen = new Set(links.flatMap((l) => [`${id(l.a)} ${id(l.b)}`, `${id(l.b)} ${id(l.a)}`]));
  return candidates.filter((l) => {
    const key = `${id(l.a)} ${id(l.b)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    seen.add(`${id(l.b)} ${id(l.a)}`);
    return true;
  });
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
