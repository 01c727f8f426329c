// Transcript turns: a paragraph opening with a speaker label ("MS. DORN:", "Question:",
// "Envoy Holm:", "T. Rieck:", "CHAIR (Mr. Oberg):", "The representative of Ketheny (Ms. Vashti):")
// starts a turn that runs over the paragraphs after it until the next label. Each turn is one
// quotation of its speaker — procedural ones ("Thank you. The delegation of Belmora.") too.

import { answeringVoices } from './answeringVoices.ts';
import { askedAndAnswered } from './askedAndAnswered.ts';
import { briefingSections } from './briefingSections.ts';
import { castOf } from './castHeaders.ts';
import { withDashAnswers } from './dashAnswers.ts';
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { bareName } from './genre.ts';
import { headIntroduced } from './headIntroduced.ts';
import { withHostAnswers } from './hostLabels.ts';
import { interviewee, interviewerOf, isInterviewHead, mastheadOf } from './interviews.ts';
import { earlierLabels, presidingLabel } from './officeLabels.ts';
import { openingRemarks } from './openingRemarks.ts';
import { extractQuotes } from './quoteClaims.ts';
import { maskQuotes, type QuoteSpan } from './quotes.ts';
import { roomAskers } from './roomAskers.ts';
import type { SpeakerContext } from './speakers.ts';
import { titleSpeaker } from './speeches.ts';
import { spokenPart } from './stageDirections.ts';
import type { Turn } from './turnBoundaries.ts';
import {
  askingVoices,
  chairSeatedByName,
  headNames,
  officeWords,
  recordChair,
  SPOKES,
  sameAsEarlier,
  type TurnContext,
  turnSpeaker,
} from './turnSpeakers.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

export { findTurns, labelledBlocks, type Turn } from './turnBoundaries.ts';
export { recordChair, type TurnContext, turnSpeaker } from './turnSpeakers.ts';

/** Quote claims of a transcript's turns, one per turn, with the label's speaker. */
export function turnQuotes(
  text: string,
  labelledTurns: Turn[],
  gazetteer: Gazetteer,
  pressConference = false,
): SuggestedClaim[] {
  const earlier = new Map<string, Speaker>();
  // A record with no label at all (a speech as delivered) is head to its end.
  const head = text.slice(0, labelledTurns[0]?.labelSpan[0] ?? text.length);
  // "PRESIDENT: Ada Lind" over the first turn's words names the chair on the label's own line: that
  // turn's label is the whole header line (castHeaders.ts chairOpening), read as a head's field.
  const first = labelledTurns[0];
  const chair =
    recordChair(head) ?? (first ? recordChair(text.slice(first.labelSpan[0], first.body[0])) : undefined);
  const interviewer = interviewerOf(head);
  const cast = castOf(head);
  const masthead = mastheadOf(head);
  const askers = pressConference
    ? new Set([...askingVoices(labelledTurns, text), ...roomAskers(labelledTurns, text)])
    : undefined;
  const ctx: TurnContext = {
    gazetteer,
    text,
    head,
    ...(interviewer ? { interviewer } : {}),
    pressConference,
    ...(askers ? { askers, answerers: answeringVoices(labelledTurns, text, head, askers, gazetteer) } : {}),
    interview: isInterviewHead(head) || askedAndAnswered(labelledTurns, text),
    ...(masthead ? { masthead } : {}),
    ...(cast.size > 0 ? { cast } : {}),
    ...(chair ? { chair, chairNamed: chairSeatedByName(head) } : {}),
  };
  // "IP: When did you see it?" and "— On Monday.": the answer a dash opens is the interviewee's turn.
  const dashed = withDashAnswers(
    text,
    labelledTurns,
    (t) => t.question || turnSpeaker(t, ctx, new Map()).name === 'journalist',
  );
  // "Anna Berg: Good morning …" over the leader's unlabelled answers: the host alone is labelled.
  const host = (t: Turn) => turnSpeaker(t, ctx, new Map());
  const turns = withHostAnswers(
    text,
    dashed,
    (t) => isInterviewHead(head) && interviewee(head, gazetteer, host(t)) !== undefined,
  );
  const asked = turns.some((t) => t.answer)
    ? interviewee(
        head,
        gazetteer,
        turns.some((t) => !t.answer && !t.question) ? host(turns.find((t) => !t.answer)!) : undefined,
      )
    : undefined;
  if (asked) ctx.interviewee = asked;
  if (turns.some((t) => t.answer) && !ctx.interviewee) {
    const answers = answerer(head, ctx, turns);
    if (answers) ctx.interviewee = answers;
  }
  const opening = pressConference ? openingTurns(head, ctx, turns) : [];
  const answered = pressConference ? unlabelledAnswers(text, head, ctx, turns) : turns;
  const named: Speaker[] = headNames(head);
  const labelled = earlierLabels();
  // Each stretch between turns is read once for a change of chair.
  let read = 0;
  return [...opening, ...answered].flatMap((turn) => {
    if (turn.labelSpan[0] > read && CHAIR_CHANGE.test(text.slice(read, turn.labelSpan[0]))) {
      labelled.vacateChair();
      for (const key of earlier.keys()) if (presidingLabel(key)) earlier.delete(key);
    }
    read = Math.max(read, turn.body[1]);
    const own = sameAsEarlier(turn.speaker ?? turnSpeaker(turn, ctx, earlier), named);
    const speaker = own.via === 'title' && !own.personId ? (labelled.holder(turn.label) ?? own) : own;
    named.push(speaker);
    // "The CHAIR (Mrs. LUND).": the holder in brackets names the office for the bare "The CHAIR." after it.
    labelled.note(turn.aside ? `${turn.label} ${turn.aside}` : turn.label, speaker);
    // "(Laughter.)", "(As interpreted.)": the record's notes at the turn's edges are nobody's words.
    const spoken = spokenPart(text, turn.body);
    const words = spoken ? text.slice(spoken[0], spoken[1]).replace(/\s+/g, ' ').trim() : '';
    if (!spoken || words === '') return [];
    return [
      {
        kind: 'quote' as const,
        text: text.slice(spoken[0], spoken[1]),
        span: spoken,
        speaker,
        data: { words, speakerSpan: turn.labelSpan, form: 'turn' as const },
      },
    ];
  });
}

// A stage direction telling that another presides: "[Mr. Roe assumed the chair.]", "(Mrs. Tesh in
// the Chair)", "(Mr. Kostal presiding)". The bare "The CHAIR." after it is no longer the first holder's.
const CHAIR_CHANGE =
  /[[(][^\])\n]{0,120}?\b(?:(?:assumed|assumes|took|takes|resumed|resumes)\s+the\s+chair|in\s+the\s+chair|presiding)\b[^\])\n]{0,40}[\])]/i;

/**
 * The turn the title's speaker holds, for words the record prints unlabelled (openingRemarks.ts).
 * A later turn of the same speaker ("Secretary General:" under "Press conference by Secretary
 * General Ingrid Solberg", "Spokesperson:" under "… by the Spokesperson for the Secretary-General")
 * lends its label, so both resolve alike; else the title's words do.
 */
function titleTurn(head: string, ctx: TurnContext, turns: Turn[], body: Span): Turn | undefined {
  const written = titleSpeaker(head);
  if (!written) return undefined;
  const at = head.indexOf(written);
  const own: Turn = { label: written, labelSpan: [at, at + written.length], body, question: false };
  // "… by the Office of the Spokesperson": the office speaks through its holder.
  const phrase = written.replace(/^(?:the\s+)?office\s+of\s+(?:the\s+)?/i, '');
  // Spokesperson, spokesman and spokeswoman are one office.
  const wordsOf = (said: string) =>
    said
      .toLowerCase()
      .split(/[\s-]+/)
      .map((w) => (SPOKES.test(w) ? 'spokesperson' : w))
      .filter((w) => !/^(?:the|mr\.?|ms\.?|mrs\.?|madam)$/.test(w));
  // The office's own deputies brief for it too ("Deputy Spokesman:" under "… by the Office of the Spokesperson").
  const titleWords = new Set([...wordsOf(phrase), ...(phrase === written ? [] : OFFICE_DEPUTIES)]);
  const named = turnSpeaker({ ...own, name: phrase }, ctx, new Map());
  const same = turns.find((t) => {
    if (t.question || t.delegation || t.answer) return false;
    const s = turnSpeaker(t, ctx, new Map());
    if (s.name === 'journalist') return false;
    if (named.personId) return s.personId === named.personId;
    const words = wordsOf(t.name ?? t.label);
    return words.length > 0 && words.every((w) => titleWords.has(w));
  });
  if (same) return { ...same, label: written, labelSpan: own.labelSpan, body };
  // No later turn is the title's speaker: a person the title names, else the holder the head
  // introduces with the office ("… by Lena Marrow, Spokesperson for …"), else the office as written.
  if (named.personId || bareName(phrase).includes(' ')) return { ...own, name: phrase };
  const office = phrase.split(/\s+(?:for|of|to)\s+/i)[0]!.toLowerCase();
  const introduced = officeWords(office).reduce<string | undefined>(
    (n, o) => n ?? headIntroduced(o, ctx.head ?? head, bareName),
    undefined,
  );
  const holder = introduced
    ? (speakerNamed(introduced, ctx.gazetteer) ?? { name: introduced, via: 'title' as const })
    : undefined;
  return { ...own, speaker: { ...(holder ?? { name: phrase, via: 'title' as const }), said: written } };
}

const OFFICE_DEPUTIES = ['deputy', 'associate', 'acting', 'assistant'];

/**
 * Who speaks a record's "Answer:" turns when its head names no one interviewed: a ministry's
 * briefing in translation labels its spokeswoman by name at first ("Vera Lind: Good afternoon …")
 * and her replies "Answer:" after each "Question:". The one its title names ("Briefing by Foreign
 * Ministry Spokeswoman Vera Lind"), else the one other speaker its labels name.
 */
function answerer(head: string, ctx: TurnContext, turns: Turn[]): Speaker | undefined {
  const titled = titleTurn(head, ctx, turns, [0, 0]);
  if (titled) return titled.speaker ?? turnSpeaker(titled, ctx, new Map());
  const named = turns
    .filter((t) => !t.question && !t.answer && !t.delegation)
    .map((t) => turnSpeaker(t, ctx, new Map()))
    .filter((s) => s.name !== 'journalist' && !/^moderator$/i.test(s.name));
  const [one] = named;
  return one && named.every((s) => s.name === one.name) ? one : undefined;
}

/** A press conference's unlabelled opening remarks as the turn of the one speaker its title names. */
function openingTurns(head: string, ctx: TurnContext, turns: Turn[]): Turn[] {
  // A weekly briefing's topics under the headings of its table of contents: one turn each.
  const sections = briefingSections(head);
  if (sections)
    return sections.flatMap((section) => titleTurn(head.slice(0, section[0]), ctx, turns, section) ?? []);
  const remarks = openingRemarks(head);
  const opening = remarks && titleTurn(head.slice(0, remarks[0]), ctx, turns, remarks);
  return opening ? [opening] : [];
}

// A question ends on its paragraph that asks: "…?", or "…?" and a closing bracket or mark.
const ASKS = /\?["”’)\]]*\s*$/;

/**
 * A record that labels only its questions ("Q. Will the Union send monitors?" and the answer under
 * it, unlabelled, as the European External Action Service prints its press remarks): after the
 * paragraph that asks, the paragraphs up to the next label are the answer of the title's speaker.
 * A record that labels any answer gives its questions all their paragraphs.
 */
function unlabelledAnswers(text: string, head: string, ctx: TurnContext, turns: Turn[]): Turn[] {
  const asked = turns.findIndex((t) => t.question);
  if (asked === -1 || turns.slice(asked).some((t) => !t.question)) return turns;
  return turns.flatMap((turn) => {
    if (!turn.question) return [turn];
    const [start, end] = turn.body;
    const body = text.slice(start, end);
    let cut = -1;
    for (let at = body.indexOf('\n\n'); at !== -1; at = body.indexOf('\n\n', at + 2))
      if (ASKS.test(body.slice(0, at))) {
        cut = at;
        break;
      }
    if (cut === -1) return [turn];
    const from = start + cut + body.slice(cut).search(/\S/);
    const answer = titleTurn(head, ctx, turns, [from, end]);
    return answer ? [{ ...turn, body: [start, start + cut] as Span }, answer] : [turn];
  });
}

// A question quoting the one it asks: "You said in November that "…". Does that still hold?"
const YOU_SAID =
  /\byou\s+(?:have\s+)?(?:said|told|stated|wrote|promised|declared|called|described|insisted|warned)\b[^.?!"]{0,80}$/i;

/**
 * Quotations inside a question turn that put the words to the one asked ("You said … that "…""):
 * the speaker of the answer after it said them. `inner` spans of quotations inside voiced turns.
 */
export function addressedQuotes(text: string, voiced: SuggestedClaim[], inner: Span[]): SuggestedClaim[] {
  const found: SuggestedClaim[] = [];
  for (const [s, e] of inner) {
    const k = voiced.findIndex((v) => v.span[0] <= s && e <= v.span[1]);
    const turn = voiced[k];
    if (turn?.kind !== 'quote' || turn.speaker?.name !== 'journalist') continue;
    const answer = voiced[k + 1];
    if (answer?.kind !== 'quote' || !answer.speaker || answer.speaker.name === 'journalist') continue;
    if (!YOU_SAID.test(text.slice(Math.max(turn.span[0], s - 120), s - 1))) continue;
    const words = text.slice(s, e).replace(/\s+/g, ' ').trim();
    found.push({
      kind: 'quote',
      text: text.slice(s, e),
      span: [s, e],
      speaker: answer.speaker,
      data: { words, speakerSpan: answer.data.speakerSpan },
    });
  }
  return found;
}

/**
 * The first of `turns` (in their order) whose span holds a given span. The turns sorted by start
 * with the furthest end reached so far: a binary search finds the last turn starting at or before
 * the span, and the walk back stops where no earlier turn reaches its end (a page of thousands of
 * comments and quotations asks once per quotation, never once per pair).
 */
function turnHolding<T extends { span: Span }>(turns: T[]): (span: Span) => T | undefined {
  const order = turns.map((_, k) => k).sort((a, b) => turns[a]!.span[0] - turns[b]!.span[0]);
  const reach: number[] = [];
  for (const k of order) reach.push(Math.max(reach.at(-1) ?? Number.NEGATIVE_INFINITY, turns[k]!.span[1]));
  return ([start, end]) => {
    let [lo, hi, last] = [0, order.length - 1, -1];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (turns[order[mid]!]!.span[0] <= start) [last, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    let first = -1;
    for (let j = last; j >= 0 && reach[j]! >= end; j--) {
      const k = order[j]!;
      if (turns[k]!.span[1] >= end && (first === -1 || k < first)) first = k;
    }
    return first === -1 ? undefined : turns[first];
  };
}

/**
 * Quotations a speaker's turn reports from someone else: "The Prime Minister asked me to repeat
 * what he told the Cabinet: '…'". Read like a report's, inside the turn, and kept only when the
 * words are given by name or office to another speaker — an unattributed quotation in a turn is
 * the speaker's own phrase or a title ("the so-called "buffer zone"", "the "Corridor Agreement"").
 * A question's quotations are read by `addressedQuotes`.
 */
export function reportedInTurns(
  text: string,
  paragraphs: Span[],
  ctx: SpeakerContext,
  voiced: SuggestedClaim[],
  all: QuoteSpan[],
): SuggestedClaim[] {
  const turnAround = turnHolding(
    voiced.filter((v): v is Extract<SuggestedClaim, { kind: 'quote' }> => v.kind === 'quote'),
  );
  const inner = all.filter((q) => {
    const turn = turnAround(q.inner);
    return turn !== undefined && turn.speaker?.name !== 'journalist';
  });
  if (inner.length === 0) return [];
  const masked = maskQuotes(ctx.masked, inner);
  const voiceAt = (at: number) => turnAround([at, at])?.speaker;
  return extractQuotes(text, paragraphs, { ...ctx, masked, voiceAt }, inner).filter((claim) => {
    if (claim.kind !== 'quote') return false;
    const by = claim.speaker;
    if (!by || by.via === 'pronoun' || by.via === 'description') return false;
    const turn = turnAround(claim.span);
    // The one named must be named in the same turn: a chat's messages are one paragraph, and a
    // message's quotation is never given to the one another message named ("Surin's deputy: "…"").
    const at = claim.data.speakerSpan;
    if (at && turnAround(at) !== turn) return false;
    const own = turn?.speaker;
    return by.name !== own?.name && (by.personId === undefined || by.personId !== own?.personId);
  });
}
