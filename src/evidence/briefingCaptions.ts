// A briefing's closed captions (C-SPAN's record, all capitals, no clock) or its automatic captions
// (YouTube's transcript, lower case, a time stamp over each line), with ">>" where the voice changes
// and no name: the page's head names the one person who briefs; the words before the first mark are
// theirs, and the marks then go question, answer, question (a caption's "QUESTION:" or "MR. NAME:"
// says so outright). Read only when the head names exactly one person of the roster.
import { captionQuotes, peopleIn } from './captionTurns.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Speaker, SuggestedClaim } from './types.ts';

const STAMP = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?(?=\s|$)/;
const ROOM_NOTE = /^(?:\[[^\]\n]{1,30}\]|\([^)\n]{2,30}\))$/;
const MARK = /^(?:>>>?|&gt;&gt;)[ \t]*/;
// A mail thread quotes with ">>": its headers say so.
const MAIL =
  /^(?:from|to|cc|subject|sent|date):[ \t]|\bwrote:[ \t]*$|^-{2,} ?(?:original|forwarded) message/im;
// The head says a person briefs: "briefs the press", "briefed reporters", "press conference".
const BRIEFS =
  /\b(?:briefs?|briefed|briefing|press conference|news conference|press availability|remarks to (?:the press|reporters)|takes questions|stakeout)\b/i;
// The caption's own label: ">> QUESTION:", ">> MR. NAME:", ">> SPOKESPERSON NAME:".
const LABEL =
  /^(QUESTION|Q|REPORTER|(?:(?:MR|MS|MRS|DR|SECRETARY|MINISTER|AMBASSADOR|SPOKESPERSON|GENERAL|ADMIRAL|ENVOY)\.? )?[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2}):[ \t]+/;
const ASKS = /^(?:question|q|reporter)$/i;
// The room's business between turns: "last question please", "go ahead".
const BUSINESS =
  /^(?:(?:last|final|one more|next|a last|one last|two more) questions?(?: please)?|(?:yes )?go ahead|please|thank you|okay)[.!]?$/i;
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
    let e = to;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    const mark = MARK.exec(text.slice(s, Math.min(e, s + 12)));
    if (headEnd === -1 && (stamp || mark)) headEnd = from;
    if (headEnd !== -1) {
      if (mark) {
        s += mark[0].length;
        const label = LABEL.exec(text.slice(s, Math.min(e, s + 60)));
        if (label) s += label[0].length;
        open = { start: s, end: s, words: '', marked: true, ...(label ? { label: label[1]! } : {}) };
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
  if (named.length !== 1) return undefined;
  const principal: Speaker = { ...named[0]!, via: 'description' };
  const out: SuggestedClaim[] = [];
  // The role the next unlabelled turn takes: the briefer opens, then questions and answers alternate.
  let next: 'principal' | 'journalist' | undefined = 'principal';
  for (const turn of turns) {
    if (turn.words === '') continue;
    let speaker: Speaker | undefined;
    if (turn.label !== undefined) {
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
