// A document's genre, from the conventions each genre keeps: speaker labels for transcripts,
// a handle for social-media posts, "joint statement" or "press release" in the header,
// the set phrases of official readouts. Reading rules (turns, whose voice the text is,
// whether the headline is part of the record) follow from it.

import { afterLineNumber, isLineNumbered } from './lineNumbers.ts';
import { markedLabels } from './markedLabels.ts';
import { listedSurnames, risingLabel } from './ownLineLabels.ts';
import { captionedHead } from './photoCaption.ts';
import { isPostFeed } from './postFeeds.ts';
import { channelAuthor, isSiteChrome, postHeaderAt, stampedHead } from './posts.ts';
import { type ShapedLabelReader, shapedLabels } from './shapedLabels.ts';
import { isDeliveredSpeech, titleSpeaker } from './speeches.ts';
import { clockedLabels } from './stampedLabels.ts';
import { bareName, isRole, type TurnLabel, turnLabel } from './turnLabels.ts';
import { isUnlabelledInterview } from './unlabelledInterviews.ts';

export {
  bareName,
  chairHeader,
  isAttendeeList,
  isRole,
  TURN_LABEL,
  type TurnLabel,
  turnLabel,
} from './turnLabels.ts';

export type Genre =
  | 'news'
  | 'readout'
  | 'press-conference'
  | 'meeting-transcript'
  | 'joint-statement'
  | 'social'
  | 'press-release';

export interface GenreGuess {
  genre: Genre;
  /** What gave it away, for a reviewer. */
  cue: string;
}

// No \b after "é": it is no word character to a pattern without the u flag.
const JOINT = /\bjoint\s+(?:statement\b|communiqu(?:é|e\b)|declaration\b|press\s+statement\b)/i;
const RELEASE = /\b(?:press\s+release|news\s+release|for\s+immediate\s+release|media\s+release)\b/i;
const RELEASE_END = /^(?:###|-\s?30\s?-|ends\.?|media contact:.*|contact:.*|for further information:.*)$/im;
const TRANSCRIPT = /\b(?:transcript|verbatim|remarks to (?:the )?(?:press|media|reporters))\b/i;
// A title of a leader's remarks ("Remarks by President Kostal Before Departure"): a question and its answer after it are their record.
const TITLED_REMARKS = /^(?:opening\s+)?remarks\s+(?:by|of)\b/im;
// A doorstep, a gaggle, the UN's press encounter and stakeout: a few questions and their answers.
const PRESS =
  /\b(?:press\s+(?:conference|briefing|encounter|availability|gaggle)|briefing|news\s+conference|press\s+point|presser|media\s+availability|doorstep|stakeout)\b/i;
const ATTRIBUTABLE = /\b(?:is|are) attributable to\b/i;
const READOUT_HEADING = /^\W*readout\b|\breadout\W*$/i;
const READOUT =
  /\b(?:the sides|the parties|the leaders|the interlocutors|the two (?:leaders|ministers|sides))\b|\b(?:held (?:a )?(?:telephone|phone) (?:conversation|call)|had a telephone (?:conversation|call)|spoke by (?:tele)?phone with|held a (?:working )?meeting with|chaired a meeting|heard (?:a )?reports? (?:from|by|of|on)|the head of state|held talks with|holds talks with|received|underlined|emphasi[sz]ed|stressed that|noted that|exchanged views|agreement was reached|it was agreed|set out|speaks with|spoke (?:today |yesterday |this (?:morning|afternoon|evening) )?with|underscored|reaffirmed|discussed|touched upon|expressed (?:the )?hope|held consultations|briefed (?:him|her|them|the \w+) on|informed (?:his|her|their) (?:interlocutor|counterpart)s?)\b/gi;

// Two leaders' statements to the press are a record of two turns. Two "Label: value" lines of a
// fact box are not: a speaker is named with two words at least ("Vladimir Putin", "MS. LEAVITT"),
// a fact by one ("Capacity:"), and each turn is another speaker's. A turn's words run on as a
// sentence; a link's headline ("Also Read: Talks resume in Geneva") or a contact stops unpunctuated.
const FULL_NAME = /^\S+\s+\S/;
const RUNS_ON = /[.!?,;:…"”’»)]$/u;
const twoSpeakers = (labelled: { label: TurnLabel; body: string }[]): boolean =>
  labelled.length === 2 &&
  labelled[0]!.label.name !== labelled[1]!.label.name &&
  labelled.every(
    (l) =>
      FULL_NAME.test(l.label.name ?? '') &&
      l.body.trim().split(/\s+/).length >= 3 &&
      RUNS_ON.test(l.body.trim()),
  );

/**
 * A leader's remarks printed as delivered under one label: "Remarks by President Kostal at the
 * Opening of the Round", then "PRESIDENT KOSTAL: Thank you. …" (or "THE PRESIDENT:"), the speech its
 * one turn. The label names the title's speaker (by name, else by office) and opens words that run
 * on as a sentence; a news headline "Remarks by Varin anger Kessel" over "Surin: …" is no record.
 */
function titledTurn(labelled: { label: TurnLabel; body: string }[], head: string): boolean {
  const [one] = labelled;
  if (labelled.length !== 1 || one!.label.question || one!.label.answer || !TITLED_REMARKS.test(head))
    return false;
  const body = one!.body.trim();
  if (body.split(/\s+/).length < 3 || !RUNS_ON.test(body)) return false;
  const title = titleSpeaker(head)?.toLowerCase().split(/\s+/);
  const said = (one!.label.name ?? '').toLowerCase();
  const named = (bareName(said) || said).split(/\s+/).filter((w) => w !== 'the');
  return title !== undefined && named.length > 0 && named.every((w) => title.includes(w));
}

// A newsletter opens its sections on a kicker in capitals and a colon ("SCOOP:", "THE MONEY:",
// "WHAT WE'RE HEARING:"), each once, over paragraphs that report what others said in quotation
// marks. A record names each speaker again, or beside a seat or an office; no kicker recurs.
const MIN_KICKERS = 4;
// A newsletter sets a paragraph's first word in capitals and runs on in lower case ("THANKS to …").
const LEAD_WORD = /^\p{Lu}{2,}[ \t]+\p{Ll}/u;
const QUOTATION_MARK = /["“”«»]/;
// Office words a kicker may be made of ("THE MONEY:", "WHITE HOUSE WATCH:", "HEAD TO HEAD:",
// "FOREIGN AFFAIRS:"): the body, place or subject an office is of, never its holder's title.
const KICKER_WORDS = new Set(
  (
    'the of his her their us u.s. uk eu un nato kremlin white house state senate national security council ' +
    'majority minority staff former government ministry cabinet federal press presidential second third ' +
    'justice republican democrat democratic head general prime foreign defence defense special acting army'
  ).split(' '),
);
// A ceremony's principals each speak once, in capitals: "PRESIDENT KOSTAL:", "FOREIGN MINISTER
// SOLBERG:", "THE CHAIR:". A title or a courtesy before a name, or alone, is a speaker's label.
const titled = (said: string): boolean =>
  said.split(/\s+/).some((w) => isRole(w) && !KICKER_WORDS.has(w.toLowerCase()));

/**
 * Whether a page's labels are a newsletter's section kickers, not speakers' turns. A kicker may run
 * on after a comma, in capitals still ("KESSEL, THE QUESTION NOBODY SETTLES:"); the quotations it
 * reports may stand in the paragraphs under it (`paragraphs`) rather than on its line.
 */
function sectionKickers(labelled: { label: TurnLabel; body: string }[], paragraphs: string[]): boolean {
  if (labelled.length < MIN_KICKERS) return false;
  const seen = new Set<string>();
  for (const { label } of labelled) {
    // "THANKS to our editor:", "SUBSCRIBE to the newsletter:": a sign-off's first word in capitals, no kicker.
    if (LEAD_WORD.test(label.full)) continue;
    // Keyed by the name, not the line: a recording's clock before each label makes every line new.
    const said = label.name ?? label.full.replace(/:?\s*$/, '');
    if (label.question || /\p{Ll}|[()\d]/u.test(label.full) || seen.has(said) || titled(said)) return false;
    if (label.aside && titled(label.aside)) return false;
    seen.add(said);
  }
  if (seen.size < MIN_KICKERS) return false;
  const quoting = (texts: string[]) => texts.filter((t) => QUOTATION_MARK.test(t)).length >= 2;
  return quoting(labelled.map(({ body }) => body)) || quoting(paragraphs);
}

// A live page, a long read or a digest heads its entries with a label over a line that is no sentence:
// "LIVE: Talks resume in Kessel", "Envoy: 'The text is final'", "Recap: how the deal fell through". A
// record's turns run on as sentences, and a speaker who never stops speaks again. Yet a short record
// has each speaker once, and a captioned or machine transcript stops no turn; what only a page of
// entries does is set a head in marks whole (a pull quote): a record never quotes its own speaker.
const WHOLE_QUOTATION = /^["“‘'][^"“”\n]*["”’']$/u;
const entryHeads = (labelled: { label: TurnLabel; body: string }[]): boolean => {
  const said = labelled.map(({ label }) => label.name ?? label.full.replace(/:?\s*$/, ''));
  const heads = labelled.map(({ body }) => body.trim());
  return (
    new Set(said).size === said.length &&
    heads.some((line) => WHOLE_QUOTATION.test(line)) &&
    labelled.every(({ label }, i) => {
      const line = heads[i]!;
      return !label.question && !label.ownLine && (!RUNS_ON.test(line) || WHOLE_QUOTATION.test(line));
    })
  );
};

/**
 * Guesses the genre of a decoded document from its header and its conventions. `shaped` is the
 * document's shaped labels when the caller has read them already (they are read once a document).
 */
export function detectGenre(text: string, read?: ShapedLabelReader | null): GenreGuess {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const head = paragraphs.slice(0, 6).join('\n');
  const marked = markedLabels(paragraphs);
  // A think tank's record sets the names its head lists as speakers alone on their lines.
  const listed = listedSurnames(text, bareName);
  // Labels of a style no reader names, known by their lines' shape and repetition (shapedLabels.ts).
  const shaped = read === undefined ? shapedLabels(text) : read;
  // A transcription tool's clocked name lines, told from a programme's times by the document (stampedLabels.ts).
  const clocked = clockedLabels(text);
  const readLabel = (p: string) =>
    turnLabel(p) ?? marked?.(p) ?? risingLabel(p, listed, isRole) ?? clocked?.(p) ?? shaped?.(p);
  // A record that numbers its lines sets each label after the line's number (lineNumbers.ts).
  const afterNumber = isLineNumbered(text) ? afterLineNumber(readLabel) : undefined;
  const labelled = paragraphs.flatMap((p, i) => {
    const label = afterNumber?.(p) ?? readLabel(p);
    if (!label?.ownLine) return label ? [{ label, body: p.slice(label.full.length) }] : [];
    // A label alone on its line is one only over words that run on as a sentence: a list of
    // names with their parties, a line each, is no record.
    const next = paragraphs[i + 1] ?? '';
    const speaks = RUNS_ON.test(next) && next.split(/\s+/).length >= 4 && turnLabel(next) === undefined;
    return speaks ? [{ label, body: next }] : [];
  });
  const labels = labelled.map((l) => l.label);
  // A feed whose account header repeats before each post: its "CW:" lines and quoted "Name:" are posts' words.
  if (isPostFeed(paragraphs)) return { genre: 'social', cue: 'a post header repeated before each post' };
  // A short briefing or doorstep a header calls one: a question and its answer are its record. A
  // title naming one speaker ("Remarks by President Selje following the Council") speaks the answers
  // a record leaves unlabelled under its labelled questions (turns.ts, `unlabelledAnswers`).
  const answered =
    labels.some((l) => l.question) &&
    (labels.some((l) => !l.question) || titleSpeaker(head) !== undefined) &&
    (PRESS.test(head) || TRANSCRIPT.test(head) || TITLED_REMARKS.test(head));
  if (
    (labels.length >= 3 || twoSpeakers(labelled) || answered || titledTurn(labelled, head)) &&
    !sectionKickers(labelled, paragraphs) &&
    !entryHeads(labelled)
  ) {
    const questions = labels.filter((m) => m.question).length;
    if (questions > 0 || PRESS.test(head))
      return { genre: 'press-conference', cue: `${labels.length} speaker turns` };
    return { genre: 'meeting-transcript', cue: `${labels.length} speaker turns` };
  }
  // A speech as delivered, with no label: one turn of the speaker its title names (openingRemarks.ts).
  if (labels.length === 0 && isDeliveredSpeech(paragraphs))
    return { genre: 'press-conference', cue: 'a speech as delivered under its speaker’s title' };
  if (isUnlabelledInterview(paragraphs))
    return { genre: 'press-conference', cue: 'an interview whose questions are set apart' };
  // A page copied whole may open on the site's menu and a link back: no part of the post's head.
  const firstLines = paragraphs
    .slice(0, 8)
    .filter((p) => !isSiteChrome(p))
    .slice(0, 4);
  if (
    text.length < 3000 &&
    (postHeaderAt(firstLines) !== -1 ||
      stampedHead(firstLines) !== undefined ||
      captionedHead(paragraphs) !== undefined)
  )
    return { genre: 'social', cue: 'a handle or a platform stamp in the header' };
  if (text.length < 5000 && channelAuthor(firstLines, paragraphs.slice(-5)))
    return { genre: 'social', cue: "a channel's author, time and counts" };
  if (RELEASE.test(head) || RELEASE_END.test(paragraphs.slice(-3).join('\n')))
    return { genre: 'press-release', cue: 'press release header or footer' };
  if (JOINT.test(paragraphs.slice(0, 3).join('\n')))
    return { genre: 'joint-statement', cue: 'joint statement in the header' };
  const readout = text.match(READOUT)?.length ?? 0;
  const quotes = (text.match(/["“”]/g)?.length ?? 0) / 2;
  if (readout >= 3 && readout > quotes) return { genre: 'readout', cue: `${readout} readout phrases` };
  // A short readout its header names: a heading line "READOUT", "Readout of the Secretary's call",
  // "Call with Foreign Minister Lind: readout", or "The following is attributable to Spokesperson
  // …", with a readout phrase in its body. A news headline about one ("White House readout leaves
  // out tariffs", "What the readout did not say") names it inside, and is news.
  const namedReadout = paragraphs
    .slice(0, 6)
    .some((p) => p.length < 120 && !/[.!?]$/.test(p) && READOUT_HEADING.test(p));
  if (readout >= 1 && readout > quotes && (namedReadout || ATTRIBUTABLE.test(head)))
    return { genre: 'readout', cue: 'a readout by its header' };
  return { genre: 'news', cue: 'default' };
}
