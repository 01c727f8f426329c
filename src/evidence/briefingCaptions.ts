// A briefing's closed captions (C-SPAN's record, all capitals, no clock) or its automatic captions
// (YouTube's transcript, lower case, a time stamp over each line), with ">>" where the voice changes
// and no name: the page's head names the one person who briefs; the words before the first mark are
// theirs, and the marks then go question, answer, question (a caption's "QUESTION:" or "MR. NAME:"
// says so outright). Read only when the head names exactly one person of the roster, or when the
// first voice introduces itself and announces the one who briefs by office ("i'm …, head of
// communications. the president will speak first"): that host opens and closes, the office's holder
// answers. A WebVTT export's cue numbers and timing lines are nobody's words.
import { captionQuotes, peopleIn } from './captionTurns.ts';
import type { Gazetteer } from './gazetteer.ts';
import { officeHolder, partiesByAdjective } from './offices.ts';
import type { Speaker, SuggestedClaim } from './types.ts';

const STAMP = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?(?=\s|$)/;
const ROOM_NOTE = /^(?:\[[^\]\n]{1,30}\]|\([^)\n]{2,30}\))$/;
const MARK = /^(?:>>>?|&gt;&gt;)[ \t]*/;
// A mail thread quotes with ">>": its headers say so.
const MAIL =
  /^(?:from|to|cc|subject|sent|date):[ \t]|\bwrote:[ \t]*$|^-{2,} ?(?:original|forwarded) message/im;
// The head says a person briefs: "briefs the press", "briefed reporters", "press conference".
// A minister's statement to the cameras takes a question or two after it: "Statement by Minister X".
const BRIEFS =
  /\b(?:briefs?|briefed|briefing|press conference|news conference|press availability|remarks to (?:the press|reporters)|takes questions|stakeout|(?:press )?statement by)\b/i;
// The caption's own label: ">> QUESTION:", ">> MR. NAME:", ">> SPOKESPERSON NAME:".
const LABEL =
  /^(QUESTION|Q|REPORTER|(?:(?:MR|MS|MRS|DR|SECRETARY|MINISTER|AMBASSADOR|SPOKESPERSON|GENERAL|ADMIRAL|ENVOY)\.? )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):[ \t]+/;
const ASKS = /^(?:question|q|reporter)$/i;
// The room's business between turns: "last question please", "go ahead".
const BUSINESS =
  /^(?:(?:last|final|one more|next|a last|one last|two more) questions?(?: please)?|(?:yes )?go ahead|please|thank you|okay)[.!]?$/i;
// The host names themself: "i'm lina berg", "my name is …".
const SELF_NAMED = /\b(?:i'm|i am|my name is)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u;
// The host announces the one who briefs by office: "the minister will speak first", "over to the president".
const ANNOUNCED =
  /\b(?:the\s+((?:[\p{L}-]+\s+){0,2}(?:president|minister|secretary|spokes(?:man|woman|person)|governor|director|chair(?:man|woman|person)?|ambassador|envoy|commissioner))\s+will\s+(?:speak|open|begin|start|make|say|brief)|(?:over|floor|hand(?:ing)? over)\s+to\s+the\s+((?:[\p{L}-]+\s+){0,2}(?:president|minister|secretary|spokes(?:man|woman|person)|governor|director|chair(?:man|woman|person)?|ambassador|envoy|commissioner))\b)/u;
// The host closes the room: "that's all we have time for", "this concludes the briefing".
const CLOSES =
  /\b(?:(?:that's|that is) all (?:we have )?(?:the )?time|this concludes|(?:we|i) (?:have to|must|will) (?:stop|end|close) (?:here|there)|thank you (?:all )?for coming)\b/i;
// A WebVTT export's timing line and the cue number over it: a number alone on its line is a cue's
// only when a timing line follows it (a caption may break before a figure: "… offered\n50").
const TIMING_REST = /^-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?=\s|$)/;
const CUE_NUMBER = /^\d{1,5}$/;
const TIMING_NEXT = /\s*[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?[ \t]+-->/y;
// The host closes in the last turn or two, and puts no question.
const CLOSING_TURNS = 2;
// The platform's comment box under the video: what follows is readers' words and the site's links.
const COMMENTS_UNDER =
  /^(?:comments?(?: \(\d[\d.,]*[KkMm]?\))?|(?:add|write|leave|post) a (?:public )?comment\b.*)$/i;
const MIN_MARKS = 3;
const HEAD = 1500;
const JOURNALIST: Speaker = { name: 'journalist', via: 'description' };

interface Turn {
  start: number;
  end: number;
  words: string;
  marked: boolean;
  label?: string;
}

/** The quotations of a one-speaker briefing's ">>"-marked captions; undefined for any other text. */
export function briefingCaptionQuotes(
  text: string,
  gazetteer: Gazetteer,
  title = '',
): SuggestedClaim[] | undefined {
  if (!text.includes('>>') && !text.includes('&gt;&gt;')) return undefined;
  const marks = text.match(/^[ \t]*(?:>>|&gt;&gt;)/gm)?.length ?? 0;
  if (marks < MIN_MARKS || MAIL.test(text)) return undefined;
  const turns: Turn[] = [];
  let headEnd = -1;
  let open: Turn | undefined;
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl;
    let s = from;
    while (s < to && /[ \t]/.test(text[s]!)) s++;
    const stamp = STAMP.exec(text.slice(s, Math.min(to, s + 20)));
    if (stamp) s += stamp[0].length;
    while (s < to && /\s/.test(text[s]!)) s++;
    // WebVTT's timing line runs to the cue's end time; cleaning may join the cue's words onto it.
    const until = stamp ? TIMING_REST.exec(text.slice(s, Math.min(to, s + 24))) : null;
    if (until) s += until[0].length;
    while (s < to && /\s/.test(text[s]!)) s++;
    let e = to;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    const mark = MARK.exec(text.slice(s, Math.min(e, s + 12)));
    if (headEnd === -1 && (stamp || mark)) headEnd = from;
    if (headEnd !== -1 && COMMENTS_UNDER.test(text.slice(s, to).trim())) break;
    // A cue's number is nobody's words.
    if (
      headEnd !== -1 &&
      nl !== -1 &&
      CUE_NUMBER.test(text.slice(s, to).trim()) &&
      timingFollows(text, nl + 1)
    ) {
      from = nl + 1;
      continue;
    }
    if (headEnd !== -1) {
      if (mark) {
        s += mark[0].length;
        const label = LABEL.exec(text.slice(s, Math.min(e, s + 60)));
        if (label) s += label[0].length;
        open = {
          start: s,
          end: s,
          words: '',
          marked: true,
          ...(label ? { label: label[1]! } : {}),
        };
        turns.push(open);
      }
      const words = text.slice(s, e);
      if (words !== '' && !ROOM_NOTE.test(words)) {
        if (!open) {
          open = { start: s, end: s, words: '', marked: false };
          turns.push(open);
        }
        if (open.words === '') open.start = s;
        open.end = e;
        open.words += `${open.words ? ' ' : ''}${words}`;
      }
    }
    if (nl === -1) break;
    from = nl + 1;
  }
  if (headEnd < 0 || (headEnd === 0 && title === '')) return undefined;
  // The page's title, set apart by cleaning, heads it too ("LIVE: Envoy X briefs the press").
  // A head is a title and a line or two of description: the first HEAD characters are read.
  const head = `${title}\n${text.slice(0, Math.min(headEnd, HEAD))}`;
  if (!BRIEFS.test(head)) return undefined;
  // The head's own case first ("Al-Qadhi"), then a captioner's capitals read as words.
  const cased = peopleIn(head, gazetteer);
  const named = cased.length > 0 ? cased : peopleIn(head.toLowerCase(), gazetteer);
  const hosted = named.length === 0 ? hostAndPrincipal(turns, head, gazetteer) : undefined;
  if (named.length !== 1 && !hosted) return undefined;
  const principal: Speaker = hosted?.principal ?? { ...named[0]!, via: 'description' };
  const out: SuggestedClaim[] = [];
  // The role the next unlabelled turn takes: the briefer opens, then questions and answers alternate.
  let next: 'principal' | 'journalist' | undefined = 'principal';
  const marked = turns.flatMap((t, i) => (t.marked && t.words !== '' ? [i] : []));
  const closing = new Set(marked.slice(-CLOSING_TURNS));
  for (const [i, turn] of turns.entries()) {
    if (turn.words === '') continue;
    let speaker: Speaker | undefined;
    const closes = closing.has(i) && !turn.words.includes('?') && CLOSES.test(turn.words);
    if (hosted && (i === hosted.opening || closes)) speaker = hosted.host;
    else if (turn.label !== undefined) {
      if (ASKS.test(turn.label)) speaker = JOURNALIST;
      else {
        const who = peopleIn(turn.label.toLowerCase(), gazetteer)[0];
        speaker = who ? { ...who, via: 'name' } : undefined;
      }
      next =
        speaker === JOURNALIST
          ? 'principal'
          : speaker?.personId === principal.personId
            ? 'journalist'
            : undefined;
    } else {
      if (turn.marked && BUSINESS.test(turn.words.trim())) continue;
      const role = next;
      speaker = role === 'principal' ? principal : role === 'journalist' ? JOURNALIST : undefined;
      // An answer does not end on a question mark; a question put to the room does.
      if (role === 'principal' && /\?\s*$/.test(turn.words)) speaker = undefined;
      next = role === 'principal' ? 'journalist' : role === 'journalist' ? 'principal' : undefined;
    }
    if (!speaker) continue;
    out.push({
      kind: 'quote',
      text: text.slice(turn.start, turn.end),
      span: [turn.start, turn.end],
      speaker,
      // The words as the page prints them, a stamp inside a turn kept (as captionTurns.ts keeps it).
      data: { words: text.slice(turn.start, turn.end).replace(/\s+/g, ' ').trim(), form: 'turn' },
    });
  }
  return out.length > 0 ? out : undefined;
}

/** Whether the next line with words is a WebVTT timing line. */
function timingFollows(text: string, from: number): boolean {
  TIMING_NEXT.lastIndex = from;
  return TIMING_NEXT.test(text);
}

/**
 * A head that names no one: the first voice's own name (a roster person) and the holder of the
 * office it hands over to, found by the office and the house the head names.
 */
function hostAndPrincipal(
  turns: Turn[],
  head: string,
  gazetteer: Gazetteer,
): { host: Speaker; principal: Speaker; opening: number } | undefined {
  const opening = turns.findIndex((t) => t.words !== '');
  const said = turns[opening]?.words.toLowerCase() ?? '';
  const self = SELF_NAMED.exec(said);
  const office = ANNOUNCED.exec(said);
  const host = self ? peopleIn(self[1]!, gazetteer)[0] : undefined;
  if (!host || !office) return undefined;
  // The holder serves the house the head names ("Norland Foreign Ministry: …"), else the host's own.
  const houses = partiesByAdjective(head, gazetteer);
  const parties = houses.length > 0 ? houses : host.partyId ? [host.partyId] : [];
  if (parties.length === 0) return undefined;
  const holder = officeHolder(office[1] ?? office[2]!, gazetteer, head, parties, true);
  if (!holder || holder.id === host.personId) return undefined;
  const principal: Speaker = {
    name: holder.name,
    personId: holder.id,
    ...(holder.party ? { partyId: holder.party } : {}),
    via: 'description',
  };
  return { host: { ...host, via: 'description' }, principal, opening };
}

/** Timed captions as captionTurns.ts reads them; when it finds no turn, a one-speaker briefing's. */
export function captionOrBriefingQuotes(
  text: string,
  gazetteer: Gazetteer,
  title?: string,
): SuggestedClaim[] | undefined {
  const captions = captionQuotes(text, gazetteer);
  if (captions && captions.length > 0) return captions;
  return briefingCaptionQuotes(text, gazetteer, title) ?? captions;
}
