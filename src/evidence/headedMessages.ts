// Turns and messages headed by a line of their own that holds the sender's name and a time stamp, the
// words on the lines under it: a meeting app's or a podcast tool's transcript ("Ada Lind   0:04"), a
// chat copied from its window ("Ada Lind  10:14 AM", "Ada Lind — Today at 08:47"). Each is one quotation
// of the one named; the app's own lines (reaction counts, "X started transcription") are nobody's.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { isPageTrailer } from './pageTrailers.ts';
import { placeholderVoices } from './placeholderVoices.ts';
import { speaksForItself } from './shapedLabels.ts';
import { TRANSCRIBER_NOTE } from './transcriberNotes.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

// A name of one to four words, each capitalised but its joins, or a workspace handle ("kerrigh_stringer").
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|de|van|von|al|el|da|bin))?(?: \p{Lu}[\p{L}'’.-]*){0,2}(?: \d{1,2})?|\p{Ll}[\p{Ll}\d]*(?:[._][\p{Ll}\d]+)*)`;
const CLOCK = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
const DAY = String.raw`(?:Today|Yesterday|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\p{L}+,? \d{1,2}(?:,? \d{4})?)`;
// The name, then the clock (a transcript's, a chat window's; cleaning joins the gap between them to
// one space), or a dash and the day ("— Today at 08:47", "— 18/05/2034 08:47"); nothing else on the
// line but a message's first words in lower case, which cleaning joins to the line above them.
const JOINED = String.raw`(?:[ \t]*$|[ \t]+(?=[\p{Ll}@]))`;
// A meeting app's export may invert the name as its directory lists it, the body in brackets after
// it: "Lind, Ada (FMA)   0:04". The comma and the clock together make it a header.
const INVERTED = String.raw`(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?), (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)(?: \([^()\n]{1,40}\))?`;
const HEADER = new RegExp(
  String.raw`^(${NAME})[ \t]+${CLOCK}${JOINED}|^(${NAME}) [—–-] ${DAY}(?: at)? ${CLOCK}(?:[ \t]*$|[ \t]+)|^${INVERTED}[ \t]+${CLOCK}${JOINED}`,
  'u',
);
/** The sender a header names, an inverted name turned back ("Lind, Ada (FMA)" → "Ada Lind"). */
const senderOf = (m: RegExpExecArray): string => (m[1] ?? m[2] ?? `${m[4]!} ${m[3]!}`).trim();
const HEADER_ANYWHERE = new RegExp(HEADER.source, 'mu');
const CLOCK_ANYWHERE = /\d:\d\d/;
// Words that stand before a clock in a live page's or a schedule's lines: no sender.
const NOT_A_SENDER =
  /^(?:updated|posted|published|edited|live|breaking|start|end|session|part|break|lunch|item|total)\b/i;
// A chat window's lines under a message that are the app's: reaction counts ("👍 3  🔥 2"), "(edited)".
export const REACTIONS = /^(?:[^\p{L}\p{N}\s]{1,8}\s*\d{1,4}\s*)+$/u;
const APP_LINE =
  /^(?:\(edited\)|.{2,60} (?:started|stopped) transcription\.?|.{2,60} (?:joined|left) the (?:meeting|call|channel)\.?)$/;
// A pinned message under the last ones, its author after a dash: "📌 Pinned: … — Ada Lind".
const PINNED = new RegExp(String.raw`^(?:📌\s*)?Pinned(?: message)?:\s+(\S.*?)\s+[—–]\s+(${NAME})$`, 'u');
// A day set apart between messages ("──── May 18, 2034 ────", "--- Friday ---") closes a message.
export const RULE_LINE = /^[─━—–=-]{3,}.*[─━—–=-]{3,}$/;
const MIN_MESSAGES = 3;
// One turn in three under inverted names speaks in the first person at least.
const FIRST_PERSON_SHARE_INVERSE = 3;
const SPOKEN_WORDS = 5;
const GATE = 2000;
const HEADER_SPAN = 160;

interface Message {
  sender: string;
  body: Span | undefined;
  /** Under an inverted name ("Lind, Ada   0:04"), which a place and its country share. */
  inverted?: boolean;
}

/** Quote claims of a transcript or chat whose turns are headed by name-and-clock lines; undefined when `text` has none. */
export function headedMessageQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  // Cheap first: a header within the opening lines, or the document is none. Every header holds a
  // clock: an opening with none is not searched for a name at each line's start.
  const opening = text.slice(0, GATE);
  if (!CLOCK_ANYWHERE.test(opening) || !HEADER_ANYWHERE.test(opening)) return undefined;
  const messages: Message[] = [];
  let open: Message | undefined;
  let firstHeader = -1;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end).trim();
    // A header is short: its pattern reads a line's head only, never a long line to its end.
    const m = HEADER.exec(line.slice(0, HEADER_SPAN));
    if (m && !NOT_A_SENDER.test(line)) {
      if (firstHeader === -1) firstHeader = at;
      open = { sender: senderOf(m), body: undefined, ...(m[3] ? { inverted: true } : {}) };
      messages.push(open);
      const start = at + text.slice(at, end).indexOf(line) + m[0].length;
      if (start < at + text.slice(at, end).trimEnd().length)
        open.body = [start, at + text.slice(at, end).trimEnd().length];
    } else if (RULE_LINE.test(line) || TRANSCRIBER_NOTE.test(line) || isPageTrailer(line)) {
      // A day set apart closes a message, and so does the tool's note at the record's end
      // ("Transcribed by https://otter.ai", "Recording stopped.").
      open = undefined;
    } else if (line.includes('Pinned')) {
      open = undefined;
      const p = PINNED.exec(line);
      const start = at + text.slice(at, end).indexOf(line);
      if (p)
        messages.push({
          sender: p[2]!,
          body: [start + p[0].indexOf(p[1]!), start + p[0].indexOf(p[1]!) + p[1]!.length],
        });
    } else if (open && line !== '' && !REACTIONS.test(line) && !APP_LINE.test(line)) {
      const start = at + text.slice(at, end).indexOf(line);
      open.body = [open.body?.[0] ?? start, start + line.length];
    }
    at = end + 1;
  }
  const said = messages.filter((m) => m.body !== undefined);
  // A conversation: three messages at least, two senders, one who comes back, every header with words.
  if (said.length < MIN_MESSAGES || said.length < messages.length - 1) return undefined;
  const senders = new Set(said.map((m) => m.sender));
  if (senders.size < 2 || senders.size === said.length) return undefined;
  // A programme's entries ("Ada Lind 10:00" over "Opening remarks") are titles: a conversation's
  // messages run to a few words at least, most of them.
  const spoken = said.filter((m) => text.slice(m.body![0], m.body![1]).split(/\s+/).length >= SPOKEN_WORDS);
  if (spoken.length * 2 < said.length) return undefined;
  // "Fjellby, Norland   10:15" over a dispatch reads like "Lind, Ada   0:04": a meeting's speakers
  // say "I" and "we" in a share of their turns at least, a filing reports in the third person.
  const inverted = said.filter((m) => m.inverted);
  const firstPerson = inverted.filter((m) => speaksForItself(text.slice(m.body![0], m.body![1])));
  if (firstPerson.length * FIRST_PERSON_SHARE_INVERSE < inverted.length) return undefined;
  const known = new Map<string, Speaker | undefined>(
    placeholderVoices(
      said.map((m) => ({ sender: m.sender, words: text.slice(m.body![0], m.body![1]) })),
      text.slice(0, Math.max(0, firstHeader)),
      gazetteer,
    ),
  );
  return said.map(({ sender, body }) => {
    if (!known.has(sender)) known.set(sender, senderSpeaker(sender, gazetteer));
    const words = text.slice(body![0], body![1]);
    const speaker = known.get(sender);
    return {
      kind: 'quote' as const,
      text: words,
      span: body!,
      ...(speaker ? { speaker: { ...speaker, said: sender } } : {}),
      data: { words: words.replace(/\s+/g, ' ').trim(), form: 'post' as const },
    };
  });
}

// "Unknown", "Guest": a tool's placeholder without a number names nobody ("Speaker 2" is one voice,
// named by placeholderVoices.ts before any sender is read here).
const PLACEHOLDER = /^(?:speaker|participant|guest|unknown|user)\b/i;

function senderSpeaker(sender: string, gazetteer: Gazetteer): Speaker | undefined {
  if (PLACEHOLDER.test(sender)) return undefined;
  const named = speakerNamed(sender, gazetteer);
  if (named) return named;
  // A handle: "ada.lind", "ada_lind" is Ada Lind when the roster knows her; else the handle itself.
  if (/^\p{Ll}/u.test(sender)) {
    const spelled = sender
      .split(/[._]/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ');
    return speakerNamed(spelled, gazetteer) ?? { name: sender.replace(/[._]/g, ''), via: 'name' };
  }
  return { name: sender, via: 'name' };
}
