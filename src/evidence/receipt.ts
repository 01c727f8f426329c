// Who has the text: a negotiating text said to be "shared with both delegations", "transmitted to
// the Government of Torvania" or "now in hand" of all parties, and a party said to have "not yet
// received" it, to have "not been shown" it, or to be the one it was shown to "everyone except".
// Said when the text was already said to be with that party, the two cannot both be true; said
// before, the party simply had it later (readouts and briefings tell both, day by day).

import { DAY_MS } from '../core/calendar.ts';
import { ADJECTIVE } from './adjectives.ts';
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { buildGazetteer } from './gazetteer.ts';
import { partiesByAdjective } from './held.ts';
import { EVERYONE, GIVING_VERBS, TEXT_NOUNS } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { CONDITION, DUE } from './textDelivery.ts';
import { revisedState } from './textState.ts';
import type { Roster } from './types.ts';

/** Parties a passage says have the text (`all`: every party at the table), and the ones it says have not. */
export interface Receipt {
  has: Set<string>;
  hasNot: Set<string>;
  /** The day the text was given, where the giving clause says it ("transmitted … on 20 March"). */
  givenOn?: string;
}

const ALL = 'all';
// A text of the talks, by any of its names.
// A proposal is received as a text is.
const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS}|proposals?)\\b`, 'i');
// Given to someone, the recipients after the verb: "shared with the two delegations".
// An adverb may stand between ("transmitted simultaneously to the two delegations"), and the text
// itself after "shared" ("shared the revised draft with both delegations").
// The text as the subject of "went": "the revised draft went to both delegations" (not "the
// delegation went to Fjellby with a draft", whose subject is no text).
// The means, the sender's office and the day may stand between the verb and its recipients: "sent
// by email late on Friday to every delegation", "sent by the envoy's office to", "went to both
// capitals by courier"; a quotation may open
// between the text and "went" (the revised text "went to both capitals"). The active verb may
// have the text for its object before the recipients: "we sent it to", "handed the draft to"; not
// "sent a draft to", a text of its own (textState.ts reads "a" so too).
const GIVEN = new RegExp(
  String.raw`\b(?:shared(?: \w+ly| it| (?:the|its) (?:[\w-]+ ){0,2}?(?:text|draft|framework|document|version|paper))? with|(?:${GIVING_VERBS})(?: \w+ly)?(?: it| (?:the|its|our|their) (?:[\w-]+ ){0,2}?(?:text|draft|framework|document|version|paper))?(?: by (?:[\w-]+ ){0,2}?(?:e-?mail|hand|courier|post|fax|pouch|mail|messenger|portal)| by (?:the|its|her|his|their) (?:[\w'’-]+ ){0,2}?(?:office|team|secretariat|mediators?|envoy|staff|presidency))?(?: on [^.;,"“”]{1,30}?)? to|(?<=\b(?:texts?|drafts?|frameworks?|documents?|versions?|papers?)\s["“]?)(?:went|has gone|had gone)(?: out)? to)\s`,
  'gi',
);
const COPY_BEFORE = /\bcop(?:y|ies)\b[^.;]*$/i;
// The day right before the verb, or before its auxiliary: "the draft yesterday was passed to",
// "on Friday sent it to".
const DAY_BEFORE_VERB = /^\s*(?:(?:was|were|is|are|has been|have been|had been)\s+)?$/i;
// Every delegation one by one: "to each of the three delegations".
const EACH_OF = /^\s*each of the (?:two |three |four |five )?(?:delegations|sides|parties|capitals)\b/i;
// Had by someone, the holders before the verb: "All four parties now have the text in hand".
const HELD =
  /\b(?:now )?(?:have|has|had) (?:the|a|this|our|their) (?:[\w-]+ ){0,2}(?:text|draft|document|framework|plan) (?:in hand|before (?:them|it|us))\b|\b(?:have|has|had) (?:now |already )?received\b/gi;
// Not given, the party before the verb: "the Torvanian side had not yet received", "Arvenia was not
// shown", "they did not see the revised text until".
// An adverb of time may stand before the negation ("has still not seen", "have so far not received").
const NOT_GIVEN =
  /\b(?:(?:has|have|had|was|were)(?: still| so far)? (?:not|never) (?:yet )?(?:been )?(?:received|shown|given|sent|handed|seen)|(?:still )?(?:did not|didn['’]t|never) (?:see|receive|get))\b/gi;
/**
 * Whether words deny that someone was given a text ("We were not shown the new text."): few
 * content words, yet a claim a readout that says it was transmitted contradicts.
 */
export const deniesReceipt = (text: string): boolean => TEXT.test(text) && text.search(NOT_GIVEN) >= 0;
// A denial told of a text named with "a" describes a kind of text, not the one given: "no one
// can ask us to approve a plan our delegation has never seen" says what a party would refuse.
const ANY_TEXT_BEFORE = new RegExp(
  String.raw`\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:${TEXT_NOUNS})\s+(?:(?:that|which)\s+)?(?:(?!(?:and|but|while|whereas|though|although|yet|so)\b)[\w'’-]+\s+){1,3}$`,
  'i',
);
// The recipient right after a passive verb of giving: "(was not sent) to us", "(shown) to Torvania".
const PASSIVE_TO = /^\s+(?:to|with)\s/i;
// Shown to all but one: "has been shown to everyone except Torvania".
const ALL_BUT = /\b(?:everyone|every \w+|all(?: \w+)?) (?:but|except)\s+/gi;
// How far the party a verb speaks of may stand from it.
const REACH = 60;
// The day a text was given may follow a long recipient ("to the foreign ministries of both
// Arvenia and Torvania on the evening of 9 March"): read to the clause's end, further.
const DAY_REACH = 120;
// Between the recipients and a day, words that start another predicate or event: the day is then
// that event's ("sent to both delegations and will be discussed on 9 March", "… before talks
// resume on 11 March", "… ahead of the signing planned for 20 March").
const OTHER_EVENT =
  /\b(?:and|or)\s+(?:will|would|shall|is|are|was|were|has|have|had|can|could|may|might|must)\b|\b(?:before|ahead of|after|until|till|in time for|when|once|where|while|which|who|whose|whom)\b/i;
// A text named as the one a newer one replaced, its giving told right after its name ("replaces
// the plan handed to"). A verb after the name ("replaces the draft and has been sent") is the new one's.
const REPLACED =
  /\b(?:replaces|replaced|replacing|supersedes|superseded|superseding|takes the place of|took the place of)\s+(?:the|an?|its|their)\s+(?:(?!(?:and|but|has|have|had|is|are|was|were|been)\b)[\w-]+\s+){1,4}$/i;
// A body at home of a party is not the party at the table: a text sent to "Torvania's parliament",
// "the Arvenian cabinet" or "the foreign ministry of Torvania" is a later step than the text given
// to the party or its delegation.
const BODY_AT_HOME =
  /(?:[\p{L}'’-]+\s+){1,2}?(?:parliament|cabinet|ministry|ministries|legislature|assembly|senate|congress|lawmakers)\b|\b(?:parliament|cabinet|ministry|legislature|assembly|senate|congress)\s+(?:of|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]*/giu;
// Where the clause before a verb starts: "informed his counterpart that, as of this morning, …".
const CLAUSE_START = /.*(?:[;:]|\bthat\b)/is;
const datesIn = perPassage((p) => findDates(p.text, p.published).filter((d) => !d.vague));

/** The parties a phrase names, in the order it names them: by name, by adjective, "we" as the speaker's. */
function partiesIn(words: string, p: Passage, roster: Roster): string[] {
  const found: [number, string][] = entityMentions(words, roster).map((e) => [e.index, e.party]);
  for (const m of words.matchAll(ADJECTIVE))
    for (const x of partiesByAdjective(m[0], roster)) found.push([m.index, x]);
  // The speaker's own side by the body that speaks for it: "my delegation", "our government".
  const we = /\b(?:we|us|(?:our|my|his|her) (?:side|delegation|government|country|capital|ministry))\b/i.exec(
    words,
  );
  const own = p.speaker?.partyId;
  if (we && own) found.push([we.index, own]);
  return found.sort((x, y) => x[0] - y[0]).map(([, x]) => x);
}

const clauseBefore = (text: string, at: number) =>
  text.slice(Math.max(0, at - REACH), at).replace(CLAUSE_START, '');
// A stop between digits is a clock's ("at 21.40 on 17 March"), not the clause's end: for every
// caller, the parties after a verb as well as the day.
const clauseAfter = (text: string, at: number, reach = REACH) =>
  text.slice(at, at + reach).split(/[;,]|\.(?!\d)|\bbut\b/)[0]!;

// A reported denial whose subject is the reporter's own side by a body's name: "Minister Lind told
// reporters the government was never sent the text": the government is Lind's.
const OWN_BODY_THAT =
  /\b(?:said|says|told|tells|stated|added|insisted|complained|confirmed|noted|maintained)\b[^.;:"“”]{0,80}?\bthat\s+the\s+(?:government|delegation|authorities|administration|ministry|country)\s+$/i;
// What a pair of commas sets in a subject: a relative clause or a participle's ("Surin, who met
// the Arvenian envoy, told", "Surin, speaking after the session, said").
const ASIDE = /,\s*(?:who|whom|whose|which|where|when|while|after|before|having|\p{L}+ing)\b[^,]*,/giu;
function reportersOwn(text: string, at: number, p: Passage, roster: Roster): string | undefined {
  const before = text.slice(Math.max(0, at - 200), at);
  const m = OWN_BODY_THAT.exec(before);
  if (!m) return undefined;
  // The reporter is the reporting verb's subject: the clause before the verb, after any earlier
  // clause, without what a pair of commas sets in it ("Surin, who met the Arvenian envoy, told").
  const subject = before
    .slice(0, m.index)
    .split(/[;:"“”]|\.\s/)
    .at(-1)!
    .replace(ASIDE, ' ');
  // A subject naming two sides ("the Arvenian and Torvanian envoys") gives the denial to neither.
  const sides = new Set(partiesIn(subject, p, roster));
  return sides.size === 1 ? [...sides][0] : undefined;
}

// A holding put as a question: "did not say whether Torvania had received it", "asked if it was sent".
const ASKED_BEFORE = /\b(?:whether|if)\b[^,;:.]*$/i;
const asked = (text: string, at: number) => ASKED_BEFORE.test(text.slice(Math.max(0, at - REACH), at));

/** What a passage says of who has the text, if it names one and says so. */
export const receiptOf = perPassage((p, roster): Receipt | undefined => {
  // "It was not sent to us": "it" is the text where the sentences before it name one.
  if (!TEXT.test(p.text) && !TEXT.test((p.antecedents ?? []).join(' '))) return undefined;
  const has = new Set<string>();
  const hasNot = new Set<string>();
  let givenOn: string | undefined;
  for (const m of p.text.matchAll(ALL_BUT))
    for (const x of partiesIn(clauseAfter(p.text, m.index + m[0].length), p, roster)) hasNot.add(x);
  if (hasNot.size === 0) {
    // The one not given it is the clause's subject: the first party it names.
    for (const m of p.text.matchAll(NOT_GIVEN)) {
      if (asked(p.text, m.index) || ANY_TEXT_BEFORE.test(p.text.slice(Math.max(0, m.index - REACH), m.index)))
        continue;
      // A passive denial names the one not given it after the verb: "it was not sent to us".
      const who =
        partiesIn(clauseBefore(p.text, m.index), p, roster)[0] ??
        reportersOwn(p.text, m.index, p, roster) ??
        (PASSIVE_TO.test(p.text.slice(m.index + m[0].length))
          ? partiesIn(clauseAfter(p.text, m.index + m[0].length), p, roster)[0]
          : undefined);
      if (who) hasNot.add(who);
    }
    for (const m of p.text.matchAll(GIVEN)) {
      if (asked(p.text, m.index)) continue;
      // Still to be given ("calls for it to be transmitted"), or given only once something else is
      // done ("signed before being sent to Torvania"): not had.
      if (DUE.test(p.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (CONDITION.test(p.text.slice(Math.max(0, m.index - 40), m.index))) continue;
      // The text given is the one another replaced ("replaces the plan handed to both sides on 1
      // May"): who had that earlier state says nothing of when the new one came.
      if (REPLACED.test(p.text.slice(Math.max(0, m.index - REACH), m.index))) continue;
      const at = m.index + m[0].length;
      const to = clauseAfter(p.text, at);
      if (EVERYONE.test(to) || EACH_OF.test(to)) has.add(ALL);
      for (const x of partiesIn(to.replace(BODY_AT_HOME, ''), p, roster)) has.add(x);
      // A text forwarded is passed on by one who had it, a later step than its giving: no day
      // the text was given.
      if (/^forwarded/i.test(m[0])) continue;
      // The day after the recipients, or before them ("sent on Friday night to all three"). A copy
      // delivered ("a certified copy later went round by courier") is a later formality:
      // its day is not the day the text went out.
      if (!givenOn && !COPY_BEFORE.test(p.text.slice(Math.max(0, m.index - REACH), m.index))) {
        const reach = at + clauseAfter(p.text, at, DAY_REACH).length;
        givenOn = datesIn(p, roster).find(
          (d) =>
            (d.index >= m.index &&
              d.index < reach &&
              (d.index < at || !OTHER_EVENT.test(p.text.slice(at, d.index)))) ||
            (d.index < m.index && DAY_BEFORE_VERB.test(p.text.slice(d.index + d.text.length, m.index))),
        )?.iso;
      }
    }
    for (const m of p.text.matchAll(HELD)) {
      if (asked(p.text, m.index)) continue;
      const by = clauseBefore(p.text, m.index);
      if (EVERYONE.test(by)) has.add(ALL);
      const who = partiesIn(by, p, roster)[0];
      if (who) has.add(who);
    }
  }
  for (const x of hasNot) has.delete(x);
  if (has.size === 0 && hasNot.size === 0) return undefined;
  return givenOn ? { has, hasNot, givenOn } : { has, hasNot };
});

/**
 * The party one passage says has the text and another, said no earlier, says has not: "shared
 * with both delegations" (4 March) / "the Torvanian side had not yet received the revised text"
 * (6 March). Undefined where the two speak of two states of the text (one revised, one not) or
 * the one without it spoke first.
 */
export function receiptApart(a: Passage, b: Passage, roster: Roster): string | undefined {
  // Asked of every pair of passages: the cheap, remembered reading first.
  const ra = receiptOf(a, roster);
  const rb = ra && receiptOf(b, roster);
  if (!ra || !rb) return undefined;
  const [sa, sb] = [revisedState(a), revisedState(b)];
  if (sa !== undefined && sb !== undefined && sa !== sb) return undefined;
  const principals = new Set(roster.parties.filter((x) => x.role === 'principal').map((x) => x.id));
  const withIt = (r: Receipt, party: string) => r.has.has(party) || (r.has.has(ALL) && principals.has(party));
  // A passage that tells both ("the mediator says the text went to both delegations; Torvania says
  // it has not seen it") reports the dispute: it is no side of it.
  const toldBoth = (r: Receipt, party: string) => withIt(r, party) && r.hasNot.has(party);
  const apart = (x: Passage, rx: Receipt, y: Passage, ry: Receipt) => {
    // The text was with the parties from the day it was given, else from when that was said;
    // a party without it says so when it speaks.
    const [given, denied] = [rx.givenOn ?? x.published, y.published];
    if (!given || !denied || denied < given) return undefined;
    return [...ry.hasNot].find((party) => withIt(rx, party) && !toldBoth(rx, party) && !toldBoth(ry, party));
  };
  const party = apart(a, ra, b, rb) ?? apart(b, rb, a, ra);
  return party && `${buildGazetteer(roster).partyById.get(party)?.name ?? party} had the text and had not`;
}

// Received by someone on a day: "We received it on the morning of Tuesday the 19th", "Torvania got
// the revised draft only on 19 March". "It" is the text where the sentences before name one.
// Shown it is given it ("we were shown the text only on Thursday"); seen it, only where seen first
// ("saw the draft for the first time on Tuesday"): a party may see again a text it has long had.
const RECEIVED =
  /\b(?:received|got|(?:was|were|been) shown|saw(?=\s+(?:it|the [^.;]{0,40}?)\s+(?:only|for the first time)\b))\s+(?:it|the (?:[\w-]+\s+){0,2}?(?:texts?|drafts?|document|framework|paper|version))\b/gi;
const UNRECEIVED = /(?:\bnot|\bnever|n['’]t)\s+(?:yet\s+)?(?:been\s+)?$/i;
// Days apart a text sent one day may still arrive: a courier, a time zone, a weekend's night.
const IN_TRANSIT_DAYS = 1;

interface Received {
  party: string;
  day: string;
  /** Whether the text received is a new state of it ("the revised text"), as receiptOf's own. */
  revised: boolean | undefined;
}

/** The party a passage says received the text, and the day it says it did. */
export const receivedOn = perPassage((p, roster): Received | undefined => {
  for (const m of p.text.matchAll(RECEIVED)) {
    // "had not yet received the revised text announced on 13 March": no day it was had.
    if (UNRECEIVED.test(p.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const named = TEXT.test(m[0]);
    const told = named ? p.text : [p.text, ...(p.antecedents ?? [])].join(' ');
    if (!named && !TEXT.test((p.antecedents ?? []).join(' '))) continue;
    const party = partiesIn(clauseBefore(p.text, m.index), p, roster)[0];
    const end = m.index + m[0].length;
    const day = datesIn(p, roster).find(
      (d) => d.index >= end && d.index < end + clauseAfter(p.text, end).length,
    );
    if (party && day) return { party, day: day.iso, revised: revisedState({ ...p, text: told }) };
  }
  return undefined;
});

/**
 * The days a text reached a party, where one passage says it was given to that party (or to
 * every party at the table) on one day and another that the party received it days later
 * ("transmitted simultaneously to the two delegations on Friday 15 March" / "We received it on
 * the morning of Tuesday the 19th"): they cannot both be true. A day apart is the text in transit.
 */
export function receiptDaysApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const apart = (x: Passage, y: Passage): [string, string] | undefined => {
    const got = receivedOn(y, roster);
    const given = got && receiptOf(x, roster);
    if (!got || !given?.givenOn) return undefined;
    const principal = roster.parties.some((r) => r.id === got.party && r.role === 'principal');
    if (!given.has.has(got.party) && !(given.has.has(ALL) && principal)) return undefined;
    const state = revisedState(x);
    if (state !== undefined && got.revised !== undefined && state !== got.revised) return undefined;
    return daysBetween(given.givenOn, got.day) > IN_TRANSIT_DAYS ? [given.givenOn, got.day] : undefined;
  };
  return apart(a, b) ?? apart(b, a);
}

// One day of the month in two months is most likely one day, a bare "the 17th" read in the wrong month.
const monthMisread = (x: string, y: string) => x !== y && x.slice(8) === y.slice(8);
const daysBetween = (x: string, y: string) => Math.abs(Date.parse(y) - Date.parse(x)) / DAY_MS;

/**
 * The two days two passages say one text was given to one party (or to every party at the
 * table): "the mediator sent it to Torvania on 10 March" / "it went to both
 * capitals on 12 March". One giving of one state of the text has one day: both tell the day it left.
 */
export function givenDaysApart(a: Passage, b: Passage, roster: Roster): [string, string] | undefined {
  const ra = receiptOf(a, roster);
  const rb = ra?.givenOn ? receiptOf(b, roster) : undefined;
  if (!ra?.givenOn || !rb?.givenOn || ra.givenOn === rb.givenOn) return undefined;
  // A first text and its revision are given on two days.
  if (revisedState(a) !== revisedState(b) || monthMisread(ra.givenOn, rb.givenOn)) return undefined;
  const principals = new Set(roster.parties.filter((x) => x.role === 'principal').map((x) => x.id));
  const reaches = (r: Receipt, party: string) =>
    r.has.has(party) || (r.has.has(ALL) && principals.has(party));
  const shared =
    (ra.has.has(ALL) && rb.has.has(ALL)) ||
    [...ra.has].some((x) => x !== ALL && reaches(rb, x)) ||
    [...rb.has].some((x) => x !== ALL && reaches(ra, x));
  return shared ? [ra.givenOn, rb.givenOn] : undefined;
}
