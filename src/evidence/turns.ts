// Transcript turns: a paragraph opening with a speaker label ("MS. DORN:", "Question:",
// "Envoy Holm:", "T. Rieck:", "CHAIR (Mr. Oberg):", "The representative of Ketheny (Ms. Vashti):")
// starts a turn that runs over the paragraphs after it until the next label. Each turn is one
// quotation of its speaker — procedural ones ("Thank you. The delegation of Belmora.") too.

import { askedAndAnswered } from './askedAndAnswered.ts';
import { briefingSections } from './briefingSections.ts';
import { countryTurn } from './countryLabels.ts';
import { withDashAnswers } from './dashAnswers.ts';
import { type Gazetteer, speakerNamed, titleCase } from './gazetteer.ts';
import { bareName, chairHeader, isRole, type TurnLabel, turnLabel } from './genre.ts';
import { headInitialsName } from './headInitials.ts';
import { headIntroduced } from './headIntroduced.ts';
import { isHeadList, listedHolder } from './headLists.ts';
import { withHostAnswers } from './hostLabels.ts';
import {
  initialsHolder,
  interviewee,
  interviewerOf,
  isInterviewer,
  isInterviewHead,
  mastheadOf,
} from './interviews.ts';
import { afterFirstMarked, markedLabels } from './markedLabels.ts';
import { scanNames } from './names.ts';
import { earlierLabels } from './officeLabels.ts';
import { mentioned, officeHolder, partyWritten } from './offices.ts';
import { openingRemarks } from './openingRemarks.ts';
import { isOutletLabel } from './outlets.ts';
import { listedSurnames, risingLabel, risingSurnames } from './ownLineLabels.ts';
import { isPageTrailer, isRule } from './pageTrailers.ts';
import { extractQuotes } from './quoteClaims.ts';
import { maskQuotes, type QuoteSpan } from './quotes.ts';
import {
  isCapitalHeading,
  isInsertion,
  isPageMark,
  isSectionHeading,
  statementHeading,
} from './recordHeadings.ts';
import { recurringLabels } from './recurringLabels.ts';
import { introducesAsker } from './selfIntroducedAskers.ts';
import { type ShapedLabelReader, shapedLabels } from './shapedLabels.ts';
import type { SpeakerContext } from './speakers.ts';
import { titleSpeaker } from './speeches.ts';
import { spokenPart } from './stageDirections.ts';
import { TRANSCRIBER_NOTE } from './transcriberNotes.ts';
import type { RosterPerson, Span, Speaker, SuggestedClaim } from './types.ts';

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
// The White House closes a transcript with the time: "END 12:58 P.M. EST".
// A page's link to its recording closes it too ("Link to the video: …").
// A ministry's transcript closes on a note: "(Concluded)", "[END OF TRANSCRIPT]"; a transcription
// tool on its own (transcriberNotes.ts).
const END_OF_RECORD =
  /^(?:###|end|ends|[[(](?:concluded|ends?|end of (?:the )?(?:transcript|briefing|record|press conference|broadcast))[\])]\.?|link to (?:the )?video\b.*|watch the video\b.*|\(end\)|-\s?30\s?-|\*\s?\*\s?\*|source:.*|(?:press|media) contacts?\b.*|end\s+\d{1,2}[:.]\d{2}\b.{0,20})$/i;
// The notes that end a record for good; a rule ("* * *") may part its sections, a source line its quotations.
const RECORD_ENDS =
  /^(?:###|end|ends|[[(](?:concluded|ends?|end of (?:the )?(?:transcript|briefing|record|press conference|broadcast))[\])]\.?|-\s?30\s?-|end\s+\d{1,2}[:.]\d{2}\b.{0,20})$/i;
// The record's own voice between turns. A stage direction in brackets ("(The two leaders sign
// the Accord.)", "(Applause.)") is nobody's words, though the speaker may go on after it. The
// procedural lines of a verbatim record ("It was so decided.", "The meeting rose at 11.40 a.m.")
// report what the meeting did: the turn before them has ended. A parliament's record has its
// own ("Question put.", "The House divided: Ayes 112, Noes 61.", "Bill accordingly read a second
// time.", "The Assembly adjourned at four o'clock.", a committee's "Adjourned at 11:42 a.m.", an
// estimates hearing's "Proceedings suspended from 11:19 to 11:31"), and a vote's tally a side a line ("Ayes: 212",
// "Against: None").
// A recording's transcript may set the time before it ("[00:41:02] [Music]").
const STAGE_DIRECTION = /^(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?(?:\([^()]*\)|\[[^[\]]*\])\.?$/;
const RECORD_VOICE =
  /^(?:(?:whereupon|it was so (?:decided|agreed|ordered)|the (?:meeting|session|sitting|hearing|house|assembly|chamber|senate|committee) (?:rose|adjourned|divided|ended|closed|resumed|proceeded to a division|was (?:adjourned|suspended|resumed|closed|called to order))|(?:(?:proceedings|sitting)\s+)?(?:adjourned|suspended|closed|resumed) (?:at|from) \d{1,2}[:.]\d{2}|(?:a|the) (?:recorded )?vote was taken|question put|(?:the )?(?:bill|motion|amendment|clause)\b[^.]{0,40}\b(?:accordingly|was (?:accordingly )?(?:read|passed|agreed|carried|negatived|withdrawn))|the (?:draft )?(?:resolution|decision|agenda|report)\b[^.]{0,80}\bwas adopted)\b|(?:in favour|against|abstaining|abstentions?|ayes|noes|yeas|nays|not voting)\s*:)/i;

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
    if (labelOf(text.slice(nl + 1, lineEnd === -1 || lineEnd > end ? end : lineEnd)) === undefined) continue;
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
const OPENING_STAMP = /^[ \t]*[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?[ \t]+(?=\S)/;

// A header line listing who takes part ("Speakers: Government spokesperson Pavel Surin; Anna
// Holt (Foreign Office)", "Participants: …", "Present: …") before the first turn: the record's
// list, nobody's words.
const LIST_HEADER = /^(?:speakers|participants|panell?ists|attendees|present|in attendance|guests)$/i;

/** The turns of a transcript, in order; paragraphs before the first label belong to none. */
export function findTurns(text: string, paragraphs: Span[], read?: ShapedLabelReader | null): Turn[] {
  const turns: Turn[] = [];
  let open: Turn | undefined;
  // Hansard names one who rises again alone on a line: a name its labels gave before, or its head's list.
  const surnames = new Set([...risingSurnames(text, bareName), ...listedSurnames(text, bareName)]);
  const repeated = recurringLabels(text);
  const marked = markedLabels(text.split('\n'));
  // Last, the labels of a style no reader names, known by their lines' shape and repetition alone
  // (read once a document: `read` is the reader the caller has, null if the document gives none).
  const shaped = read === undefined ? shapedLabels(text) : read;
  const labelOf = (paragraph: string) =>
    turnLabel(paragraph) ??
    risingLabel(paragraph, surnames, isRole) ??
    repeated?.(paragraph) ??
    marked?.(paragraph) ??
    shaped?.(paragraph);
  const first = paragraphs[0]?.[0];
  // Where each turn's first paragraph of words ends.
  const firstEnd = new Map<Turn, number>();
  let ruled = false;
  for (const [start, end] of paragraphs.flatMap((p) => labelledBlocks(text, p, labelOf))) {
    const paragraph = text.slice(start, end);
    // Under a rule the speaker goes on in sentences; a page's footer ("Comments (14) · Share") does not.
    const footerUnderRule = ruled && !ENDS_SENTENCE.test(paragraph);
    ruled = isRule(paragraph);
    const label = start === first && titleLine(paragraph) ? undefined : labelOf(paragraph);
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
      open = {
        // A label in bold is said without its marks ("**Question:**" is "Question").
        label: written.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '').replace(/:$/, ''),
        labelSpan: [
          start + Math.max(0, m.full.indexOf(written)),
          start + Math.max(0, m.full.indexOf(written)) + written.length,
        ],
        body: headline ? [from + 1, from + 1 + headline[1]!.length] : [from, end],
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
        isPageMark(paragraph) ||
        isRule(paragraph) ||
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
      open.body = [said ? open.body[0] : start, end];
      if (!said) firstEnd.set(open, end);
    } else {
      open = undefined;
      // After the record's end ("(Concluded)", "[END OF TRANSCRIPT]", "###") no line is a turn: "Subscribe: …" is the page's.
      if (turns.length > 0 && (RECORD_ENDS.test(paragraph) || TRANSCRIBER_NOTE.test(paragraph))) break;
    }
  }
  lastTurnByHabit(turns, firstEnd);
  lastTurnBeforeHeading(text, turns, firstEnd);
  // "PANELISTS:" over "NAME, office" lines in the head: the record's list, no turn (headLists.ts).
  const lists = turns.findIndex((t) => !isHeadList(text, t));
  return afterFirstMarked(text, lists > 0 ? turns.slice(lists) : turns, marked);
}

// A record whose turns each keep to one paragraph closes on lines that are nobody's words, in
// whatever style its house has: the page's footer, the heading of what follows, the record's note
// that the sitting rose or the recording stopped. Its last turn keeps to one paragraph as the others
// did; a record whose turns run on over paragraphs gives no such habit, and its last turn is left whole.
const HABIT_TURNS = 3;
function lastTurnByHabit(turns: Turn[], firstEnd: Map<Turn, number>): void {
  const last = turns.at(-1);
  const end = last && firstEnd.get(last);
  if (!last || end === undefined || end >= last.body[1] || turns.length <= HABIT_TURNS) return;
  const oneParagraph = (t: Turn) => (firstEnd.get(t) ?? t.body[1]) >= t.body[1];
  if (turns.slice(0, -1).every(oneParagraph)) last.body = [last.body[0], end];
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

// A member who stands uncalled ("Several hon. Members rose—", "Sir Peter Ambler rose—") is the record's line.
// Australia's and New Zealand's record says who shouted, not what: "Opposition members interjecting—".
const ROSE = /^[^\n]{0,80}?\b(?:rose[ \t]*[—–-]+|members?[ \t]+rose\.?)$/i;
// Only names and "members" before it: "I ask the member to stop interjecting." is a speaker's sentence.
const INTERJECTING = /^(?:(?:\p{Lu}[\p{L}'’.-]*|members?)[ \t]+){1,4}interjecting[ \t]*[—–-]*\.?$/u;
const recordVoice = (paragraph: string): boolean =>
  RECORD_VOICE.test(paragraph) ||
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

const PERSON_ASIDE = /^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+$/u;
// Another language's presiding office ("Presidenten", the Norwegian "the President"; the Finnish "Puhemies").
const CHAIR_ROLES =
  /^(?:chair|chairman|chairwoman|chairperson|co-chair|president|presiding|speaker|presidenten|presidentti|puhemies)$/;
// UN-style verbatim records (S/PV, A/PV) write "The President:" at every turn of the organ's
// presidency, which rotates among members: the header names its holder once, by surname and
// member state, and the record keeps the office as the voice ("I shall now make a statement in
// my capacity as the representative of …" marks the holder's own country speaking). A parliament's
// Speaker is such an office too, addressed "Mr Speaker" or "Madam Speaker" and written "THE SPEAKER".
const PRESIDENCY = /^(?:president|speaker)$/;
/**
 * A presiding office as the record's voice, as the label writes it: "The PRESIDENT" is "The
 * President", a parliament's "President. –" is "President", "Mr Speaker" stays "Mr Speaker" (the
 * corpus's law: a speaker off the roster is the name or office as written).
 */
const presidingOffice = (roles: string[]): string => roles.map(titleCase).join(' ');
// "(Ms Ada Lind, President of the Assembly, in the Chair)", Hansard's "[Mr Per Holm in the Chair]".
const IN_THE_CHAIR = /^[[(]([^,()[\]\n]{2,60}?)(?:,[^()[\]\n]{0,80})?\s+in the Chair[\])]$/;
const CHAIR_MARK = /\((?:Chair|Chairman|Chairwoman|Chairperson|President|Presiding)\)/;

/**
 * The person a record names as its chair, who speaks every "CHAIR:" or "The President:" turn:
 * a header line "Chair: Ambassador Corinna Haldane (Tessaly)", or the entry marked "(Chair)" in
 * the list of those present ("Mr. Tobias Wyck, Special Envoy of Aurenne (Chair)"). Only the
 * head of the record, before its first turn, is read.
 */
export function recordChair(head: string): string | undefined {
  for (const line of head.split('\n')) {
    const header = chairHeader(line.trim()) ?? IN_THE_CHAIR.exec(line.trim())?.[1];
    if (header) return bareName(header) || undefined;
    const mark = CHAIR_MARK.exec(line);
    if (!mark) continue;
    // "For the Mediator: Mr. Tobias Wyck, Special Envoy …": the name sits between the colon and the comma.
    const entry = line.slice(line.lastIndexOf(':', mark.index) + 1, mark.index).split(',')[0]!;
    const name = bareName(entry);
    if (name) return name;
  }
  return undefined;
}

export interface TurnContext {
  gazetteer: Gazetteer;
  /** The interviewer the head names ("Interview by Radomir Vess"), whose turns are questions. */
  interviewer?: string;
  /** A press conference: a label naming an outlet ("CCTV:") is a journalist's question. */
  pressConference?: boolean;
  /** A published interview: a label naming an outlet, or its own masthead, asks. */
  interview?: boolean;
  /** The masthead in capitals the head opens with ("THE FJELLBY COURIER"). */
  masthead?: string;
  text: string;
  /** The chair the record names, as written without titles. */
  chair?: string;
  /** The record's head, before its first turn. */
  head?: string;
  /** The person an interview's head names, who speaks its answers. */
  interviewee?: Speaker;
}

// An office the head introduces before a name: "Press conference of the Minister for Foreign
// Affairs, Ms Ada Lind, and …". A label with that office alone ("THE MINISTER:") is that person.
// Another title just before the office makes it another office ("Prime Minister", "Deputy Minister").
const OTHER_OFFICE = /(?:prime|deputy|vice|junior|acting|first|state)\s+$/i;

// Office words only ("for the Secretary-General", "to the President"): "of Norland Ingrid Solberg" names the holder.
const OFFICE_COMPLEMENT =
  /^\s+(?:for|of|to)\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?![\p{L}'’-])/u;

/** The roster person the head names right after `office` (up to the next clause). */
function headHolder(office: string, ctx: TurnContext): Speaker | undefined {
  const head = ctx.head;
  if (!head || office.length < 4) return undefined;
  const lower = head.toLowerCase();
  for (let at = lower.indexOf(office); at !== -1; at = lower.indexOf(office, at + 1)) {
    const before = lower.slice(Math.max(0, at - 12), at);
    if (/\p{L}$/u.test(before) || OTHER_OFFICE.test(before)) continue;
    const clause = head
      .slice(at + office.length, at + office.length + 90)
      .split(/\s+and\s+|[;\n]|\.\s/i)[0]!
      // "Spokesman for the Secretary-General": the office's complement names another office, not its holder.
      .replace(OFFICE_COMPLEMENT, (all, words: string) => (words.split(/\s+/).every(isRole) ? '' : all));
    // A White House title is set in capitals ("PRESS GAGGLE BY PRESIDENT BIRCH"): read as a name is written.
    const after = /\p{Ll}/u.test(clause) ? clause : clause.replace(/\p{Lu}[\p{Lu}'’-]+/gu, titleCase);
    const hit = scanNames(after, ctx.gazetteer, () => false).find((h) => h.kind === 'person' && h.id);
    if (hit) return speakerNamed(hit.name, ctx.gazetteer);
  }
  return undefined;
}

/** The speaker of a label that names only a role ("CHAIR", "THE SECRETARY-GENERAL"). */
function roleSpeaker(roles: string[], ctx: TurnContext): Speaker | undefined {
  const written = roles
    .map((w) => w.toLowerCase())
    .filter((w) => !/^(?:the|mr\.?|mrs\.?|ms\.?|madam|h\.e\.)$/.test(w))
    .join(' ');
  // "Spokesperson for the Secretary-General", "Chief of Staff to the President": the office serves
  // another, whose holder is not its own.
  const office = SERVING.exec(written)?.[1] ?? written;
  if (ctx.chair && roles.some((w) => CHAIR_ROLES.test(w.toLowerCase()))) {
    const chair = speakerNamed(ctx.chair, ctx.gazetteer);
    if (chair?.personId) return chair;
    // A presidency held by no one on the roster speaks as the office the record writes.
    if (roles.some((w) => PRESIDENCY.test(w.toLowerCase())))
      return { name: presidingOffice(roles), via: 'title' };
    return chair ?? { name: ctx.chair, via: 'title' };
  }
  const listed = ctx.head ? listedHolder(office, ctx.head) : undefined;
  const introduced =
    headHolder(office, ctx) ??
    (listed ? (speakerNamed(listed, ctx.gazetteer) ?? { name: listed, via: 'name' }) : undefined);
  if (introduced) return introduced;
  // A holder the roster does not know, named by the head beside the office (or beside another
  // word for it: the head's "Spokesperson" speaks the "Spokesman:" turns).
  const head = ctx.head;
  const named = head
    ? officeWords(office).reduce<string | undefined>(
        (n, o) => n ?? headIntroduced(o, head, bareName),
        undefined,
      )
    : undefined;
  if (named) return speakerNamed(named, ctx.gazetteer) ?? { name: named, via: 'title' };
  // "SPOKESPERSON:" is the "Foreign Ministry spokesperson" of the roster when only one office holds
  // the word; an office every body has only when the record is that person's or that party's:
  // another government's page or the UN's briefing has a spokesman of its own.
  const holder = office === '' ? undefined : officeHolder(office, ctx.gazetteer, ctx.text, [], true);
  if (holder && (!GENERIC_OFFICE.test(office) || ownRecord(holder, ctx)))
    return speakerNamed(holder.name, ctx.gazetteer);
  // A parliament's Speaker nobody names: the office is the voice.
  return roles.some((w) => /^speaker$/i.test(w)) ? { name: presidingOffice(roles), via: 'title' } : undefined;
}

const SERVING =
  /^(.+?)\s+(?:for|to)\s+(?:secretary-general|secretary general|president|prime minister|chancellor|king|queen|emir|high representative)$/;
const SPOKES = /^spokes(?:person|man|woman)$/;
// Offices every government and body has: a label with one alone may be anyone's. Every committee,
// forum and panel has its chair: the roster's chair of one body chairs no other's hearing.
const GENERIC_OFFICE =
  /^(?:spokes(?:person|man|woman)|minister|press secretary|secretary|ambassador|chair(?:man|woman|person)?|moderator)$/;
/** An office and the other words for it: spokesperson, spokesman and spokeswoman are one office. */
const SPOKES_IN = /\bspokes(?:person|man|woman)\b/;
const officeWords = (office: string): string[] =>
  SPOKES_IN.test(office)
    ? [
        office,
        ...['spokesperson', 'spokesman', 'spokeswoman']
          .map((word) => office.replace(SPOKES_IN, word))
          .filter((o) => o !== office),
      ]
    : [office];

/** Whether a record is a roster person's own: it writes the surname, or its head names the person's party. */
function ownRecord(person: RosterPerson, ctx: TurnContext): boolean {
  if (mentioned(ctx.text, person.name.split(/\s+/).at(-1)!)) return true;
  return partyWritten(person, ctx.gazetteer, ctx.head || ctx.text.slice(0, 600));
}

// An interview's unnamed asker: "Interviewer:", "INTERVIEWER:".
const INTERVIEWER = /^(?:the\s+)?interviewer$/i;

/**
 * Who speaks a turn: the person in the aside, a delegation's representative kept as said, the
 * record's chair or an office's holder for a label that is only a role, else the name in the
 * label resolved against the roster; a role nobody holds keeps the speaker it had last time.
 * The label is kept as said.
 */
export function turnSpeaker(turn: Turn, ctx: TurnContext, earlier: Map<string, Speaker>): Speaker {
  const said = turn.label;
  const { gazetteer } = ctx;
  const country = turn.question ? undefined : countryTurn(turn.name ?? said, gazetteer);
  if (country) return { ...country, said };
  if (
    turn.question ||
    isInterviewer(said, ctx.interviewer) ||
    INTERVIEWER.test(said) ||
    askingOutlet(said, ctx) ||
    askingOutlet(turn.aside ?? '', ctx) ||
    (ctx.pressConference === true && introducesAsker(turn.name ?? said, ctx.text.slice(...turn.body)))
  )
    return { name: 'journalist', via: 'description', said };
  if (turn.answer) return { ...(ctx.interviewee ?? { name: 'Answer', via: 'title' }), said };
  // "SG:", "PM:": the office the initials stand for, when the roster or the head names its holder;
  // else the label as written.
  const expanded = ABBREVIATED[turn.name ?? ''];
  if (expanded) {
    const holder = turnSpeaker({ ...turn, name: expanded }, ctx, earlier);
    if (holder.personId || holder.name.toLowerCase() !== expanded.toLowerCase()) return holder;
  }
  const aside = turn.aside ? speakerNamed(bareName(turn.aside), gazetteer) : undefined;
  if (aside?.personId) return { ...aside, via: 'name', said };
  if (turn.delegation) {
    // No person named: the delegation's voice, as the record names it ("the representative of Belmora").
    const party = speakerNamed(turn.name ?? '', gazetteer);
    const name = said.replace(/\s*\(.*$/, '');
    return { name, ...(party?.partyId ? { partyId: party.partyId } : {}), via: 'description', said };
  }
  // "V.Putin" as "V. Putin": Russian-style records join the initial to the surname.
  const words = (turn.name ?? '')
    .replace(/(\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu, '$1 ')
    .split(/\s+/)
    .filter(Boolean)
    .filter((w, i, all) => !bodyInitials(w, i, all, turn.name ?? ''));
  // "President of Ketheny Samir Olenko", "Minister for Foreign Affairs of Norland Ingrid Solberg",
  // "Aide to the President Yuri Lamsky": the word after "of", "for" or "to" is the office's, not the name's.
  const OF = /^(?:of|for|to)$/i;
  const afterOf = (i: number) =>
    OF.test(words[i - 1] ?? '') || (/^the$/i.test(words[i - 1] ?? '') && OF.test(words[i - 2] ?? ''));
  const bare = words.filter((w, i) => !isRole(w) && !OF.test(w) && !afterOf(i)).join(' ');
  // Initials stand for a name ("T.H.:", and in a paper's interview "TM:" for Taras Melnyk).
  const roleOnly = bare === '' || /^(?:\p{Lu}\.\s*)+$/u.test(bare) || /^\p{Lu}{2,3}$/u.test(turn.name ?? '');
  const key = words.join(' ').toLowerCase();
  const ofParty = roleOnly || turn.aside ? undefined : partyOfficeSpeaker(words, ctx);
  if (ofParty) {
    earlier.set(key, { ...ofParty, said });
    return { ...ofParty, said };
  }
  const presiding = turn.chamber && words.some((w) => PRESIDENCY.test(w.toLowerCase()));
  const found = roleOnly
    ? (aliasHolder(said, gazetteer) ??
      (presiding
        ? { name: presidingOffice(words), via: 'title' as const }
        : (roleSpeaker(words, ctx) ??
          initialsHolder(bare, ctx.gazetteer, ctx.text) ??
          earlier.get(key) ??
          headInitialsName(turn.name ?? '', ctx.head ?? ''))))
    : // A label the roster gives as someone's alias ("The Provost") is that person, though its word is no role.
      (aliasHolder(said, gazetteer) ?? speakerNamed(bare, gazetteer));
  // "MODERATOR (Mr Per Holm):", Hansard's "The Secretary of State for Defence (Mr Ian Roe):": an
  // office whose aside is a person's name outside the roster is that person.
  // What is left of such an office is no name: "for Defence" ("DEPUTY ROSA INGRAM (Civic Front)" keeps hers).
  const office =
    roleOnly ||
    (words[0] !== undefined &&
      isRole(words[0]) &&
      (/(?:^|\s)\p{Ll}/u.test(bare) || words.some((w) => OF.test(w))));
  const asideBare = office && !found && turn.aside ? bareName(turn.aside) : '';
  const asideName = PERSON_ASIDE.test(asideBare) ? asideBare : undefined;
  const speaker: Speaker = found
    ? { ...found, via: roleOnly ? 'title' : 'name', said }
    : asideName
      ? { name: asideName, via: 'name', said }
      : {
          name: (roleOnly ? words : bare.split(/\s+/)).map(titleCase).join(' ') || said,
          ...(aside?.partyId ? { partyId: aside.partyId } : {}),
          via: roleOnly ? 'title' : 'name',
          said,
        };
  earlier.set(key, speaker);
  return speaker;
}

/**
 * The person whose roster aliases hold a label exactly as written ("CHAIR:", "The Moderator:", a
 * college's "The Provost"): the user who wrote the alias has said who holds the role in their
 * negotiation, which no office of the roster read for the word could say as surely.
 */
function aliasHolder(label: string, gazetteer: Gazetteer): Speaker | undefined {
  const entry = gazetteer.aliases.get(label) ?? gazetteer.aliases.get(label.replace(/^The\s/, 'the '));
  return entry?.type === 'person' ? speakerNamed(entry.person.name, gazetteer) : undefined;
}

/**
 * An office written after its body's name ("Keystone Secretary General:", "Norland Foreign Minister:",
 * "Union High Representative:"): the holder the head or the roster names, of that party or of none.
 * The party alone is no speaker of it, nor another party's holder of the office.
 */
function partyOfficeSpeaker(words: string[], ctx: TurnContext): Speaker | undefined {
  if (words.length < 2 || words.length > 6 || !isRole(words.at(-1)!)) return undefined;
  for (let cut = Math.min(3, words.length - 1); cut >= 1; cut--) {
    const party = partyNamed(words.slice(0, cut).join(' '), ctx.gazetteer);
    if (!party) continue;
    const office = words.slice(cut);
    if (!office.every((w) => /^\p{Lu}/u.test(w))) return undefined;
    const holder = roleSpeaker(office, ctx);
    if (!holder || (holder.partyId !== undefined && holder.partyId !== party)) return undefined;
    return holder;
  }
  return undefined;
}

/** The party a name is, exactly (a person's name or the party's last word will not do). */
function partyNamed(name: string, gazetteer: Gazetteer): string | undefined {
  const found = speakerNamed(name, gazetteer);
  return found?.partyId &&
    !found.personId &&
    name.toLowerCase().includes(found.name.replace(/^the /i, '').toLowerCase().split(/\s+/)[0]!)
    ? found.partyId
    : undefined;
}

// "SATO Secretary General", "DG Mendes", "IAEA Director General Rafael Mendes": in a label written
// in mixed case a word in capitals before another is a body's or an office's initials, not a name.
// A surname in capitals comes last ("Ms SOLBERG", "Mr HOLM (Fjellby North)").
const INITIALS_WORD = /^\p{Lu}{2,5}$/u;
const bodyInitials = (word: string, i: number, all: string[], label: string): boolean =>
  i < all.length - 1 && INITIALS_WORD.test(word) && /\p{Ll}/u.test(label);

// Offices a record labels by their initials: the UN's "SG:", a prime minister's "PM:".
const ABBREVIATED: Record<string, string> = {
  SG: 'Secretary-General',
  DSG: 'Deputy Secretary-General',
  PM: 'Prime Minister',
  FM: 'Foreign Minister',
};

/**
 * A press conference's label naming an outlet, not anyone on the roster ("CCTV:", "China Daily:"),
 * or a journalist's name with the outlet aside ("ANNA BERG (Fjord Herald):").
 */
const askingOutlet = (said: string, ctx: TurnContext): boolean =>
  (ctx.pressConference === true || ctx.interview === true) &&
  (isOutletLabel(said, isRole) || inMasthead(said, ctx.masthead)) &&
  speakerNamed(said, ctx.gazetteer) === undefined &&
  initialsHolder(said, ctx.gazetteer, ctx.text) === undefined &&
  headInitialsName(said, ctx.head ?? '') === undefined;

/** "Fjellby Courier:" under the masthead "THE FJELLBY COURIER": the publication's own label. */
const inMasthead = (said: string, masthead: string | undefined): boolean =>
  masthead !== undefined && said.length >= 3 && ` ${masthead} `.includes(` ${said.toUpperCase()} `);

/**
 * A record names a speaker in full at first and by the surname after ("CASS WENDOVER:", then
 * "WENDOVER:"): a surname alone the roster does not know is the one an earlier label named in full.
 */
function sameAsEarlier(speaker: Speaker, earlier: Speaker[]): Speaker {
  // "Members:" is the House, not the last word of "Some hon. members".
  if (speaker.personId || speaker.via !== 'name' || /\s|^members?$/i.test(speaker.name)) return speaker;
  const surname = speaker.name.toLowerCase();
  const full = earlier.find(
    (s) =>
      !s.personId &&
      s.via === 'name' &&
      s.name.toLowerCase().split(/\s+/).at(-1) === surname &&
      /\s/.test(s.name),
  );
  return full ? { ...full, ...(speaker.said ? { said: speaker.said } : {}) } : speaker;
}

/**
 * The full names a record's head gives its speakers: the title's ("Press Briefing by Press Secretary
 * Jane Ellery") and its list's ("Speakers: Deputy Government Spokesperson Lena Vogt; Anna Kraus
 * (Federal Foreign Office)"). A label that gives the surname alone ("MS. ELLERY:", "Vogt:") is that person.
 */
function headNames(head: string): Speaker[] {
  const title = titleSpeaker(head);
  const listed = head.split('\n').flatMap((line) => {
    const colon = line.indexOf(':');
    return colon > 0 && LIST_HEADER.test(line.slice(0, colon).trim())
      ? line.slice(colon + 1).split(/[;,]/)
      : [];
  });
  return [...(title ? [title] : []), ...listed]
    .map((said) => bareName(said).split(/\s+/).filter(Boolean).map(titleCase).join(' '))
    .filter((name) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}$/u.test(name))
    .map((name) => ({ name, via: 'name' as const }));
}

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
  const chair = recordChair(head);
  const interviewer = interviewerOf(head);
  const masthead = mastheadOf(head);
  const ctx: TurnContext = {
    gazetteer,
    text,
    head,
    ...(interviewer ? { interviewer } : {}),
    pressConference,
    interview: isInterviewHead(head) || askedAndAnswered(labelledTurns, text),
    ...(masthead ? { masthead } : {}),
    ...(chair ? { chair } : {}),
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
  return [...opening, ...answered].flatMap((turn) => {
    const own = sameAsEarlier(turn.speaker ?? turnSpeaker(turn, ctx, earlier), named);
    const speaker = own.via === 'title' && !own.personId ? (labelled.holder(turn.label) ?? own) : own;
    named.push(speaker);
    labelled.note(turn.label, speaker);
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
