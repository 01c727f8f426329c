// Who placed a call, told by the call's own wording as wires and posts write it: "Varin phoned
// Kostal", "Kostal received a call from Varin", "Varin rang first", "I phoned President Varin".
// initiative.ts reads who asked for an occasion from a readout's fixed phrase, else from these.
import { adjectiveOffices } from './adjectiveOffices.ts';
import { type EntityMention, entityMentions } from './entities.ts';
import type { Passage } from './passages.ts';
import { allMatches } from './regex.ts';
import type { Roster } from './types.ts';

// Who called whom says who asked for the call, the way wires and posts word it: "Varin phoned
// Kostal", "Kostal placed a call to Varin" (the caller just before, the one called just after),
// "Kostal received a phone call from Varin" (the caller after "from"). "Called" alone is a call
// only with its person and a time or a stop after it: "called on", "called for", "called Varin a
// liar" are not calls.
const CALLED =
  /\b(?:phoned|telephoned|rang|placed an? (?:phone |telephone )?call to|put (?:in )?an? (?:phone |telephone )?call (?:through )?to|called)(?:\s+|(?=[,;.]))/giu;
// A time may stand before the call ("received on Monday night a phone call from"); a
// headline drops the article ("Crown Prince Receives Phone Call from President Tamm").
const RECEIVED_CALL =
  /\b(?:received|receives|took|had|got)\s+(?:(?:on|this|late|early|today|yesterday)\b[^,.;:()]{0,30}?\s+)?(?:an?\s+)?(?:(?:phone|telephone|video)\s+)?call\s+(?:\w+\s+){0,2}?from\s+/giu;
// After "called" and its person: a time ("at 16:10", "at noon"), a manner ("by telephone", not
// "called me by my first name"), a purpose or the clause's end.
const CALL_PURPOSE = 'to (?:discuss|congratulate|express|offer|brief|inform|thank|condole)';
const CALL_AFTER = new RegExp(
  String.raw`^(?:\s*[,.;:)]|\s*$|\s+(?:on|by (?:(?:tele)?phone|video|videoconference|video ?link|secure line)|today|yesterday|this|last|late|early|${CALL_PURPOSE}|and|from|after|shortly|again|at (?:\d+|noon|midnight|around|about))\b)`,
  'i',
);
// A time then a noun is what the one called was called ("called Kostal on Monday a liar").
const CALLED_A_NAME = /^\s+(?:on\s+\p{L}+|today|yesterday|(?:this|last)\s+\p{L}+)\s+an?\s+\p{L}/iu;
// A call told without the one called ends at its time, "first" or purpose: "Varin rang first.",
// "rang early, the office said". A time that goes on is an appeal or a decision ("called today
// for talks", "called early elections", "rang late into the night"), and an aside after "called,"
// may still lead to the appeal ("called, in a speech, for restraint").
const CALLED_ALONE = new RegExp(
  String.raw`^(?:\s*[,;.](?![^.;!?]{0,50},\s*(?:for|on|upon)\b)|\s+${CALL_PURPOSE}\b|\s+(?:first|today|yesterday|this (?:morning|afternoon|evening)|late|early)(?=\s*(?:[,;.]|$)|\s+(?:on|at|after)\s+(?!\p{L}+\s+(?:for|to)\b)))`,
  'iu',
);
// Every call wording above holds one of these words.
const CALL_WORD = /\b(?:phoned|telephoned|rang|called|call)\b/i;
const CALLER_GAP = 40;
// How far the words after the one called, and the titles of a caller after "from", are read.
const CALL_AFTER_REACH = 60;
const TITLES_REACH = 120;
// The titles before a name: capitalised words, "of" and "the" among them ("President of the
// Republic Ilvane Tamm", "His Excellency"), as protocol writes an office in full.
// A counterpart is a title too: "telephoned his Arvenian counterpart Mira Kostal".
const TITLES = /^(?:[\p{Lu}][\p{L}.'’-]*\s+|(?:the|his|her|their|of|counterpart)\s+)*$/u;

/** The party of whoever a passage says made a call to someone ("Varin phoned Kostal"). */
export function callerOf(p: Passage, roster: Roster): string | undefined {
  // Most passages tell no call: read no names for them.
  if (!CALL_WORD.test(p.text)) return undefined;
  const names = namesOf(p.text, roster);
  return callFrom(p.text, names)?.party ?? placedBy(p, names);
}

/** Whether the text from `from` to `to` is a short run of titles only: one name's, not another's. */
function titlesBetween(text: string, from: number, to: number): boolean {
  return to - from <= CALLER_GAP && TITLES.test(text.slice(from, to).trimStart());
}

/**
 * The roster mentions of a text that name someone: an office right before a name is that person's
 * title ("President Varin", "President of the Republic Ilvane Tamm"), not another person. The next
 * name after each mention is found in one pass back, so a page of names is not read again per name.
 */
function namesOf(text: string, roster: Roster): EntityMention[] {
  // An office named by a party's adjective ("the Torvanian Minister of Culture phoned me") is that
  // party's, whatever office another mention reads inside it.
  const byAdjective = adjectiveOffices(text, roster);
  // Both lists run in text order and the offices do not overlap: one pass drops what an office covers.
  let o = 0;
  const all = [
    ...entityMentions(text, roster).filter((e) => {
      while (o < byAdjective.length && byAdjective[o]!.end <= e.index) o++;
      return !(o < byAdjective.length && byAdjective[o]!.index < e.end);
    }),
    ...byAdjective,
  ].sort((x, y) => x.index - y.index);
  const nextName: (EntityMention | undefined)[] = [];
  for (let i = all.length - 1, next: EntityMention | undefined; i >= 0; i--) {
    nextName[i] = next;
    if (all[i]!.via === 'name') next = all[i];
  }
  return all.filter((e, i) => {
    const n = nextName[i];
    return (
      e.via !== 'office' ||
      !n ||
      (n.index - e.end > 1 && (n.person !== e.person || !titlesBetween(text, e.end, n.index)))
    );
  });
}

/**
 * The index of the first mention at or after each position asked, for positions asked in order:
 * matches come in order, so a pointer that only moves on finds them all in one pass.
 */
function firstFromIn(mentions: EntityMention[]): (at: number) => number {
  let after = 0;
  return (at) => {
    while (after < mentions.length && mentions[after]!.index < at) after++;
    return after;
  };
}

/** The caller of a call received "from" someone: "Kostal received a phone call from Varin". */
function callFrom(text: string, mentions: EntityMention[]): EntityMention | undefined {
  const firstFrom = firstFromIn(mentions);
  for (const m of allMatches(RECEIVED_CALL, text)) {
    const end = m.index + m[0].length;
    // The caller after "from", its titles between: a later mention has the same words and more between.
    const from = mentions[firstFrom(end)];
    if (from && from.index - end <= TITLES_REACH && TITLES.test(text.slice(end, from.index))) return from;
  }
  return undefined;
}

/**
 * The last mention of the run of titles each mention opens, read once in a pass back: a
 * capitalised verb is a title word too ("Phoned Varin Phoned Varin …"), so a run may hold many
 * calls, and walking it again from each would read it once per call.
 */
function runEnds(text: string, mentions: EntityMention[]): number[] {
  const runEnd: number[] = [];
  for (let j = mentions.length - 1; j >= 0; j--) {
    const next = mentions[j + 1];
    runEnd[j] = next && titlesBetween(text, mentions[j]!.end, next.index) ? runEnd[j + 1]! : j;
  }
  return runEnd;
}

/**
 * The party of the one who placed a call, by the verb: "Varin phoned Kostal" (the caller just
 * before, the one called just after), "Varin rang first", "I phoned President Varin".
 */
function placedBy(p: Passage, mentions: EntityMention[]): string | undefined {
  const text = p.text;
  const firstFrom = firstFromIn(mentions);
  let before = -1;
  let runEnd: number[] | undefined;
  // The speaker's own side, where the passage is a quotation of someone the roster places.
  const own = p.speaker?.partyId;
  for (const m of allMatches(CALLED, text)) {
    const end = m.index + m[0].length;
    // The one called: a name right after, its titles between; a party named in the titles
    // ("President of Torvania Oleg Varin") is the name's, which ends the run. In a quotation,
    // "phoned me" calls the speaker; a speaker the roster does not place (an aide, a reporter) may
    // be of the caller's own side, so their "me" names no side that asked.
    const first = firstFrom(end);
    let named: EntityMention | undefined;
    if (mentions[first] && titlesBetween(text, end, mentions[first]!.index)) {
      runEnd ??= runEnds(text, mentions);
      named = mentions[runEnd[first]!]!;
    }
    const meEnd = !named && own ? speakerCalledAt(text, m[0], end) : undefined;
    const me = meEnd !== undefined;
    // A call told without the one called ("Varin rang first", "with Varin, who called to discuss …")
    // names its caller all the same.
    const verbEnd = m.index + m[0].trimEnd().length;
    const alone = !named && !me && CALLED_ALONE.test(text.slice(verbEnd, verbEnd + CALL_AFTER_REACH));
    if (!named && !me && !alone) continue;
    const calledEnd = named ? named.end : (meEnd ?? end);
    const calledParty = named ? named.party : me ? own : undefined;
    const rest = text.slice(calledEnd, calledEnd + CALL_AFTER_REACH);
    if (!alone && /^called/i.test(m[0]) && (!CALL_AFTER.test(rest) || CALLED_A_NAME.test(rest))) continue;
    // "I phoned President Varin": the speaker is the caller; "it is not true that I phoned" is no call.
    if (own && named && SPEAKER_CALLS.test(text.slice(Math.max(0, m.index - 12), m.index))) {
      if (deniedBefore(text, m.index)) continue;
      return own !== calledParty ? own : undefined;
    }
    while (before + 1 < mentions.length && mentions[before + 1]!.end <= m.index) before++;
    const caller =
      before >= 0 && m.index - mentions[before]!.end <= CALLER_GAP ? mentions[before] : undefined;
    if (caller && callerStands(text, caller, m.index, alone) && caller.party !== calledParty)
      return caller.party;
  }
  return undefined;
}

/**
 * Whether the mention just before a call verb at `verb` is its caller. Between the caller and the
 * verb, no clause starts: "Kostal said Varin phoned" is Varin's. A name in apposition closes on a
 * comma ("The envoy, Henrik Dahl, called Varin").
 */
function callerStands(text: string, caller: EntityMention, verb: number, alone: boolean): boolean {
  const between = text.slice(caller.end, verb);
  const apposed =
    /^,\s*$/.test(between) && /,\s*$/.test(text.slice(Math.max(0, caller.index - 3), caller.index));
  // "Varin, who called Kostal", "it was Varin who phoned": the one "who" stands for is the caller,
  // unless the sentence denies it ("it was not Varin who phoned"); "Varin did not phone" is no call.
  const relative = /^,?\s*who\s+(?:had\s+|has\s+)?$/.test(between);
  if (CALL_DENIED.test(between) || (relative && deniedBefore(text, caller.index))) return false;
  return alone
    ? relative || (ALONE_GAP.test(between) && subjectAt(text, caller.index))
    : apposed || relative || !/[,;:]|\b(?:that|said|says|who|which)\b/i.test(between);
}
// Between a caller and a call told without the one called: nothing, or a tense ("Arvenia had called").
const ALONE_GAP = /^\s+(?:(?:had|has|have)\s+)?(?:first\s+)?$/;
/**
 * Whether the mention at `at` opens its clause, titles only before it: "bells in Drava rang",
 * "the summit Kostal called" name a place or an object, not who called.
 */
function subjectAt(text: string, at: number): boolean {
  const from = Math.max(0, at - CALLER_GAP);
  const parts = text
    .slice(from, at)
    .split(/[.;:,!?()]|\b(?:that|and|but|said|says?|told|insist(?:s|ed)?|claim(?:s|ed)?|confirm(?:s|ed)?)\b/);
  // A slice cut mid-sentence starts mid-word: its first word is not read.
  const clause = parts.length === 1 && from > 0 ? parts[0]!.replace(/^\S*\s*/, '') : parts.at(-1)!;
  return TITLES.test(clause.trimStart());
}
/** Whether the sentence before `at` denies what follows ("It was not Varin who"). */
function deniedBefore(text: string, at: number): boolean {
  return CALL_DENIED.test(
    text
      .slice(Math.max(0, at - DENIAL_REACH), at)
      .split(/[.;!?]/)
      .pop()!,
  );
}
// "Varin phoned me", "called us": the speaker's side was called; "I rang Varin": it called.
const CALLED_ME = /^(?:me|us)\b/i;
/**
 * Where the "me" or "us" a call verb ending at `end` calls ends, if the speaker is the one called:
 * "phoned me on Monday", not "called me a liar" nor "called us stubborn".
 */
function speakerCalledAt(text: string, verb: string, end: number): number | undefined {
  const me = CALLED_ME.exec(text.slice(end));
  if (!me) return undefined;
  const after = end + me[0].length;
  const rest = text.slice(after, after + CALL_AFTER_REACH);
  return /^called/i.test(verb) && (!CALL_AFTER.test(rest) || CALLED_A_NAME.test(rest)) ? undefined : after;
}
/** Whether a text tells that its speaker was called ("Varin phoned me"), and does not deny it. */
export function callsSpeaker(text: string): boolean {
  return allMatches(CALLED, text).some(
    (m) => speakerCalledAt(text, m[0], m.index + m[0].length) !== undefined && !deniedBefore(text, m.index),
  );
}
const SPEAKER_CALLS = /\b(?:I|we)\s+(?:(?:then|first|personally|myself|also)\s+)?$/i;
// A denial in the speaker's sentence before the call: "It is not true that I phoned", "nobody can say we rang".
const CALL_DENIED = /\b(?:not|never|no|nobody|untrue|false|deny|denies|denied)\b|n['’]t\b/i;
const DENIAL_REACH = 50;
