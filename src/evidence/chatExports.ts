// A group chat exported as text: WhatsApp's "[12/05/2031, 07:58] Ada Lind: …" (Android's
// "12/05/2031, 07:58 - Ada Lind: …"), Telegram's and Signal's copies "[07:58, 12.05.2031] Ada Lind: …".
// Each message is one quotation of the one who sent it, lines it runs on to included; the app's own
// lines ("X created group …", "X added …", "<Media omitted>", "This message was deleted") are nobody's.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { CHAT_STAMP_ONLY, opensAsChat } from './ownThread.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const DAY = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
// The stamp, then the sender and a colon: bracketed (iOS, Telegram) or before a dash (Android).
const MESSAGE = new RegExp(
  String.raw`^(?:\[(?:${DAY},?\s+${CLOCK}|${CLOCK},?\s+${DAY})\]\s*|(?:${DAY},?\s+${CLOCK}|${CLOCK},?\s+${DAY})\s+[-–]\s+)([^:\n]{2,50}?):[ \t]+(?=\S)`,
  'u',
);
// The app's notes in a sender's place.
const APP_NOTE =
  /^(?:<[^>\n]{1,40}>|(?:image|video|audio|sticker|gif|document|media)\s+omitted|this message was deleted|you deleted this message|message deleted|null|missed (?:voice|video) call)\.?$/i;
const MIN_MESSAGES = 3;

/** Quote claims of a chat export, one per message; undefined when `text` is not one. */
export function chatQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  // Most documents fail on the first lines: a chat opens with its stamps.
  if (!opensAsChat(text)) return undefined;
  const messages: { sender: string; body: Span }[] = [];
  let open: { sender: string; body: Span } | undefined;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end);
    const m = MESSAGE.exec(line);
    if (m) {
      open = { sender: m[1]!.trim(), body: [at + m[0].length, end] };
      messages.push(open);
    } else if (CHAT_STAMP_ONLY.test(line)) {
      open = undefined;
    } else if (open && line.trim() !== '') {
      open.body = [open.body[0], end];
    }
    at = end + 1;
  }
  if (messages.length < MIN_MESSAGES) return undefined;
  const known = new Map<string, Speaker>();
  return messages.flatMap(({ sender, body }) => {
    const said = text.slice(body[0], body[1]).trimEnd();
    if (APP_NOTE.test(said.trim())) return [];
    let speaker = known.get(sender);
    if (!speaker) {
      speaker = speakerNamed(sender, gazetteer) ?? { name: sender, via: 'name' };
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
