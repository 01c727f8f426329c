// Occasions that happen once for their object, moved: THE signing of the text ("planned for 31
// May", "slid to 6 June") and THE deadline for the parties' replies ("extended from 22 May to 26
// May"). Sources written before and after a move give the one occasion two days; unlike meetings
// and calls, which recur, its identity is the act and its object, not the day. Two days are of
// one occasion where some source tells the move between them (a sentence naming the act, a word
// of a move or an earlier day, and both days near the act's word); the replies' two days a few
// days apart are one deadline's even where no move is read (repliesDatedApart).
import { DAY_MS } from '../core/calendar.ts';
import { findDates } from './dates.ts';
import type { EventProfile } from './eventProfile.ts';
import type { Passage } from './passages.ts';

/** Days apart at which one occasion, moved, is still told as one (a slide of weeks, not months). */
const MOVE_REACH = 45;
/** Days off a told state at which a source's day is still that state (a day one of them has wrong). */
const STATE_SLACK = 1;
/** How far from the act's word its days stand ("The signing ceremony, previously planned for 31 May, will take place in Torsvik on 6 June"). */
const ACT_REACH = 120;

// Words of a move. Each must govern the act, standing a few words from its word ("the signing,
// previously set for 20 March"): a "had been" or "now" elsewhere in the sentence ("the markets had
// been calmer") moves nothing, so neither counts bare, only with a plan's participle.
const MOVED =
  /\b(?:moved?|postponed|pushed back|put back|put off|delayed|deferred|slid|slipped|rescheduled|brought forward|moved up|extended|extending|extension|instead of|no longer|previously|originally|first (?:announced|planned|set|scheduled|foreseen|due)|(?:had been|now) (?:planned|scheduled|set|due|expected|slated|foreseen|pencilled)|now (?:to be|be) (?:signed|held))\b|\(was\b/gi;
/** Characters between a move's word and the act's word at which the move is still of that act. */
const MOVE_GOVERNS = 50;
// Shapes that set two days against each other wherever they stand in the act's sentence: "on 10
// June instead of 3 June", "no longer on 26 May", "(was 3 June)", "now from 3 June to 10 June".
const MOVE_SHAPE =
  /\b(?:instead of|no longer)\b|\(was\b|\b(?:now|had been)\b[^.;]{0,60}\bfrom\b[^.;]{1,30}\bto\b/i;
// An act that precedes the signing: "initialled on 21 March, to be signed on 28 March" tells two acts, not a move.
const INITIALLING = /\binitial(?:l?ed|l?ing|s)\b/i;
// Right before a day told as past: "originally due by 20 June", "replies had been due on Friday",
// "no longer on 26 May" (a day's own words, not a move's: "from May 26 to May 31" gives 31 as new).
const PAST_BEFORE =
  /\b(?:had been|originally|original|previously|first|earlier|initially|old|instead of|no longer|was|were)\b(?:\s+[\p{L}'’]+){0,4}\s*$/iu;

interface Act {
  /** The act's word in a sentence. */
  word: RegExp;
  /** Right before a day another act's: "replies due by 22 May and the signing on 31 May". */
  other: RegExp;
}
const SIGNING: Act = {
  // The act of signing, never "signs" ("the first signs of recovery"): "signing", "signed", "to sign", "sign the".
  word: /\b(?:sign(?:ing|ed)|to sign|sign (?:the|a|an|it|its|their|on))\b/gi,
  other: /\b(?:deadline|due|repl(?:y|ies)|answers?|responses?|submit\w*)\b[^.;]{0,40}$/i,
};
const REPLIES: Act = {
  word: /\b(?:repl(?:y|ies)|answers?|responses?|respond|comments|observations)\b/gi,
  other: /\bsign(?:ing|ed|s)?\b[^.;]{0,40}$/i,
};

const daysRead = new WeakMap<Passage, Map<Act, string[]>>();
/**
 * The days a passage gives near the act's word, not those it gives another act. Read once per
 * passage and act: a pair of deadlines asks for them, and a passage stands in many pairs.
 */
function actDays(p: Passage, act: Act): string[] {
  let byAct = daysRead.get(p);
  if (!byAct) {
    byAct = new Map();
    daysRead.set(p, byAct);
  }
  let days = byAct.get(act);
  if (!days) {
    const at = [...p.text.matchAll(act.word)].map((m) => m.index);
    days =
      at.length === 0
        ? []
        : datesOf(p).flatMap((d) =>
            !d.vague &&
            at.some((i) => Math.abs(i - d.index) <= ACT_REACH) &&
            !act.other.test(p.text.slice(Math.max(0, d.index - 60), d.index))
              ? [d.iso]
              : [],
          );
    byAct.set(act, days);
  }
  return days;
}

/** Whether a move's word governs one of the act's words in a sentence, or a move's shape holds in it. */
function moveOfAct(text: string, act: Act): boolean {
  const acts = [...text.matchAll(act.word)].map((m) => [m.index, m.index + m[0].length] as const);
  if (acts.length === 0) return false;
  if (MOVE_SHAPE.test(text)) return true;
  for (const m of text.matchAll(MOVED)) {
    const [from, to] = [m.index, m.index + m[0].length];
    if (acts.some(([u, v]) => from - v <= MOVE_GOVERNS && u - to <= MOVE_GOVERNS)) return true;
  }
  return false;
}

/**
 * The moves each act's sources tell, as pairs of day numbers indexed both ways (day → the days it
 * moved from or to): a pair of events asks for the days a slip from its own, not a scan of every move.
 */
type Moves = Map<Act, Map<number, Set<number>>>;
const movesTold = new WeakMap<Passage, Moves>();
// As eventProfile.ts daysApart counts: the day numbers the index keys on must agree with it.
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
function noteMove(index: Map<number, Set<number>>, x: number, y: number): void {
  for (const [u, v] of [
    [x, y],
    [y, x],
  ] as const) {
    const to = index.get(u) ?? new Set<number>();
    to.add(v);
    index.set(u, to);
  }
}

/**
 * Notes the moves of a signing and of a deadline for replies that the passages tell. Read once
 * per linking; each event passage keeps the list.
 */
export function noteSingularMoves(passages: Passage[]): void {
  const moves: Moves = new Map([
    [SIGNING, new Map()],
    [REPLIES, new Map()],
  ]);
  const told = new Set<string>();
  for (const p of passages) {
    if (INITIALLING.test(p.text) || told.has(p.text)) continue;
    told.add(p.text);
    for (const [act, index] of moves) {
      if (!moveOfAct(p.text, act)) continue;
      // In day order, each day pairs only with the days within MOVE_REACH after it: a line of
      // a thousand dates pairs each with the few weeks around it, not with all the others.
      const days = [...new Set(actDays(p, act).map(dayNumber))]
        .filter((d) => !Number.isNaN(d))
        .sort((x, y) => x - y);
      for (let i = 0; i < days.length; i++)
        for (let j = i + 1; j < days.length && days[j]! - days[i]! <= MOVE_REACH; j++)
          noteMove(index, days[i]!, days[j]!);
    }
  }
  for (const p of passages) if (p.kind === 'event') movesTold.set(p, moves);
}

const datesRead = new WeakMap<Passage, ReturnType<typeof findDates>>();
/** A passage's dates, read once however many pairs ask. */
function datesOf(p: Passage): ReturnType<typeof findDates> {
  let dates = datesRead.get(p);
  if (!dates) {
    dates = findDates(p.text, p.published);
    datesRead.set(p, dates);
  }
  return dates;
}

/**
 * Whether a passage tells its day as the occasion's day: not a question ("Is the signing still
 * planned for 24 September?"), nor a day it tells as past, which is a state the occasion left.
 */
function tellsOwnDay(p: Passage, day: string): boolean {
  if (/\?\s*$/.test(p.text)) return false;
  const at = datesOf(p).filter((d) => d.iso === day);
  return (
    at.length === 0 || at.some((d) => !PAST_BEFORE.test(p.text.slice(Math.max(0, d.index - 60), d.index)))
  );
}

/** Whether some source tells a move of the act between the two days (or days a slip from them). */
function moveBetween(p: Passage, act: Act, x: string, y: string): boolean {
  const index = movesTold.get(p)?.get(act);
  const [dx, dy] = [dayNumber(x), dayNumber(y)];
  if (!index || Number.isNaN(dx) || Number.isNaN(dy)) return false;
  for (let u = dx - STATE_SLACK; u <= dx + STATE_SLACK; u++) {
    const to = index.get(u);
    if (to) for (let v = dy - STATE_SLACK; v <= dy + STATE_SLACK; v++) if (to.has(v)) return true;
  }
  return false;
}

// Kinds of text a negotiation signs, each with the words sources use for it: a ceasefire and the
// agreement it leads to are signed apart.
const TEXT_KINDS: [string, RegExp][] = [
  ['truce', /\b(?:ceasefire|cease-fire|truce|armistice)\b/i],
  ['accord', /\b(?:accord|agreement|deal|treaty|settlement)\b/i],
  ['memorandum', /\b(?:memorandum|MoU)\b/i],
  ['protocol', /\bprotocol\b/i],
  ['declaration', /\b(?:declaration|communiqu[eé])\b/i],
  ['roadmap', /\b(?:road ?map|framework)\b/i],
];
const kindsRead = new WeakMap<Passage, Set<string>>();
/** The kinds of text a passage names: what its signing may be of. */
export function kindsNamed(p: Passage): Set<string> {
  let kinds = kindsRead.get(p);
  if (!kinds) {
    kinds = new Set(TEXT_KINDS.filter(([, re]) => re.test(p.text)).map(([k]) => k));
    kindsRead.set(p, kinds);
  }
  return kinds;
}

/**
 * Whether two signings dated apart are one signing that moved: both of one act (both initialled
 * or both signed), naming no two kinds of text, some source telling the move between their days,
 * and at least one of them told ahead of the signing by a source written before the other's day.
 * Two signings told done on two days are two, or one misdated (eventTiming.ts misdated).
 */
export function signingMoved(a: Passage, b: Passage, pa: EventProfile, pb: EventProfile): boolean {
  if (pa.level !== 'signing' || pb.level !== 'signing' || pa.initialling !== pb.initialling) return false;
  if (!pa.days || !pb.days || pa.coarse || pb.coarse) return false;
  if (!moveBetween(a, SIGNING, pa.days[0], pb.days[0])) return false;
  if (!tellsOwnDay(a, pa.days[0]) || !tellsOwnDay(b, pb.days[0])) return false;
  const [ka, kb] = [kindsNamed(a), kindsNamed(b)];
  if (ka.size > 0 && kb.size > 0 && ![...ka].some((k) => kb.has(k))) return false;
  if (pa.planned && pb.planned) return true;
  // One told done: the plan's source wrote before the day it was done.
  const [plan, done] = pa.planned ? [a, pb] : pb.planned ? [b, pa] : [undefined, undefined];
  return plan?.published !== undefined && done?.days !== undefined && plan.published < done.days[0];
}

// A limit counted from an act ("our answer within a week", "a response within seven days"): its
// day is the source's reckoning from its own day, and the answer may be to any text of any party.
const COUNTED = /\b(?:within|in|after)\b|\b(?:days?|weeks?|months?)\b/i;
const countedFromAct = (p: Passage) =>
  p.claim?.kind === 'event' && p.claim.data.dateText !== undefined && COUNTED.test(p.claim.data.dateText);

/** Days apart at which two days given for the parties' replies are one deadline's (a week's slide, or a day misread). */
const REPLIES_SLACK = 10;

/**
 * Whether two deadlines dated a few days apart are both the parties' deadline for replies, each
 * naming replies (answers, responses) near its own day, as it stands: a negotiation asks for its
 * parties' replies to a text once at a time, so two days for them are one deadline moved (where no
 * source's move is read) or one misdated. Their sources may disagree; they speak of one thing.
 * Replies each source says are to another text (a protocol, a census) are two deadlines.
 */
export function repliesDatedApart(a: Passage, b: Passage, da: string, db: string): boolean {
  if (da === db || Math.abs(dayNumber(da) - dayNumber(db)) > REPLIES_SLACK) return false;
  const names = (p: Passage, day: string) =>
    !countedFromAct(p) && actDays(p, REPLIES).includes(day) && tellsOwnDay(p, day);
  return names(a, da) && names(b, db) && repliedToOne(a, b);
}

// What replies are to: the words after "replies to", "answers from the parties on", up to the next
// preposition or verb ("comments on the draft annex by 12 May", "answers to the questionnaire on
// grazing rights are expected"). A text named only as the text ("the revised text", "the new
// draft") may be any text the parties reply to.
const REPLIED_TO =
  /\b(?:repl(?:y|ies)|answers?|responses?|comments|observations)\b(?:\s+from\s+[^,.;]{1,60}?)?\s+(?:to|on)\s+(?:(?:the|a|an|its|their|our|this|that)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})/iu;
const ENDS_OBJECT =
  /^(?:by|on|of|for|from|to|in|at|and|or|with|within|before|are|is|was|were|be|been|due|expected|now|no|not|until)$/i;
const ANY_TEXT =
  /^(?:the|text|texts|draft|drafts|paper|version|document|revised|new|latest|amended|updated|mediator's|mediator’s)$/i;
const objectsRead = new WeakMap<Passage, string[]>();
/** The words a passage names what the replies are to by, its generic words left out (none: any text). */
function repliedTo(p: Passage): string[] {
  let words = objectsRead.get(p);
  if (!words) {
    const object = REPLIED_TO.exec(p.text)?.[1] ?? '';
    const told = object.split(/\s+/).filter(Boolean);
    const end = told.findIndex((w) => ENDS_OBJECT.test(w));
    words = (end < 0 ? told : told.slice(0, end))
      .filter((w) => !ANY_TEXT.test(w))
      .map((w) => w.toLowerCase().slice(0, 5));
    objectsRead.set(p, words);
  }
  return words;
}
/** Whether two passages' replies may be to one text: either names none, or they share a word of it. */
function repliedToOne(a: Passage, b: Passage): boolean {
  const [x, y] = [repliedTo(a), repliedTo(b)];
  return x.length === 0 || y.length === 0 || x.some((w) => y.includes(w));
}

/**
 * Whether two deadlines dated apart are the one deadline for the parties' replies, moved: each
 * names replies (answers, responses) near its own day, and some source tells the move between
 * the two days ("extended from 22 May to 26 May", "now due on 31 May, no longer on 26 May").
 */
export function repliesMoved(a: Passage, b: Passage, da: string, db: string): boolean {
  if (da === db || !moveBetween(a, REPLIES, da, db)) return false;
  const names = (p: Passage, day: string) => actDays(p, REPLIES).includes(day) && tellsOwnDay(p, day);
  return names(a, da) && names(b, db);
}
