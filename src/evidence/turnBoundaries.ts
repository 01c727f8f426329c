// Where a transcript's turns begin and end: the labelled paragraphs, and the lines that close a
// turn or the whole record (stage directions, the record's own voice, footers, headings).
// The speaker of each turn is read in turnSpeakers.ts; its quotation is made in turns.ts.

import { castHeader, chairOpening } from './castHeaders.ts';
import { bareName, isRole, type TurnLabel, turnLabel } from './genre.ts';
import { isHeadList } from './headLists.ts';
import { afterLineNumber, isLineNumbered, isUnspokenLine, withoutLineNumber } from './lineNumbers.ts';
import { afterFirstMarked, markedLabels } from './markedLabels.ts';
import { listedSurnames, risingLabel, risingSurnames } from './ownLineLabels.ts';
import { isPageTrailer, isRule, isToolNotice } from './pageTrailers.ts';
import { hasToolVoices, NUMBERED_VOICE } from './placeholderVoices.ts';
import {
  isCapitalHeading,
  isInsertion,
  isPageMark,
  isSectionHeading,
  statementHeading,
} from './recordHeadings.ts';
import { recurringLabels } from './recurringLabels.ts';
import { type ShapedLabelReader, shapedLabels } from './shapedLabels.ts';
import { closesToRoom } from './signOffs.ts';
import { titleSpeaker } from './speeches.ts';
import { firstOfStacked } from './stackedAskers.ts';
import { clockedLabels } from './stampedLabels.ts';
import { TRANSCRIBER_NOTE } from './transcriberNotes.ts';
import { QUESTION_REFERENCE } from './turnLabels.ts';
import type { Span, Speaker } from './types.ts';
import { writtenAnswerLabel } from './writtenAnswers.ts';

export interface Turn {
  /** The label as written, without its colon ("MS. DORN", "CHAIR (Mr. Oberg)"). */
  label: string;
  labelSpan: Span;
  /** The words spoken: from after the label to the end of the turn's last paragraph. */
  body: Span;
  question: boolean;
  /** The label's name part and its bracketed aside ("Mr. Oberg", "Carvel"). */
  name?: string;
  aside?: string;
  /** "The representative of Belmora": `name` is the delegation's party. */
  delegation?: boolean;
  /** An interview's answer ("A:", "Answer:"). */
  answer?: boolean;
  /** A parliament's verbatim label: a bare "President" is the chamber's, not a head of state. */
  chamber?: boolean;
  /** The speaker known without reading the label: the title's, for unlabelled opening remarks. */
  speaker?: Speaker;
}

// Lines that close a transcript rather than continue the last turn.
// The White House closes a transcript with the time: "END 12:58 P.M. EST"; a plenary record keys it
// as its field: "End: 11.02 a.m.".
// A page's link to its recording closes it too ("Link to the video: …").
// A ministry's transcript closes on a note: "(Concluded)", "[END OF TRANSCRIPT]"; a transcription
// tool on its own (transcriberNotes.ts).
const END_OF_RECORD =
  /^(?:###|end|ends|[[(](?:concluded|ends?|end of (?:the )?(?:transcript|briefing|record|press conference|broadcast))[\])]\.?|link to (?:the )?video\b.*|watch the video\b.*|\(end\)|-\s?30\s?-|\*\s?\*\s?\*|source:.*|(?:press|media) contacts?\b.*|end:?\s+\d{1,2}[:.]\d{2}\b.{0,20})$/i;
// The notes that end a record for good; a rule ("* * *") may part its sections, a source line its quotations.
const RECORD_ENDS =
  /^(?:###|end|ends|[[(](?:concluded|ends?|end of (?:the )?(?:transcript|briefing|record|press conference|broadcast))[\])]\.?|-\s?30\s?-|end:?\s+\d{1,2}[:.]\d{2}\b.{0,20})$/i;
// The record's own voice between turns. A stage direction in brackets ("(The two leaders sign the Accord.)",
// "(Applause.)") is nobody's words, though the speaker may go on after it. The procedural lines of a verbatim
// record ("The motion was carried.", "The sitting rose at 12.05 p.m.") report what the meeting did: the turn
// before them has ended. A parliament's record has its own ("Question put.", "The House divided: Ayes 112,
// Noes 61.", "Bill accordingly read a second time.", "The Assembly adjourned at four o'clock.", a committee's
// "Adjourned at 11:42 a.m.", an estimates hearing's "Proceedings suspended from 14:02 to 14:20", a translated
// one's "The sitting is suspended from 09.05 to 09.20", India's "The Lok Sabha adjourned …"), and a vote's
// tally a side a line ("Ayes: 212", "Against: None"). A recording's transcript may set the time before
// a stage direction ("[00:41:02] [Music]").
const STAGE_DIRECTION = /^(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?(?:\([^()]*\)|\[[^[\]]*\])\.?$/;
// The record's note alone in a stage line's shape: its cut ("…"), a Senate journal's clock ("It was 3:31
// p.m.", "At 2:19 p.m., the session was resumed."); a witness may say it: left out as a stage direction is.
const RECORD_NOTE =
  /^(?:…|\.{3}|\[(?:…|\.{3})\]|it was \d{1,2}[:.]\d{2}\s?[ap]\.?\s?m|at \d{1,2}[:.]\d{2}\s?[ap]\.?\s?m\.?,? the \p{L}+ was (?:resumed|suspended|adjourned))\.?$/iu;
// The chamber's adjournment in a stage line's shape ends the turn ("The Lok Sabha then adjourned till two.").
const ADJOURNED_THEN =
  /^the (?:\p{L}+ )?\p{L}+ then (?:rose|adjourned)(?: for \p{L}+)?(?: (?:at|until|till|to) [^.,;:!?\n]{1,40})?\.?$/iu;
const RECORD_VOICE =
  /^(?:(?:whereupon|it was so (?:decided|agreed|ordered)|the (?:meeting|session|sitting|hearing|house|assembly|chamber|senate|committee|(?:[a-z]+ )?sabha) (?:rose|adjourned|divided|ended|closed|resumed|proceeded to a division|was (?:adjourned|suspended|resumed|closed|called to order))|(?:(?:the\s+)?(?:proceedings|sitting|meeting)\s+(?:(?:is|are|was|were)\s+)?)?(?:adjourned|suspended|closed|resumed) (?:at|from) \d{1,2}[:.]\d{2}|(?:a|the) (?:recorded )?vote was taken|question put|(?:the )?(?:bill|motion|amendment|clause)\b[^.]{0,40}\b(?:accordingly|was (?:accordingly )?(?:read|passed|agreed|carried|negatived|withdrawn))|the (?:draft )?(?:resolution|decision|agenda|report)\b[^.]{0,80}\bwas adopted)\b|(?:in favour|against|abstaining|abstentions?|ayes|noes|yeas|nays|not voting)\s*:)/i;
// A briefing, a call or an interview closes on the record's line only in a stage line's shape, the
// verb and at most its time ("The briefing ended at 15:40.", "(The call ended.)"): "The call ended
// without a date, which I regret." is the speaker's own sentence, and the answer goes on.
const SESSION_CLOSED =
  /^the (?:briefing|press conference|conference|call|interview|debate) (?:ended|closed|concluded|adjourned|resumed|was (?:adjourned|suspended|resumed|closed|concluded))(?: (?:at|shortly after) \d{1,2}(?:[:.]\d{2})?(?:\s?(?:[ap]\.?\s?m|hrs?|h)\b\.?)?(?:\s\p{Lu}{2,5})?)?[.)\]]*$/iu;
const ENDS_SENTENCE = /[.!?…]["”’)]?\s*$/;
const closesRecord = (paragraph: string): boolean =>
  END_OF_RECORD.test(paragraph) || TRANSCRIBER_NOTE.test(paragraph) || isPageTrailer(paragraph);
// A broadcast cuts away from the studio: "(BEGIN VIDEO CLIP)", "(END VIDEOTAPE)", "(COMMERCIAL BREAK)",
// "[BEGIN AUDIO CLIP]". What the clip plays is its own speakers' (labelled) or nobody's, and after it
// the host speaks again under a label: the turn before it has ended.
const CUT_AWAY =
  /^[[(](?:(?:begin|end|start)\s+(?:of\s+)?(?:video|audio|sound)?\s*(?:clip|tape|videotape|audiotape|footage)|commercial\s+break|break)[\])]\.?$/i;

/**
 * A paragraph cut before every line that opens with a label (`labelOf`, `turnLabel` unless given):
 * records copied from PDFs and web pages often put one turn a line, with no blank line between turns.
 */
export function labelledBlocks(
  text: string,
  [start, end]: Span,
  labelOf: (paragraph: string) => TurnLabel | undefined = turnLabel,
): Span[] {
  const blocks: Span[] = [];
  let from = start;
  for (let nl = text.indexOf('\n', start); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    const lineEnd = text.indexOf('\n', nl + 1);
    const line = text.slice(nl + 1, lineEnd === -1 || lineEnd > end ? end : lineEnd);
    if (labelOf(line) === undefined && !isToolNotice(line)) continue;
    blocks.push([from, nl]);
    from = nl + 1;
  }
  blocks.push([from, end]);
  return blocks;
}

// A turn's words wholly inside one pair of marks: a headline quoting its speaker, not a transcript's turn.
const HEADLINE_QUOTATION = /^["“]([^"“”\n]{3,200})["”]\s*$/;
// The time a record prints between turns ("14:31", "2.15 pm"): the record's clock, nobody's words.
// A recording's transcript sets it in brackets on its own line over the next label ("[00:14:32]");
// the White House closes a background call on the time and its zone alone ("5:31 P.M. EST").
const TIME_STAMP = /^[[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?(?:\s[a-z]{2,5})?[\])]?$/i;
// A time stamp opening a turn's words, in brackets or not: "[00:01:25] ", "(14:02) ", "0:01:10 ".
// Rev.com sets it on the label's line and the words on the next: "Ada Lind: (00:41)" over the words, or
// a paragraph under it. Alone on that line, a bare clock ("Spokesperson: 16:30") may be the answer
// itself: the stamp is bracketed there, or a recording's hours, minutes and seconds ("0:01:10").
const OPENING_STAMP =
  /^[ \t]*(?:[[(]\d{1,2}(?::\d{2}){1,2}[\])][ \t]*(?:\n[ \t]*|$|(?<=[ \t])(?=\S))|\d{1,2}(?::\d{2}){2}[ \t]*(?:\n[ \t]*|$)|\d{1,2}(?::\d{2}){1,2}[ \t]+(?=\S))/;

// The heading over a court reporter's record of the words, its letters spaced or not.
const PROCEEDINGS = /^(?:P[ \t]?R[ \t]?O[ \t]?C[ \t]?E[ \t]?E[ \t]?D[ \t]?I[ \t]?N[ \t]?G[ \t]?S)[ \t]*$/;
// A header line listing who takes part ("Speakers: Government spokesperson Pavel Surin; Anna Holt (Foreign
// Office)", "Participants: …", "Present: …") before the first turn: the record's list, nobody's words.
export const LIST_HEADER = /^(?:speakers|participants|panell?ists|attendees|present|in attendance|guests)$/i;

/**
 * Whether a record sets its labels in capitals, so that "H. DAHL." is a member and not a heading
 * like "I. BACKGROUND.": another label in capitals (a group in brackets, the chair's office), or no
 * label in lower case at all. Read once, and only for a record that has such a label.
 */
function capitalsRecord(
  text: string,
  paragraphs: Span[],
  readLabel: (paragraph: string) => TurnLabel | undefined,
): () => boolean {
  let known: boolean | undefined;
  return () => {
    if (known !== undefined) return known;
    let otherCapitals = false;
    let lower = false;
    for (const [start, end] of paragraphs) {
      const label = readLabel(text.slice(start, end));
      if (!label || label.capitalsOnly) continue;
      const said = label.said ?? label.full.replace(/:?\s*$/, '');
      if (/\p{Ll}/u.test(said)) lower = true;
      else if (/\p{Lu}{2}/u.test(said)) otherCapitals = true;
    }
    known = otherCapitals || !lower;
    return known;
  };
}

/** The turns of a transcript, in order; paragraphs before the first label belong to none. */
export function findTurns(text: string, paragraphs: Span[], read?: ShapedLabelReader | null): Turn[] {
  const turns: Turn[] = [];
  let open: Turn | undefined;
  // Hansard names one who rises again alone on a line: a name its labels gave before, or its head's list.
  const surnames = new Set([...risingSurnames(text, bareName), ...listedSurnames(text, bareName)]);
  const repeated = recurringLabels(text);
  const marked = markedLabels(text.split('\n'));
  // A transcription tool's clocked name lines, told from a programme's times by the document (stampedLabels.ts).
  const clocked = clockedLabels(text);
  // Last, the labels of a style no reader names, known by their lines' shape and repetition alone
  // (read once a document: `read` is the reader the caller has, null if the document gives none).
  const shaped = read === undefined ? shapedLabels(text) : read;
  // "Participant 1:" is a tool's voice only where the record reads as a tool's (placeholderVoices.ts).
  const toolVoices = hasToolVoices(text);
  const readLabel = (paragraph: string) =>
    turnLabel(paragraph) ??
    risingLabel(paragraph, surnames, isRole) ??
    repeated?.(paragraph) ??
    marked?.(paragraph) ??
    clocked?.(paragraph) ??
    shaped?.(paragraph);
  // A record that numbers its lines sets each label after the line's number (lineNumbers.ts).
  const numbered = isLineNumbered(text);
  const afterNumber = afterLineNumber(readLabel);
  const capitals = capitalsRecord(text, paragraphs, (p) => (castHeader(p) ? undefined : readLabel(p)));
  const labelOf = (paragraph: string) => {
    const read = (numbered ? afterNumber(paragraph) : undefined) ?? readLabel(paragraph);
    const label = read?.capitalsOnly && !capitals() ? undefined : read;
    const said = label && (label.said ?? label.full.replace(/:?\s*$/, '')).trim();
    return said && !toolVoices && NUMBERED_VOICE.test(said) ? undefined : label;
  };
  const first = paragraphs[0]?.[0];
  // Where each turn's first paragraph of words ends.
  const firstEnd = new Map<Turn, number>();
  let ruled = false;
  let headingEnd = 0;
  // The turn a heading-shaped paragraph last ran on, and where its words ended before it.
  let titled: { turn: Turn; end: number } | undefined;
  const blocks = paragraphs.flatMap((p) => labelledBlocks(text, p, labelOf));
  for (const [k, [start, end]] of blocks.entries()) {
    const written = text.slice(start, end);
    // A numbered record's lines are read for what they are without their numbers.
    const paragraph = numbered ? withoutLineNumber(written) : written;
    // "P R O C E E D I N G S": what a court reporter's record sets above it (the caption, the date,
    // the time, the place, the appearances) is its front page; the first turn comes after it.
    if (PROCEEDINGS.test(paragraph)) {
      turns.length = 0;
      open = undefined;
      continue;
    }
    // Under a rule the speaker goes on in sentences; a page's footer ("Comments (14) · Share") does not.
    const footerUnderRule = ruled && !ENDS_SENTENCE.test(paragraph);
    ruled = isRule(paragraph);
    // A written answer's heading may span this paragraph and the two after it (writtenAnswers.ts).
    if (start < headingEnd) continue;
    const opens = text.charCodeAt(start); // "A"nswer or "R"eply: most paragraphs fail here, before any slice.
    const heading =
      opens === 65 || opens === 82 ? writtenAnswerLabel(text.slice(start, start + 400)) : undefined;
    if (heading) headingEnd = start + heading.full.length;
    // A head's "Anchor: Lena Berg" says nothing (castHeaders.ts); after the first turn the same
    // shape is a turn ("Anchor: Thank You Minister Dahl" in a record without stops).
    const read =
      (start === first && titleLine(paragraph)) || (turns.length === 0 && castHeader(paragraph))
        ? undefined
        : (heading ??
          labelOf(written) ??
          (turns.length === 0 ? chairOpening(text, paragraph, blocks[k + 1], recordVoice) : undefined));
    // "Mr Holm (Greens):" over "Chair. The minister writes …": a member opens by addressing the chair,
    // and a bare office under a label still waiting for its words is those words, no new turn.
    const label =
      read?.bareOffice && open && text.slice(open.body[0], open.body[1]).trim() === '' ? undefined : read;
    const m =
      label && turns.length === 0 && LIST_HEADER.test(label.full.replace(/:?\s*$/, '').trim())
        ? undefined
        : (label ?? (turns.length > 0 ? statementHeading(paragraph) : undefined));
    if (m) {
      const written = m.said ?? m.full.replace(/:?\s*$/, '');
      // "Q: [Reuters] Will …": the label (turnLabel) takes the outlet set after the colon with it.
      // "Name: [00:00:03] Thank you.": the recording's clock after the label is nobody's words.
      const from =
        start + m.full.length + (OPENING_STAMP.exec(text.slice(start + m.full.length, end))?.[0].length ?? 0);
      // 'Ada Lind: "Nobody owns the annex"': a headline's quotation, the words inside the marks,
      // and no turn the paragraphs under it (a standfirst) run on.
      const headline = HEADLINE_QUOTATION.exec(text.slice(from, end));
      // A heading between two turns ("Fishing Communities Fund" over the next question) is the next item's title.
      if (titled) titled.turn.body = [titled.turn.body[0], titled.end];
      titled = undefined;
      // "What steps …? [905123]": the question's number on the order paper is nobody's words.
      const referenced = QUESTION_REFERENCE.exec(text.slice(from, end));
      const wordsEnd = referenced ? end - referenced[0].length + 1 : end;
      open = {
        // A label in bold is said without its marks ("**Question:**" is "Question").
        label: written.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '').replace(/:$/, ''),
        labelSpan: [
          start + Math.max(0, m.full.indexOf(written)),
          start + Math.max(0, m.full.indexOf(written)) + written.length,
        ],
        body: headline ? [from + 1, from + 1 + headline[1]!.length] : [from, Math.max(from, wordsEnd)],
        question: m.question,
        ...(m.name ? { name: m.name } : {}),
        ...(m.aside ? { aside: m.aside } : {}),
        ...(m.delegation ? { delegation: true } : {}),
        ...(m.answer ? { answer: true } : {}),
        ...(m.chamber ? { chamber: true } : {}),
      };
      turns.push(open);
      if (text.slice(open.body[0], open.body[1]).trim() !== '') firstEnd.set(open, open.body[1]);
      if (headline) open = undefined;
    } else if (open && CUT_AWAY.test(paragraph)) {
      open = undefined;
    } else if (
      open &&
      !closesRecord(paragraph) &&
      (TIME_STAMP.test(paragraph) ||
        isToolNotice(paragraph) ||
        isPageMark(paragraph) ||
        (numbered && isUnspokenLine(written)) ||
        isRule(paragraph) ||
        RECORD_NOTE.test(paragraph) ||
        (STAGE_DIRECTION.test(paragraph) && !isInsertion(paragraph) && !recordVoice(paragraph.slice(1))))
    ) {
      // Left out of the turn unless the speaker's words go on after it.
    } else if (
      open &&
      !footerUnderRule &&
      !closesRecord(paragraph) &&
      !recordVoice(paragraph) &&
      !STAGE_DIRECTION.test(paragraph) &&
      !isCapitalHeading(paragraph) &&
      !isSectionHeading(paragraph)
    ) {
      // A label alone in its paragraph: the words start with the next one.
      const said = text.slice(open.body[0], open.body[1]).trim() !== '';
      titled = said && headingShaped(paragraph) ? { turn: open, end: open.body[1] } : undefined;
      open.body = [said ? open.body[0] : start, end];
      if (!said) firstEnd.set(open, end);
    } else {
      open = undefined;
      // After the record's end ("(Concluded)", "[END OF TRANSCRIPT]", "###") no line is a turn: "Subscribe: …" is the page's.
      if (turns.length > 0 && (RECORD_ENDS.test(paragraph) || TRANSCRIBER_NOTE.test(paragraph))) break;
    }
  }
  lastTurnByHabit(text, turns, firstEnd);
  lastTurnBeforeHeading(text, turns, firstEnd);
  // "PANELISTS:" over "NAME, office" lines in the head: the record's list, no turn (headLists.ts).
  const lists = turns.findIndex((t) => !isHeadList(text, t));
  return firstOfStacked(text, afterFirstMarked(text, lists > 0 ? turns.slice(lists) : turns, marked));
}

// A record whose turns each keep to one paragraph closes on lines that are nobody's words, in
// whatever style its house has: the page's footer, the heading of what follows, the record's note
// that the sitting rose or the recording stopped. Its last turn keeps to one paragraph as the others
// did; a record whose turns run on over paragraphs gives no such habit, and its last turn is left whole.
// The speaker may close the record in a paragraph of their own, to the room ("If there are no more
// questions, that concludes today's briefing. Thank you."): still their words, and the last.
const HABIT_TURNS = 3;
const isSignOff = (line: string) =>
  closesToRoom(line) && !RECORD_ENDS.test(line) && !TRANSCRIBER_NOTE.test(line);
function lastTurnByHabit(text: string, turns: Turn[], firstEnd: Map<Turn, number>): void {
  const last = turns.at(-1);
  const end = last && firstEnd.get(last);
  if (!last || end === undefined || end >= last.body[1] || turns.length <= HABIT_TURNS) return;
  const oneParagraph = (t: Turn) => (firstEnd.get(t) ?? t.body[1]) >= t.body[1];
  if (!turns.slice(0, -1).every(oneParagraph)) return;
  const after = text.slice(end, last.body[1]).replace(/^\s+/, '');
  const next = after.slice(0, after.search(/\n|$/));
  const signOff = isSignOff(next) ? end + text.slice(end).indexOf(next) + next.length : end;
  last.body = [last.body[0], signOff];
}

// A line of a heading's shape: a few words opening with a capital, no sentence's stop at its end
// (a bracketed aside aside: "Written answers (Rule 12)", "Press Office of the Ministry").
const HEADING_SHAPE = /^\p{Lu}[^\n]{0,80}$/u;
const SENTENCE_STOP = /[.!?…:;,"”’]\s*$/;
const HEADING_WORDS_MAX = 10;
// The aside alone, then the blanks before it: a pattern opening on blanks would be tried from each
// blank of a long run, and read the rest of the run from each.
const ASIDE_AT_END = /[([][^()[\]\n]{0,40}[)\]]$/;
const headingShaped = (paragraph: string): boolean => {
  const line = paragraph.trim().replace(ASIDE_AT_END, '').trimEnd();
  return (
    HEADING_SHAPE.test(line) && !SENTENCE_STOP.test(line) && line.split(/\s+/).length <= HEADING_WORDS_MAX
  );
};

/**
 * The last turn of a record ends before a paragraph of a heading's shape after its words: what
 * follows the last speaker is the page's (the next section's title, the office that published the
 * record, its footer), in whatever words the house chose. Only the last turn: between two turns the
 * next label ends the words.
 */
function lastTurnBeforeHeading(text: string, turns: Turn[], firstEnd: Map<Turn, number>): void {
  const last = turns.at(-1);
  const from = last && firstEnd.get(last);
  if (!last || from === undefined || from >= last.body[1]) return;
  for (let at = text.indexOf('\n', from); at !== -1 && at < last.body[1]; at = text.indexOf('\n', at + 1)) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next === -1 || next > last.body[1] ? last.body[1] : next);
    if (line.trim() === '' || !headingShaped(line)) continue;
    last.body = [last.body[0], text.slice(0, at).trimEnd().length];
    return;
  }
}

// A member who stands uncalled ("Several hon. Members rose—") is the record's line; Australia's record says
// who shouted, not what: "Opposition members interjecting—".
const ROSE = /^[^\n]{0,80}?\b(?:rose[ \t]*[—–-]+|members?[ \t]+rose\.?)$/i;
// Only names and "members" before it: "I ask the member to stop interjecting." is a speaker's sentence.
const INTERJECTING = /^(?:(?:\p{Lu}[\p{L}'’.-]*|members?)[ \t]+){1,4}interjecting[ \t]*[—–-]*\.?$/u;
// A sitting's record heads each agenda item by its number and the clock it opened at ("3. 15:12
// Second reading of the Budget Act"): the item before has ended. A speaker's sentence opens on no clock.
const AGENDA_ITEM = /^\d{1,2}\.[ \t]+\d{1,2}[:.]\d{2}[ \t]+\p{Lu}[^\n]{0,300}$/u;
const recordVoice = (paragraph: string): boolean =>
  RECORD_VOICE.test(paragraph) ||
  ADJOURNED_THEN.test(paragraph) ||
  AGENDA_ITEM.test(paragraph) ||
  SESSION_CLOSED.test(paragraph) ||
  ROSE.test(paragraph) ||
  INTERJECTING.test(paragraph);

// A page's headline led by its topic: "Fjellby: Press remarks by High Representative Ingrid Solberg
// after the Council" is the title of the record, not a turn of "Fjellby"; nor is a debate's
// "Orsk Water Talks: Negotiations" or a readout's "PM call with President Holm: 4 May 2031",
// whose words after the colon are a heading's, not a speaker's (no stop, every word capitalised).
const titleLine = (paragraph: string): boolean => {
  if (paragraph.includes('\n') || /[.!?…"”’)]\s*$/.test(paragraph)) return false;
  const [topic, rest] = [
    paragraph.slice(0, paragraph.indexOf(':')),
    paragraph.slice(paragraph.indexOf(':') + 1),
  ];
  return titleSpeaker(rest) !== undefined || (topic !== topic.toUpperCase() && HEADING_WORDS.test(rest));
};
// Words stand apart (a space between each): a bare "\s*" let a run of capitals such as
// "AbAbAb…" split eight ways at every letter and backtrack for seconds on one title line.
const HEADING_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|\d{1,4}(?:st|nd|rd|th)?|of|on|and|the|in|for|with|to|at|a|an|by)`;
const HEADING_WORDS = new RegExp(String.raw`^\s*${HEADING_WORD}(?:\s+${HEADING_WORD}){0,7}\s*$`, 'u');
