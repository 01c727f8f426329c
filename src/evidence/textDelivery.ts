// A text reaching a party: "the revised text was transmitted to both delegations on 15 March",
// "the text arrived in <capital> this morning", "her delegation had received the full text on
// 10 March", "we were shown the nineteen-point text only on Thursday", "the text was not made
// available to it". Sources of one negotiation tell who got the text, and when, in as many
// words as they have voices — the mediator's note, the party's post, a wire, a parliament — and
// each such sentence is about one thing: the text's reaching that party (or every party, when
// it went to "both delegations"). Two passages that tell it of one party, both as had or both
// as not had, are linked; had against not had is receipt.ts's to flag.
import { ADJECTIVE, ADJECTIVE_WORD } from './adjectives.ts';
import { findDates } from './dates.ts';
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import { EVERYONE, TEXT_NOUNS } from './lexicon.ts';
import { perPassage } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import { holdings } from './textHolders.ts';
import { itAfter, itBefore, itHeld, itIsText, stateOfText } from './textPronoun.ts';
import type { Roster } from './types.ts';

// Every party at the table, as the ones a text went to.
const ALL = 'all';
const TEXT = new RegExp(`\\b(?:${TEXT_NOUNS})\\b`, 'i');
// A text named by its size ("the seventeen points", "the 14 articles"): points only where counted.
const COUNTED_TEXT = new RegExp(`\\b(?:${TEXT_NOUNS}|points|articles)\\b`, 'i');
const sizesText = (p: Passage) => p.quantities.some((q) => q.unit === 'point' || q.unit === 'article');
// The text as the verb's object, a few words on, none of them a preposition: "saw the full text",
// "received the revised fourteen-article text"; not "see changes before any text".
const COPY_OF = /\b(?:copy|copies|page|pages|word|line) of\s+(?:the|this|that|its)?\s*$/i;
const OBJECT_GAP =
  /^\s+(?:(?!(?:to|from|with|before|after|on|in|at|for|of|by|until|since|and|but)\b)[^\s.,;:!?]+\s+){0,3}$/i;
// Given to someone, the recipients after the verb and "to" or "with": "transmitted to both
// delegations", "shared with the Government of …", "handed the text to Minister Benari".
const GIVEN =
  /\b(?:transmitted|sent|gave|handed(?: over)?|shared|circulated|delivered|passed|forwarded|given|shown|made available|(?:went|gone|going) out|e-?mailed|distributed|brought)\b/gi;
const TO = /\b(?:to|with)\s/i;
// Had by someone, the recipient its subject: "Hollmark received", "we were shown", "first saw",
// "we were never given" (the verb read after its negation, which had() then finds).
// Learning of a text from the press is no receipt of it.
const GOT =
  /\b(?:received|receiving|receive|(?<=\b(?:was|were|been|be)(?: not| never| yet){0,2} )(?:shown|given|handed)|saw|seen|see|got|obtained)\b/gi;
// A verb in a clause of condition or time tells no receipt: "only after the document is handed
// to us", "did not see it until the envoy brought it", "signed before being sent to Torvania".
// "calls for it to be transmitted", "would be shared tomorrow": not had yet.
// An inverted subject may stand between: "only then will the new text be handed to".
export const DUE = /\b(?:to|will|would|shall|should|must|could|may|might)\s+(?:\w+\s+){0,3}?be\s+$/i;
export const CONDITION = /\b(?:until|till|after|once|unless|if|before)\s+(?:\S+\s+){0,3}$/i;
// The text itself the subject: "the revised text arrived in Almsford", "the draft reached Tarsk".
const ARRIVED = /\b(?:arrived|arrives|reached|reaches)\s+(?:(?:in|at)\s+)?/gi;
// "shown to everyone except Ithmar": the one left out did not have it.
const EXCEPT = /\b(?:except|but|apart from|save|other than)\s/i;
// "not", "never", "n't" before the verb in its own clause: not had.
const DENIED = /(?:\bnot|\bnever|n['’]t)\b(?:[\s,]+[^\s,]+){0,4}[\s,]*$/i;
// How far a recipient or a text may stand from the verb, and a subject before it.
const NEAR = 60;
const SUBJECT_REACH = 200;
// A sentence tells a text's giving in a verb or two: hostile input repeating one is read no further.
const VERBS_READ = 6;
// The clause the subject of a verb sits in: after the last "that", ";", ":" or a subordinator.
// Quadratic in its input, so it is only run on the SUBJECT_REACH characters before a verb.
const CLAUSE_START = /.*(?:[;:]|\b(?:that|after|because|since|when|while|although|though|as)\b)/is;
// A text named after a party ("the Obravian document", "Tarsk's counter-proposal") is that
// party's own paper, not the text the mediator hands round.
const OWNED = new RegExp(`(?:${ADJECTIVE_WORD}|['’]s)\\s+(?:[\\w-]+\\s+)?(?:${TEXT_NOUNS})\\b`, 'u');

/** Parties a stretch names, in order: by name, by a person of theirs, by adjective; "we" as the speaker's. */
function partiesIn(words: string, roster: Roster, speakerParty?: string): string[] {
  const found = namedIn(words, roster);
  const we = /\b(?:we|us|our (?:side|delegation|team|government))\b/i.exec(words);
  if (we && speakerParty) found.push([we.index, speakerParty]);
  return found.sort((x, y) => x[0] - y[0]).map(([, x]) => x);
}

function namedIn(words: string, roster: Roster): [number, string][] {
  const found: [number, string][] = entityMentions(words, roster).map((e) => [e.index, e.party]);
  for (const m of allMatches(ADJECTIVE, words))
    for (const x of partiesByAdjective(m[0], roster)) found.push([m.index, x]);
  return found;
}

// Where the recipients of a giving end: the place or the day after them.
const PLACE = /\s(?:in|at|on|during|through|via)\s/i;
const RECEIVED_BY = /^\s+by\s+/i;
const HOLDER_REACH = 40;
const NO_OBJECT = /^\s+no\b/i;
// "will receive the revised text this evening", "will see it when there is something to see": not had yet.
const FUTURE = /\b(?:will|shall|going to)\s+(?:\w+\s+)?$/i;
const clauseAfter = (text: string, at: number) => text.slice(at, at + NEAR).split(/[;.!?]|,\s|\bbut\b/)[0]!;

/**
 * The subject of a verb at `at`: the first party its own clause names; else, its subject a
 * pronoun ("Hollmark, which has told us that it received"), the party named last before it.
 */
function subjectOf(text: string, at: number, roster: Roster, speakerParty?: string): string | undefined {
  // A sentence's subject stands within a few clauses of its verb: the reach bounds the reading.
  const before = text.slice(Math.max(0, at - SUBJECT_REACH), at);
  const clause = before.replace(CLAUSE_START, '');
  const own = partiesIn(clause, roster, speakerParty)[0];
  if (own) return own;
  const named = namedIn(before, roster).sort((x, y) => x[0] - y[0]);
  return named.at(-1)?.[1] ?? partiesIn(before, roster, speakerParty)[0];
}

/**
 * The parties a passage says a text reached (true) or did not reach (false); undefined where it
 * tells no such thing. `all`: every party at the table.
 */
export const textReached = perPassage((p, roster): Map<string, boolean> | undefined => {
  const { text } = p;
  const named = sizesText(p) ? COUNTED_TEXT : TEXT;
  // "We received it on Tuesday": the text named in the sentences before (textPronoun.ts).
  const it = itIsText(p, roster);
  if ((!named.test(text) && !it) || OWNED.test(text)) return undefined;
  const speaker = p.speaker?.partyId;
  const reached = new Map<string, boolean>();
  // "has been given no text": denied in its object; "will receive": not yet.
  const had = (at: number, end = at) => {
    const before = text.slice(Math.max(0, at - 30), at);
    return (
      !DENIED.test(before) &&
      !DUE.test(before) &&
      !FUTURE.test(before) &&
      !NO_OBJECT.test(text.slice(end, end + 10))
    );
  };
  const textAfter = (end: number) => {
    const m = named.exec(text.slice(end, end + NEAR));
    // "a copy of the plan", "a single page of the text": the text itself, in part or in copy.
    return m !== null && OBJECT_GAP.test(text.slice(end, end + m.index).replace(COPY_OF, ' '));
  };
  const conditional = (at: number) => CONDITION.test(text.slice(Math.max(0, at - 40), at));
  for (const m of allMatches(GIVEN, text).slice(0, VERBS_READ)) {
    const end = m.index + m[0].length;
    if (conditional(m.index)) continue;
    const before = text.slice(Math.max(0, m.index - NEAR), m.index);
    const asIt = it && (itBefore(before) || itAfter(text.slice(end)));
    if (!named.test(before) && !textAfter(end) && !asIt) continue;
    // "handed the text to Minister Benari": the object may stand between the verb and "to".
    const prep = TO.exec(text.slice(end, end + NEAR).split(/[;.!?]/)[0]!);
    if (!prep) continue;
    const at = end + prep.index + prep[0].length;
    // "handed to both delegations in Munawwar": the place after the recipients is none of them.
    const recipients = clauseAfter(text, at).split(PLACE)[0]!;
    const except = EXCEPT.exec(recipients);
    const given = except ? recipients.slice(0, except.index) : recipients;
    if (EVERYONE.test(given)) reached.set(ALL, had(m.index));
    // "not made available to it": the party the sentence spoke of before.
    const to = /^(?:it|them)\b/i.test(given)
      ? [subjectOf(text, m.index, roster, speaker) ?? '']
      : partiesIn(given, roster, speaker).slice(0, 2);
    for (const x of to) if (x) reached.set(x, had(m.index));
    if (except)
      for (const x of partiesIn(recipients.slice(except.index), roster, speaker).slice(0, 1))
        reached.set(x, !had(m.index));
  }
  for (const m of allMatches(GOT, text).slice(0, VERBS_READ)) {
    const end = m.index + m[0].length;
    if (conditional(m.index)) continue;
    // "the revised framework … was received by both delegations": the holders after "by".
    const by = /^receiv/i.test(m[0]) && RECEIVED_BY.exec(text.slice(end, end + NEAR));
    if (by && named.test(text.slice(Math.max(0, m.index - NEAR), m.index))) {
      // Only the words right after "by": "received by both delegations on 10 May".
      const holders = clauseAfter(text, end + by[0].length)
        .split(PLACE)[0]!
        .slice(0, HOLDER_REACH);
      if (EVERYONE.test(holders)) reached.set(ALL, had(m.index));
      for (const x of partiesIn(holders, roster, speaker).slice(0, 2)) reached.set(x, had(m.index));
      continue;
    }
    if (!textAfter(end) && !(it && itAfter(text.slice(end)))) continue;
    const who = everyoneBefore(text, m.index) ? ALL : subjectOf(text, m.index, roster, speaker);
    if (who && !reached.has(who)) reached.set(who, had(m.index, end));
  }
  for (const m of allMatches(ARRIVED, text).slice(0, VERBS_READ)) {
    if (!named.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "reached us yesterday evening": the speaker's party.
    const where = partiesIn(clauseAfter(text, m.index + m[0].length), roster, speaker)[0];
    if (where) reached.set(where, had(m.index));
  }
  // "We have the text", "no one has shown us the document", "learned of it from the press".
  for (const h of [...holdings(text), ...itHeld(p, roster)]) {
    const before = text.slice(Math.max(0, h.at - 30), h.at);
    // "Both sides will have the same text": a holding to come, not told.
    if (conditional(h.at) || DUE.test(before) || FUTURE.test(before)) continue;
    if (h.who !== undefined) {
      const given = clauseAfter(h.who, 0);
      if (EVERYONE.test(given)) reached.set(ALL, h.has);
      const to = /^(?:it|them)\b/i.test(given)
        ? [subjectOf(text, h.at, roster, speaker) ?? '']
        : partiesIn(given, roster, speaker).slice(0, 2);
      for (const x of to) if (x && !reached.has(x)) reached.set(x, h.has);
      continue;
    }
    const who = everyoneBefore(text, h.at) ? ALL : subjectOf(text, h.at, roster, speaker);
    if (who && !reached.has(who)) reached.set(who, h.has);
  }
  return reached.size > 0 ? reached : undefined;
});

// "All parties received the draft", "both delegations have the text": every party as the subject.
const everyoneBefore = (text: string, at: number) =>
  EVERYONE.test(text.slice(Math.max(0, at - NEAR), at).replace(CLAUSE_START, ''));

const UNTIL = /\b(?:until|till)\b/i;
// The day a text was had, where the passage dates it ("transmitted to Mirevo on 8 April").
const daysIn = perPassage((p) =>
  findDates(p.text, p.published)
    .filter((d) => !d.vague)
    .map((d) => d.iso),
);

/**
 * Whether `had` tells the text with a party and `not`, said no earlier than the day it was had,
 * tells it without: the two cannot both be true. Said before, the text simply came later.
 */
function deniedOnceHad(had: Passage, not: Passage, roster: Roster): boolean {
  // Only a day the passage itself gives: "has been shared with both delegations", undated, may
  // tell of a giving after the other's complaint.
  // A denial on the day of the giving may be of its morning; "did not see it until the envoy
  // brought it" tells its own end.
  const given = daysIn(had, roster).sort()[0];
  return given !== undefined && not.published !== undefined && not.published > given && !UNTIL.test(not.text);
}

/**
 * Why two passages tell of one text reaching one party, if they do: both as had, or both as not
 * had; or had against not had where the two cannot both be true — not had, then had days later,
 * is the text arriving late, two states of it.
 */
export function oneTextReaching(a: Passage, b: Passage, roster: Roster): string | undefined {
  const x = textReached(a, roster);
  const y = x && textReached(b, roster);
  if (!x || !y) return undefined;
  // Two states of the text (textState.ts) are two texts handed over at two times.
  const [sa, sb] = [stateOfText(a, roster), stateOfText(b, roster)];
  if (sa !== undefined && sb !== undefined && sa !== sb) return undefined;
  const principals = new Set(roster.parties.filter((r) => r.role === 'principal').map((r) => r.id));
  // What `set` says of a party: of it by name, else as one of every party at the table.
  const of = (set: Map<string, boolean>, party: string) =>
    set.get(party) ?? (principals.has(party) ? set.get(ALL) : undefined);
  const oneThing = (has: boolean, other: boolean | undefined, p: Passage, q: Passage) =>
    other === has ||
    (other !== undefined && (has ? deniedOnceHad(p, q, roster) : deniedOnceHad(q, p, roster)));
  for (const [party, has] of x)
    if (oneThing(has, party === ALL ? y.get(ALL) : of(y, party), a, b)) return `the text reaching ${party}`;
  for (const [party, has] of y)
    if (party !== ALL && oneThing(has, of(x, party), b, a)) return `the text reaching ${party}`;
  return undefined;
}
