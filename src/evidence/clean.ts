// Cleaning: from scraped text to the clean text every extraction points into. Repairs
// mojibake, lifts metadata (front matter, datelines, bylines, headline), drops navigation,
// captions, embeds and repeated paragraphs, and normalises whitespace and quotes.
// Over 400 lines because the one pass over paragraphs and the state its steps share live
// here; each step's own reading (datelines, posts, labels, day headings) is in its own module.

import { bylineAuthor, classifyLine, looksLikeTitle, moreFromOutlet } from './boilerplate.ts';
import { turnLabel } from './genre.ts';
import { isHandleStampLine } from './handleThreads.ts';
import { fieldsDate, signOffDate } from './headerFields.ts';
import {
  exportLineDate,
  isDateField,
  issueLineDate,
  issuesMinutesOf,
  marksPeriodical,
  receiptLine,
} from './issueStamps.ts';
import {
  barredLine,
  findIsoDate,
  isDatedHeadline,
  isDateline,
  namesDocumentKind,
  slashedDate,
  splitFrontMatter,
} from './meta.ts';
import { repairMojibakeCounted } from './mojibake.ts';
import { readsMonthFirst, writesMonthFirst } from './monthOrder.ts';
import { normalizeParagraph, splitParagraphs } from './normalize.ts';
import { isNameAlone } from './ownLineLabels.ts';
import {
  dayHeading,
  feedDay,
  newestPartDay,
  opensWithChatStamp,
  type PartDay,
  partDays,
} from './partDays.ts';
import { isCapture, postAgeDate } from './postAge.ts';
import { isCountsLine, isPostHeader } from './posts.ts';
import {
  bylineDate,
  closingDate,
  DATE_CONFIDENCE,
  type DateSource,
  datelineDate,
  loneDay,
  lonePostDay,
  monthDayStamp,
  newestDate,
  platformStampDate,
  postStampDate,
  spokenOpeningDay,
  todayNamed,
  todayOpening,
  URL_LINE,
  urlDate,
  weekdayDateline,
  wireDateline,
} from './published.ts';
import { receivedDay } from './receivedYear.ts';
import { isCommentFrame } from './replyComments.ts';
import { isStaffAuthorLine } from './stampedComments.ts';
import type { CleanedDocument, DocumentMeta, Removed } from './types.ts';
import { setWireDatelineApart } from './wireLede.ts';

const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+/i;
// How far down the page a headline, byline or dateline may sit and still be the header.
const HEADER_LINES = 8;

interface State {
  meta: DocumentMeta;
  /** The whole body, for what one line cannot settle (the order of a date in figures). */
  body: string;
  /** Official genres keep their headline in the text: it names the event ("Telephone conversation with ..."). */
  keepTitle: boolean;
  /** The day the document was received (`YYYY-MM-DD`), if known: the year of a dateline without one. */
  received: string | undefined;
  /** A social post: a month-day stamp in its head is its day. */
  social: boolean;
  removed: Removed[];
  kept: string[];
  /** Headings that are whole days, each with how many paragraphs were kept above it. */
  headings: { at: number; day: string }[];
  seen: Set<string>;
  embedTail: number;
  /** Under a page's "MORE ON THE TOPIC" heading: the titles of its links follow, not the item's text. */
  linkList?: boolean;
  /** The day a headline names, taken only when nothing else dates the page. */
  titleDate?: string;
  /** A wire dateline opened the story: the lines after it are its body, no header's fields. */
  storyOpened?: boolean;
  /** The line before was a receipt stamp's label: a day on this one is the day of receipt. */
  receiptOpen?: boolean;
  /** The day of the head's first issue line ("Date of circulation: …"). */
  issuedDay?: string;
  /** The day the meeting's own "Date:" field gave, which an issue line of its minutes outranks. */
  meetingDay?: string;
}

function drop(state: State, kind: Removed['kind'], text: string): void {
  state.removed.push({ kind, text });
}

function dated(meta: DocumentMeta, date: string | undefined, from: DateSource): void {
  if (meta.date !== undefined || date === undefined) return;
  meta.date = date;
  meta.dateFrom = from;
  meta.dateConfidence = DATE_CONFIDENCE[from];
}

function header(state: State, line: string, index: number): string | undefined {
  const { meta } = state;
  if (index < HEADER_LINES && URL_LINE.test(line)) {
    meta.url ??= line;
    dated(meta, urlDate(line), 'url');
    drop(state, 'header', line);
    return undefined;
  }
  const prefix = DATE_PREFIX.exec(line);
  if (prefix) {
    dated(meta, prefix[1], 'dateline');
    drop(state, 'header', prefix[0].trim());
    return line.slice(prefix[0].length);
  }
  if (isDateline(line)) {
    dated(
      meta,
      findIsoDate(line) ?? slashedDate(line, (a, b) => readsMonthFirst(state.body, a, b)),
      'dateline',
    );
    drop(state, 'header', line);
    return undefined;
  }
  const barred = index < HEADER_LINES ? barredLine(line) : undefined;
  if (barred) {
    dated(
      meta,
      findIsoDate(barred.day) ?? slashedDate(barred.day, (a, b) => readsMonthFirst(state.body, a, b)),
      'dateline',
    );
    // The outlet's own line, not the story's title: the headline comes after it.
    if (barred.masthead) {
      drop(state, 'header', line);
      return undefined;
    }
  }
  // Read only while the page has no day: `dated` keeps the first (the readers are pure).
  if (meta.date === undefined && !state.storyOpened && isDatedHeadline(line))
    dated(
      meta,
      findIsoDate(line) ?? slashedDate(line, (a, b) => readsMonthFirst(state.body, a, b)),
      'dateline',
    );
  if (index < HEADER_LINES && meta.date === undefined && !state.storyOpened)
    dated(
      meta,
      platformStampDate(line, state.received) ??
        (state.social ? monthDayStamp(line, state.received) : undefined),
      'dateline',
    );
  const author = index < HEADER_LINES ? bylineAuthor(line) : undefined;
  if (author) {
    meta.author ??= author;
    drop(state, 'header', line);
    return undefined;
  }
  if (
    meta.title === line ||
    meta.title?.startsWith(`${line} `) ||
    (meta.title === undefined && state.kept.length === 0 && looksLikeTitle(line) && !opensWithChatStamp(line))
  ) {
    meta.title ??= line;
    // "Regular Press Conference on March 28, 2031": an official title's own day, when no dateline
    // gives one. A news headline's day is most often another's ("agree to meet again, 10 March").
    if (namesDocumentKind(line)) state.titleDate ??= newestDate(line);
    if (state.keepTitle) return line;
    drop(state, 'header', line);
    return undefined;
  }
  return line;
}

// A paper's heading over its links to more items, alone on its line. A government page's "Related
// content" lists its own dated items (a readout, a statement), read for their events: kept.
const LINK_LIST_HEADING =
  /^(?:more (?:on|about) (?:the|this) (?:topic|subject|story|issue)|related(?: (?:articles|stories|coverage))?|see also|read also|also read)\s*:?$/i;

const isLabelLine = (line: string): boolean =>
  line.length <= 120 && line.endsWith(':') && turnLabel(line)?.ownLine === true;

function keep(state: State, paragraph: string, index: number): void {
  // A heading that is a whole day goes with the header's datelines, but what stands under it is of that day;
  // a channel's feed heads each day's posts with the day alone, its year the platform's ("May 14").
  const heading = dayHeading(paragraph) ?? (state.social ? loneDay(paragraph, state.received) : undefined);
  if (heading) state.headings.push({ at: state.kept.length, day: heading });
  // A registry's receipt stamp ("RECEIVED" over "26 MAY 2031") gives the day the letter arrived, not
  // the day it was written: set apart before any reader takes it for the dateline.
  const receipt = index < HEADER_LINES * 2 ? receiptLine(paragraph) : undefined;
  if (receipt !== undefined || (state.receiptOpen && isDateline(paragraph))) {
    state.receiptOpen = receipt === 'label';
    drop(state, 'header', paragraph);
    return;
  }
  state.receiptOpen = false;
  const issued = index < HEADER_LINES * 2 ? issueLineDate(paragraph) : undefined;
  if (issued) state.issuedDay ??= issued;
  if (index < HEADER_LINES) dated(state.meta, exportLineDate(paragraph), 'dateline');
  // A stamp among the header's fields, read before a navigation line ("Politics | 20.03.2029") is dropped.
  // Read only while the page has no day: `dated` keeps the first (both readers are pure).
  // A stamp under the story's dateline ("Sent: Monday, 10 March …" of a mail it quotes) is the
  // story's matter, not its day: the dateline, read later, dates it.
  if (index < HEADER_LINES && state.meta.date === undefined && !state.storyOpened && !issued) {
    dated(
      state.meta,
      fieldsDate(paragraph, (a, b) => readsMonthFirst(state.body, a, b)),
      'dateline',
    );
    if (isDateField(paragraph)) state.meetingDay = state.meta.date;
    state.storyOpened = wireDateline(paragraph, state.received) !== undefined;
  }
  // Minutes name the day they were issued beside the day of the meeting: the issue dates the record.
  // It outranks only that "Date:" field, and only when it follows the meeting closely.
  const { issuedDay, meetingDay } = state;
  if (issuedDay && meetingDay && state.meta.date === meetingDay && issuesMinutesOf(issuedDay, meetingDay))
    state.meta.date = issuedDay;
  const kind = classifyLine(paragraph);
  if (kind) {
    const outlet = kind === 'navigation' ? moreFromOutlet(paragraph) : undefined;
    if (outlet) state.meta.outlet ??= outlet;
    // Lines right after an embedded post are the rest of that post, often cut with "…".
    if (kind === 'embed') state.embedTail = 3;
    state.linkList = kind === 'navigation' && LINK_LIST_HEADING.test(paragraph);
    drop(state, kind, paragraph);
    return;
  }
  // "Talks in Fjellby: The peace nobody believes in" under it is a link's title, no speaker's label.
  if (state.linkList && paragraph.length <= 160 && !/[.!?"”]$/.test(paragraph)) {
    drop(state, 'navigation', paragraph);
    return;
  }
  state.linkList = false;
  const line = index < HEADER_LINES || isDateline(paragraph) ? header(state, paragraph, index) : paragraph;
  if (line === undefined || line === '') return;
  // A thread repeats its account's header before each post, a debate's record the name of who
  // rises again ("Ada Lind" over each of her answers): structure, not a duplicate.
  // So is a label alone on its line over each turn's words ("Interviewer:", "Foreign Minister:"),
  // and a commenter's line or a comment's buttons under a post.
  const key =
    isPostHeader(line) ||
    isNameAlone(line) ||
    isLabelLine(line) ||
    isCommentFrame(line) ||
    isStaffAuthorLine(line) ||
    isHandleStampLine(line)
      ? undefined
      : line.toLowerCase();
  const seen = key !== undefined && state.seen.has(key);
  if (seen || (state.embedTail > 0 && /(?:…|\.\.\.)$/.test(line))) {
    drop(state, seen ? 'duplicate' : 'embed', line);
    return;
  }
  if (state.embedTail > 0 && line.length >= 30 && state.kept.some((k) => k.includes(line))) {
    state.embedTail--;
    drop(state, 'embed', line);
    return;
  }
  state.embedTail = Math.max(0, state.embedTail - 1);
  if (key !== undefined) state.seen.add(key);
  state.kept.push(line);
}

export interface CleanOptions {
  /** Keep the headline in the clean text (official genres); news moves it to `meta.title` only. */
  keepTitle?: boolean;
  /** The day the document was received (`YYYY-MM-DD`): gives a wire dateline without a year its year. */
  received?: string;
  /** The document is a social post: its head's month-day stamp ("5-22 09:30", "Name · 6-16") dates it. */
  social?: boolean;
}

/**
 * The publication date when no header gave one: a dateline near the top, a closing formula
 * ("Done at Sorrance, 19 March 2026"), else the newest date.
 */
function laterDate(state: State): void {
  if (state.meta.date !== undefined) return;
  const text = state.kept.join('\n\n');
  const head = state.kept.slice(0, HEADER_LINES);
  const periodical = marksPeriodical(state.meta.title ? [state.meta.title, ...head] : head);
  // A capture note ("[Captured 31 March 2031]") is the day of reading, not a dateline.
  for (const paragraph of head.filter((p) => !isCapture(p)))
    dated(
      state.meta,
      datelineDate(paragraph, periodical) ??
        placeDateline(paragraph, text) ??
        wireDateline(paragraph, state.received, text) ??
        postStampDate(paragraph, state.received) ??
        todayOpening(paragraph, state.received),
      'dateline',
    );
  // An issue line with no meeting's day beside it dates the record when no dateline does.
  dated(state.meta, state.issuedDay, 'dateline');
  dated(state.meta, closingDate(state.kept), 'dateline');
  dated(
    state.meta,
    signOffDate(state.kept, (a, b) => readsMonthFirst(text, a, b)),
    'dateline',
  );
  // A channel's footer under its post holds the post's time with the views ("👁 48.2K  10.03.2026 19:22").
  const last = state.kept.at(-1);
  if (last !== undefined && isCountsLine(last.trim()))
    dated(state.meta, datelineDate(last) ?? postStampDate(last, state.received), 'dateline');
  for (const paragraph of state.kept.slice(0, HEADER_LINES))
    dated(state.meta, weekdayDateline(paragraph, text, state.received), 'dateline');
  dated(state.meta, state.titleDate, 'dateline');
  dated(state.meta, spokenOpeningDay(state.kept.slice(0, HEADER_LINES), text, state.received), 'text');
  // A post's day alone on a line: on a social page anywhere, elsewhere only under a post's counts
  // ("4,182 likes"), which a copied page may print after the comments.
  if (state.meta.date === undefined) {
    const underCounts = state.kept.filter((_, i) => i > 0 && isCountsLine(state.kept[i - 1]!.trim()));
    dated(state.meta, lonePostDay(state.social ? state.kept : underCounts, state.received), 'dateline');
  }
  dated(state.meta, todayNamed(text, state.received), 'text');
  dated(state.meta, newestPartDay(partDays(text, () => writesMonthFirst(text))), 'dateline');
  if (state.meta.date === undefined) dated(state.meta, newestDate(text), 'text');
  // An embedded post's sign-off ("— Name (@handle) November 27, 2025") is dropped from the text,
  // but a report is written on or after the day of a post it embeds: the last resort.
  if (state.meta.date === undefined) dated(state.meta, newestDate(embedded(state)), 'text');
}

const embedded = (state: State): string =>
  state.removed
    .filter((r) => r.kind === 'embed')
    .map((r) => r.text)
    .join('\n');

// "Brisk, 11/03/2027", "Brisk: 11/3/2027": a place and a day in figures under a transcript's or a
// resolution's title; which figure is the day is the order the text writes its dates in words ("the
// joint statement of 10 March").
const PLACE_AND_FIGURES = /^\p{Lu}[\p{L} .'-]{1,40}[,:]\s*\d{1,2}\/\d{1,2}\/\d{4}$/u;
const placeDateline = (paragraph: string, text: string): string | undefined =>
  PLACE_AND_FIGURES.test(paragraph)
    ? slashedDate(paragraph, (a, b) => readsMonthFirst(text, a, b))
    : undefined;

/** Cleans one decoded document; pure, never throws. `fileName` only names the document. */
export function cleanDocument(text: string, _fileName: string, options: CleanOptions = {}): CleanedDocument {
  // The Unicode line and paragraph separators are line breaks as "\r\n" is: read as "\n".
  const repaired = repairMojibakeCounted(text.replace(/\r\n?|[\u2028\u2029]/g, '\n').normalize('NFC'));
  const state: State = {
    meta: {},
    body: '',
    keepTitle: options.keepTitle ?? false,
    received: receivedDay(options.received),
    social: options.social ?? false,
    removed: [],
    kept: [],
    headings: [],
    seen: new Set(),
    embedTail: 0,
  };
  let body = repaired.text;
  const front = splitFrontMatter(body);
  if (front) {
    Object.assign(state.meta, front.meta);
    if (state.meta.date !== undefined) {
      state.meta.dateFrom = 'front-matter';
      state.meta.dateConfidence = DATE_CONFIDENCE['front-matter'];
    }
    // A scraper's URL and a ministry's title that holds its day ("No: 74, 21 March 2029, Press Release ...").
    dated(state.meta, front.meta.url ? urlDate(front.meta.url) : undefined, 'url');
    dated(state.meta, front.meta.author ? bylineDate(front.meta.author) : undefined, 'dateline');
    if (front.meta.title && namesDocumentKind(front.meta.title))
      state.titleDate = newestDate(front.meta.title);
    drop(state, 'front-matter', front.block.trim());
    body = front.body;
  }
  state.body = body;
  const paragraphs = splitParagraphs(body);
  dated(state.meta, postAgeDate(paragraphs.slice(0, HEADER_LINES)), 'dateline');
  paragraphs.forEach((paragraph, index) => {
    const normalized = normalizeParagraph(paragraph);
    if (normalized !== '') keep(state, normalized, index);
  });
  // A feed or a live page dated by one of its day headings is published on the newest (feedDay).
  const feed = feedDay(state.headings, state.meta.date);
  if (feed !== undefined)
    Object.assign(state.meta, { date: feed, dateFrom: 'dateline', dateConfidence: DATE_CONFIDENCE.dateline });
  laterDate(state);
  const unsplit = state.kept;
  state.kept = setWireDatelineApart(unsplit);
  const cleaned: CleanedDocument = {
    meta: state.meta,
    rawText: text,
    cleanText: state.kept.join('\n\n'),
    removed: state.removed,
    repairs: repaired.fixed,
  };
  const days = headedDays(state, unsplit);
  if (days.length > 0) cleaned.dayHeadings = days;
  return cleaned;
}

/**
 * Where the parts under the page's day headings start in the clean text, when the headings give
 * more than one day (one day heading the page is its dateline). A wire's dateline set apart from
 * its lede (`unsplit` the paragraphs before) moves the paragraphs after it one down.
 */
function headedDays(state: State, unsplit: string[]): PartDay[] {
  const { headings, kept } = state;
  if (headings.length < 2 || headings.every((h) => h.day === headings[0]!.day)) return [];
  const split = kept.length > unsplit.length ? kept.findIndex((p, i) => p !== unsplit[i]) : kept.length;
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of kept) {
    starts.push(offset);
    offset += paragraph.length + 2;
  }
  return headings.map(({ at, day }) => ({ start: starts[at > split ? at + 1 : at] ?? offset, day }));
}
