// A group chat exported as text: WhatsApp's "[12/05/2031, 07:58] Ada Lind: …" (Android's
// "12/05/2031, 07:58 - Ada Lind: …"), Telegram's and Signal's copies "[07:58, 12.05.2031] Ada Lind: …",
// a Slack channel's export "[08:14] ada.lind: …" under its header lines (the day set apart, the clock alone).
// Each message is one quotation of the one who sent it, lines it runs on to included; the app's own
// lines ("X created group …", "X added …", "<Media omitted>", "This message was deleted") are nobody's.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { REACTIONS, RULE_LINE } from './headedMessages.ts';
import { CHAT_CLOCK, CHAT_DAY, opensAsChat } from './ownThread.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const DAY = CHAT_DAY;
const CLOCK = CHAT_CLOCK;
// Slack's clock alone, to the minute: a recording's "[00:01:10]" counts seconds, and its labels are turns.
const MINUTE = String.raw`\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;
// The stamp, then the sender and a colon: bracketed (iOS, Telegram) or before a dash (Android).
const MESSAGE = new RegExp(
  String.raw`^(?:\[(?:${DAY},?\s+${CLOCK}|${CLOCK},?\s+${DAY}|${MINUTE})\]\s*|(?:${DAY},?\s+${CLOCK}|${CLOCK},?\s+${DAY})\s+[-–]\s+)([^:\n]{2,50}?):[ \t]+(?=\S)`,
  'u',
);
const STAMP_ONLY = new RegExp(
  String.raw`^(?:\[(?:${DAY},?\s+${CLOCK}|${CLOCK},?\s+${DAY}|${MINUTE})\]|(?:${DAY},?\s+${CLOCK}|${CLOCK},?\s+${DAY})\s+[-–])`,
  'u',
);
// The app's notes in a sender's place.
// A desktop export's link preview stands as a message of its own: "[link preview: Title — site]".
const APP_NOTE =
  /^(?:<[^>\n]{1,40}>|\[(?:link preview|attachment|file|image)\b[^\]\n]{0,200}\]|(?:image|video|audio|sticker|gif|document|media)\s+omitted|this message was deleted|you deleted this message|message deleted|null|missed (?:voice|video) call)\.?$/i;
const MIN_MESSAGES = 3;

const CLOCK_ALONE = new RegExp(String.raw`^\[${MINUTE}\]`, 'u');
const RECORDING_START = /^\[0?0:/;

// A workspace handle: "ada.lind", "ada_lind" is Ada Lind.
const HANDLE = /^\p{Ll}+[._]\p{Ll}+(?:[._-]\p{Ll}+)?$/u;

/** The person a workspace handle spells, when the roster knows the name. */
function handleSpeaker(sender: string, gazetteer: Gazetteer): Speaker | undefined {
  if (!HANDLE.test(sender)) return undefined;
  const name = sender
    .split(/[._]/)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
  return speakerNamed(name, gazetteer) ?? { name, via: 'name' };
}

/** Quote claims of a chat export, one per message; undefined when `text` is not one. */
export function chatQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  // Most documents fail on the first lines: a chat opens with its stamps, or with an export's
  // few header lines ("Channel: #press", "Exported: …", "--- Friday, May 14th ---") before them.
  if (!opensAsChat(text, STAMP_ONLY, true)) return undefined;
  const messages: { sender: string; body: Span }[] = [];
  let open: { sender: string; body: Span } | undefined;
  let dated = true;
  let fromZero = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end);
    const m = MESSAGE.exec(line);
    if (m) {
      if (messages.length === 0) {
        dated = !CLOCK_ALONE.test(line);
        fromZero = RECORDING_START.test(line);
      }
      open = { sender: m[1]!.trim(), body: [at + m[0].length, end] };
      messages.push(open);
    } else if (STAMP_ONLY.test(line) || RULE_LINE.test(line.trim())) {
      // A stamp without a sender, or the day set apart ("——— Friday, 16 March 2035 ———"), closes a message.
      open = undefined;
    } else if (open && line.trim() !== '' && !REACTIONS.test(line.trim())) {
      // Reaction counts under a message ("👍 3  😂 2") are the app's.
      open.body = [open.body[0], end];
    }
    at = end + 1;
  }
  if (messages.length < MIN_MESSAGES) return undefined;
  // "[05:12] HOST:": a recording's labels in capitals under its clock alone are a transcript's turns,
  // and so are any labels under a clock that counts from zero ("[00:05] Host:"): minutes and seconds.
  if (!dated && (fromZero || messages.every((m) => !/\p{Ll}/u.test(m.sender)))) return undefined;
  const known = new Map<string, Speaker>();
  return messages.flatMap(({ sender, body }) => {
    const said = text.slice(body[0], body[1]).trimEnd();
    if (APP_NOTE.test(said.trim())) return [];
    let speaker = known.get(sender);
    if (!speaker) {
      speaker = speakerNamed(sender, gazetteer) ??
        handleSpeaker(sender, gazetteer) ?? { name: sender, via: 'name' };
      known.set(sender, speaker);
    }
    const span: Span = [body[0], body[0] + said.length];
    return [
      {
        kind: 'quote' as const,
        text: said,
        span,
        speaker: { ...speaker, said: sender },
        data: { words: said.replace(/\s+/g, ' ').trim(), form: 'post' as const },
      },
    ];
  });
}
