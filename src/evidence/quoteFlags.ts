// Two quotations compared: two renderings of one speaker's words that differ in substance, or
// the same words given to two speakers; and two speakers who say opposite things of one text
// (its status, its author). Not flagged: a rendering in other grammar or a common variant of a
// word (assertion.ts sameInSubstance), a journalist's question, an institution and the person
// who speaks for it, a courtesy anyone says, two first-hand records. Two speakers' sentences
// alike but for a figure or a day go back to link.ts to be compared as claims (a number or date
// flag, not attribution). Link.ts gives the readings of passages it shares with other flags.
import {
  asks,
  contrastReversed,
  firstHand,
  oppositePolarity,
  renderingsDiffer,
  sameInSubstance,
} from './assertion.ts';
import { entityMentions } from './entities.ts';
import { partiesByAdjective } from './held.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import type { Disagreement, DisagreementKind } from './link.ts';
import { holdsWord } from './linkSupport.ts';
import { joinedExclusive, presentInBoth } from './namedPresence.ts';
import { officeAndHolder } from './officeHolder.ts';
import type { Passage } from './passages.ts';
import { NUMBERED_VOICE } from './placeholderVoices.ts';
import { relayedClause } from './relayedWords.ts';
import { degreeApart, quantityApart } from './renderingPoints.ts';
import { oneSentenceRendered } from './renderings.ts';
import { saidOnOtherDays } from './saidDays.ts';
import { reportsState } from './stateReports.ts';
import { type Status, statusesApart, statusMovedFrom, statusWord } from './status.ts';
import type { Roster } from './types.ts';
import { wholeTextValues } from './wholeText.ts';

const SAME_WORDS = 0.8;
// A video's captions stamp each line with its time (captionTurns.ts): the clock, not the words.
const CAPTION_STAMPS = /(?<=^|\n)[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}(?=[ \t\n]|$)/g;

const norm = (s: string) =>
  s
    .replace(CAPTION_STAMPS, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
// Who said a quotation, as far as the roster knows; a label it does not know ("CHAIR",
// "journalist") is no one in particular: two documents' chairs are not one person.
const GENERIC_SPEAKERS =
  /^(?:the )?(?:chair|chairman|chairwoman|chairperson|moderator|journalist|question|reporter|participant|speaker|official|spokesperson|interpreter|unknown)$/i;
// A transcription tool's numbered voice ("Speaker 1") is one voice of its own record: another
// record's "Speaker 1" is someone else.
const labelKey = (p: Passage, name: string) =>
  GENERIC_SPEAKERS.test(name)
    ? undefined
    : NUMBERED_VOICE.test(name)
      ? `${name.toLowerCase()} of ${p.source}`
      : name.toLowerCase();
export const speakerKey = (p: Passage) =>
  p.speaker?.personId ?? p.speaker?.partyId ?? (p.speaker ? labelKey(p, p.speaker.name) : undefined);

// Words enough to be a sentence of someone's, not a phrase anyone may say.
const SENTENCE_WORDS = 5;
/**
 * Whether words (normalised) open a sentence of `text`, or a quotation in it: "… this morning:
 * 'Grain does not wait for diplomats." gives the sentence whole; "The fee is six crowns eighty
 * per tonne" only uses the words another said alone.
 */
const opensSentence = (text: string, words: string) =>
  text.split(/[.!?:;]+\s+|["'‘’“”]+/).some((piece) => {
    const n = norm(piece);
    return n === words || n.startsWith(`${words} `);
  });
// A speaker who relays another's words ("My President has said that …", "as the minister
// put it: …", "President Varin said on 18 March that …") gives them to that other, not to
// himself: no attribution of them to him.
const RELAYED = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){1,5}(?:${REPORTING_VERBS}|put it)(?:\\s+(?:on|in|at|last|this)\\s+[\\p{L}\\d]+(?:\\s+[\\p{L}\\d]+)?)?\\s*(?:that\\b|:)`,
  'iu',
);
// Or credits them after them: "Nothing moves without both, as the minister has reminded us."
const CREDITED =
  /,\s*as\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:has\s+|have\s+|had\s+)?(?:said|says|put it|reminded(?:\s+us)?|reminds\s+us|noted|told\s+us|likes\s+to\s+say|rightly\s+said)\b[^.!?;,]{0,30}[.!?,]?["”’]?\s*$/iu;
const relays = (p: Passage) =>
  (RELAYED.test(p.text) && !/^\s*(?:I|we)\b/i.test(p.text)) ||
  CREDITED.test(p.text) ||
  relayedClause(p.text.trim()) !== undefined;
// Words relayed with their owner named (relayedWords.ts) are the owner's for attribution only.
const relayedWords = (p: Passage) => p.claim?.kind === 'quote' && p.claim.data.relayed === true;

// The courtesies that open a meeting or a call, which every leader says ("We have a lot to
// discuss", "Thank you for the invitation", "I am glad to welcome you"): words anyone says,
// given to two people, are no misattribution.
const COURTESY = new RegExp(
  `^(?:${[
    '(?:we|i) (?:have|ve got|have got) (?:a lot|lots|much|many things|a great deal|plenty)(?: of \\w+)? to (?:discuss|talk about|do)',
    'thank you',
    '(?:i am|i m|we are|we re) (?:very |so |most )?(?:glad|pleased|happy|delighted|honoured|honored) to',
    '(?:it is|it s) (?:a |an )?(?:great |real )?(?:pleasure|honour|honor|privilege) to',
    '(?:you are )?(?:very )?welcome',
    'good (?:morning|afternoon|evening)',
    '(?:we|i) (?:look|are looking|am looking) forward to',
    '(?:we|i) (?:came|have come|ve come|are|am|m|re) here to work',
    // A spokesman's formula of saying nothing: "I have nothing further to add", "no comment".
    '(?:we|i) (?:have|ve) nothing (?:further |more |else |new )?to (?:add|say|announce|share)',
    'no comment',
  ].join('|')})\\b`,
);
// Short: a courtesy followed by a claim ("Thank you. The text is final") says something.
const COURTESY_WORDS = 10;
const courtesy = (words: string) =>
  COURTESY.test(words) && words.split(' ').length <= COURTESY_WORDS && !/\d/.test(words);

// A speaker named as a party ("the Citadel said", "Norland's foreign ministry said") is the
// institution: a wire gives its spokesperson's or its leader's words to it as a matter of style.
// Words of a person of that party, or of one the roster places in none (a ministry's
// spokesperson it does not list), given to the institution are one voice, not two speakers.
// An institution named by what it is ("the Torvanian presidency", "Arvenia's foreign ministry")
// is its party's.
const BODY = /\b(?:presidency|office|ministry|government|cabinet|press service|embassy|mission)\b/i;
function institutionOf(p: Passage, roster: Roster): string | undefined {
  const s = p.speaker;
  if (!s || s.personId !== undefined) return undefined;
  if (s.partyId !== undefined) return s.partyId;
  if (!BODY.test(s.name)) return undefined;
  const named = new Set([
    ...partiesByAdjective(s.name, roster),
    ...entityMentions(s.name, roster).flatMap((e) => (e.person === undefined ? [e.party] : [])),
  ]);
  return named.size === 1 ? [...named][0] : undefined;
}
const speaksFor = (person: Passage, body: string, roster: Roster) =>
  institutionOf(person, roster) === undefined && (person.speaker?.partyId ?? body) === body;
function oneVoice(a: Passage, b: Passage, roster: Roster): boolean {
  const [ia, ib] = [institutionOf(a, roster), institutionOf(b, roster)];
  return (ia !== undefined && speaksFor(b, ia, roster)) || (ib !== undefined && speaksFor(a, ib, roster));
}

// Who keeps a record's floor or asks in it ("Moderator", "CHAIR", "journalist") is not whoever
// the other source quotes: their words render no one else's.
const RECORD_ROLES =
  /^(?:the )?(?:chair|chairman|chairwoman|chairperson|moderator|journalist|question|reporter)$/i;
/**
 * Whether a quotation may render the words of the speaker the other source names: not the words
 * of a record's chair or questioner, and, given to no one, a sentence of its own rather than a
 * phrase lifted out of the reporter's ("… had the key to our own room"), which renders no
 * utterance whole.
 */
function mayRender(p: Passage): boolean {
  if (p.speaker && RECORD_ROLES.test(p.speaker.name)) return false;
  return speakerKey(p) !== undefined || CUT_OPENING.test(p.text) || !/^[^\p{L}]*\p{Ll}/u.test(p.text);
}
// An utterance quoted from a cut or adjusted start ("…we are not ready", "[w]e are not ready")
// marks what it leaves out: a sentence of the speaker's, not a phrase lifted into the reporter's.
const CUT_OPENING = /^[^\p{L}…[]*(?:…|\.\.\.|\[\p{L}\])/u;

/** Of two quotations whose words differ only in a figure or a day: compare them as claims (link.ts). */
export const AS_CLAIMS = 'as claims';

/** What link.ts reads of passages for its other flags too, given to the quotation flags. */
export interface QuoteReadings {
  /** Whether a passage's source says its speech is interpreted or translated. */
  translated: (p: Passage) => boolean;
  saysItself: (p: Passage, other: Passage, roster: Roster) => boolean;
  statusOf: (p: Passage, roster: Roster) => Status | undefined;
  statusSubject: (a: Passage, b: Passage, roster: Roster) => string[];
  movedOn: (a: Passage, b: Passage, statusOfA: string) => boolean;
  twoAuthors: (a: Passage, b: Passage, roster: Roster) => [string, string] | undefined;
  /** Whether both name days by their month, and not the same ones. */
  otherDays: (a: Passage, b: Passage, roster: Roster) => boolean;
}

/** What two quotations say against each other, if anything (`sim`: how alike their meaning words are). */
export function quoteFlag(
  a: Passage,
  b: Passage,
  sim: number,
  roster: Roster,
  { translated, saysItself, statusOf, statusSubject, movedOn, twoAuthors, otherDays }: QuoteReadings,
): Disagreement | undefined | typeof AS_CLAIMS {
  // A question asserts nothing: a journalist relaying a party's position ("The Torvanian side
  // says the text is final. Is that correct?") gives no one's words.
  if (asks(a) || asks(b)) return undefined;
  const flag = (kind: DisagreementKind, reason: string, values?: [string, string]): Disagreement => ({
    kind,
    reason,
    a,
    b,
    ...(values ? { values } : {}),
  });
  const [ka, kb] = [speakerKey(a), speakerKey(b)];
  // A fragment quoted word for word from a longer rendering ("ninety-nine per cent") is the same
  // words, partly quoted; long enough, it is a sentence given to whoever is named.
  const [na, nb] = [norm(a.text), norm(b.text)];
  const [short, long, longText, shorter] = na.length <= nb.length ? [na, nb, b.text, a] : [nb, na, a.text, b];
  const fragment = short.length > 0 && holdsWord(long, short);
  // Alike in all but a figure or a day ("We will exchange 150 prisoners" / "… 120 prisoners"):
  // two parallel statements whose figures disagree, not one sentence given to two people.
  const parallel = sim >= SAME_WORDS && !oppositePolarity(a, b);
  const figured = parallel && renderingsDiffer(a, b, roster);
  const same =
    na === nb ||
    (fragment && short.split(' ').length >= SENTENCE_WORDS && opensSentence(longText, short)) ||
    (parallel && !figured);
  // One speaker's sentence given with its contrast turned round ("a target, not a cliff" / "a
  // cliff, not a target"): the same words, the opposite meaning.
  const relayedOnly = relayedWords(a) || relayedWords(b);
  if ((!ka || !kb || ka === kb) && (ka || kb) && !relayedOnly && contrastReversed(a.text, b.text))
    return flag('quote', `two renderings of ${ka ?? kb}'s words, the contrast reversed`);
  // Two renderings of one speaker's sentence, their words aligned through the phrases translators
  // swap (renderings.ts), that speak of one captive and of every captive, or of a thing done in
  // the main and done whole: however unlike in words, they say two things.
  if (
    (ka || kb) &&
    (!ka || !kb || ka === kb) &&
    !relayedOnly &&
    mayRender(a) &&
    mayRender(b) &&
    (quantityApart(a.text, b.text) || degreeApart(a.text, b.text)) &&
    oneSentenceRendered(a, b, roster, speakerKey)
  )
    return flag(
      'quote',
      quantityApart(a.text, b.text)
        ? `two renderings of ${ka ?? kb}'s words, one of them or all of them`
        : `two renderings of ${ka ?? kb}'s words, in the main or whole`,
    );
  const twoSpeakers = ka && kb && ka !== kb && !oneVoice(a, b, roster) && !officeAndHolder(a, b, roster);
  // Two records of their own occasions (transcript turns, posts) each name their speaker: the
  // same words in both were said twice.
  // Nor are they where each source says its speaker said them on a day of its own.
  const toldOfThem = !(firstHand(a) && firstHand(b)) && !saidOnOtherDays(a, b);
  const anyoneSays = courtesy(short) || reportsState(short, shorter, roster, statusOf, statusSubject);
  if (same && twoSpeakers && toldOfThem && !anyoneSays && !relays(a) && !relays(b))
    return flag('attribution', `the same words given to ${ka} and to ${kb}`);
  if (relayedOnly) return undefined;
  if (figured && twoSpeakers) return AS_CLAIMS;
  // Two records of what was said (transcript turns, the speaker's own posts) are two
  // occasions, each verbatim: they differ in wording as anyone does on two days, and
  // contradict only in what they say. So do two translations of one speech: no wording
  // of theirs is the speaker's.
  const verbatim = !(firstHand(a) && firstHand(b)) && !translated(a) && !translated(b);
  const rendered = verbatim || renderingsDiffer(a, b, roster);
  // A sentence that points back ("That is what I will say to our Assembly") is alike in the
  // words of the one it points to; it renders another only in words of its own (as in linking).
  const borrowsWords = !saysItself(a, b, roster) || !saysItself(b, a, roster);
  // Another day named on another day of publishing is a sentence said again once the day moved.
  const dayMoved = a.published !== b.published && otherDays(a, b, roster);
  // Two records of their own occasions published on two days (a spokesman's briefings of March
  // and of April) are two sentences said on two days, neither rendering the other, unless one
  // denies what the other says.
  const twoRecords =
    firstHand(a) &&
    firstHand(b) &&
    !!a.published &&
    !!b.published &&
    a.published !== b.published &&
    !oppositePolarity(a, b);
  if (
    !same &&
    !fragment &&
    !borrowsWords &&
    !dayMoved &&
    !twoRecords &&
    !courtesy(na) &&
    !courtesy(nb) &&
    (ka || kb) &&
    (!ka || !kb || ka === kb) &&
    mayRender(a) &&
    mayRender(b) &&
    sim >= 0.4 &&
    rendered &&
    !sameInSubstance(a, b, roster)
  )
    return flag('quote', `two renderings of ${ka ?? 'one speaker'}'s words`);
  // Two people who say opposite things of one text ("has been settled" / "is not settled")
  // contradict each other as two sources do; one person's words are compared as renderings.
  const [sa, sb] = [statusOf(a, roster), statusOf(b, roster)];
  const subject = statusSubject(a, b, roster);
  // One speaker's words given by two sources, the text final in one and not in the other ("this is
  // the final text" / "this is not a final text"): one of them renders the words wrongly. Two
  // records of the speaker's own occasions are two sayings, and the text may have moved on.
  const statusesDiffer =
    sa && sb && statusesApart(sa, sb) && subject.length > 0 && !movedOn(a, b, statusMovedFrom(sa, sb));
  const [va, vb] = sa && sb ? [statusWord(sa, sb), statusWord(sb, sa)] : [];
  if (statusesDiffer && ka && ka === kb && !(firstHand(a) && firstHand(b)))
    return flag('quote', `two renderings of ${ka}'s words, ${va} vs ${vb} (${subject.join(' ')})`);
  if (statusesDiffer && ka && kb && ka !== kb)
    return flag(
      'status',
      `${va} vs ${vb} (${subject.join(' ')}), said by ${ka} and ${kb}`,
      wholeTextValues(subject, va!, vb!),
    );
  // So do two people who name two authors of one text ("drafted by the Luzarran team" / "drafted
  // by the Hesperon team"): at a press conference or in an interview, authorship is said, not told.
  const authors = ka && kb && ka !== kb ? twoAuthors(a, b, roster) : undefined;
  if (authors)
    return flag('authorship', `written by ${authors[0]} vs ${authors[1]}, said by ${ka} and ${kb}`, authors);
  // And two people who say one took part and the other not ("the envoy was present at the
  // meeting" / "Saldova was not in the room"), or that one joined an occasion the other says
  // had no one else.
  if (!ka || !kb || ka === kb) return undefined;
  const present = presentInBoth(a, b, roster);
  if (present && !present.agree)
    return flag('participants', `${present.who} took part and did not, said by ${ka} and ${kb}`);
  const joined = joinedExclusive(a, b, roster);
  if (joined)
    return flag(
      'participants',
      `${joined} joined an occasion said to have had no one else, said by ${ka} and ${kb}`,
    );
  return undefined;
}
