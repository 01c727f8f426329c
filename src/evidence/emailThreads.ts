// An e-mail thread copied as text (a leak, a FOIA release, a forwarded chain): each message's header
// ("From: Lind Ada (MFA)", "Sent:"/"Date:", "To:", "Subject:") over its body, older messages under
// "-----Original Message-----" or "On … wrote:". Each body is one quotation of its sender, without
// the greeting alone on its line ("Torkel,") or the sign-off ("L.", "Best, Ada"). One e-mailed
// report (a pool report under one header) is no thread: a thread has two messages at least.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { opensAsThread } from './ownThread.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

const FROM = /^From:[ \t]*(.+)$/;
const HEADER_KEY = /^(?:Sent|Date|To|Cc|Bcc|Subject|Importance|Attachments):/;
const SEPARATOR =
  /^(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|On .{5,120} wrote:|-{2,}|_{5,})\s*$/i;
// A greeting alone on its line: "Torkel,", "Dear Ana,", "Hi all,", "Colleagues -".
// A name greets only with its comma or dash after it ("Ingrid,"): "Agreed." or "Signing Friday" is
// a reply. The name forms are read without /i, under which \p{Lu} takes lower-case letters too.
const GREETING_WORDS = /^(?:dear|hi|hello|good (?:morning|afternoon|evening))\b[^\n]{0,40}$/i;
const NAME_ADDRESSED = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s?[,:—–-]$/u;
const isGreeting = (line: string) => GREETING_WORDS.test(line) || NAME_ADDRESSED.test(line);
// A sign-off: initials, a name, "Best,", "Thanks," "Regards", "Will call after 10." is words.
const SIGNED = /^(?:(?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;
const SIGN_OFF_WORDS =
  /^(?:best|regards|kind regards|best regards|cheers|thanks|many thanks|thank you|yours|sent from my [\p{L} ]+)[,.!]?(?:\s+[\p{L}'’-]+)?$/iu;
const isSignOff = (line: string) => SIGNED.test(line) || SIGN_OFF_WORDS.test(line);
const MIN_MESSAGES = 2;

interface Message {
  /** As the header writes it; none where the copy lost the "From:" line (a page's author took it). */
  sender?: string;
  to?: string;
  lines: Span[];
}

const TO = /^To:[ \t]*(.+)$/;
// A header whose "From:" line the copy lost opens on the day it was sent, at the document's top.
const SENT = /^(?:Sent|Date):/;

/** "Olmedo Leonor (VEAS NTALABA)", "Ada Lind <ada.lind@mfa.no>", "LIND Ada": the person meant. */
function senderSpeaker(written: string, gazetteer: Gazetteer): Speaker {
  const name = written
    .replace(/<[^>]*>|\([^)]*\)|\[[^\]]*\]|"|'/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = name.split(' ');
  // Outlook writes "Surname Given": the roster knows "Given Surname".
  const tried = [name, [...words].reverse().join(' '), ...words.filter((w) => w.length > 2)];
  for (const n of tried) {
    const found = speakerNamed(n, gazetteer);
    if (found?.personId) return found;
  }
  return { name: name || written.trim(), via: 'name' };
}

/** Quote claims of an e-mail thread, one per message; undefined when `text` is not one. */
export function emailQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  // Most documents have no "From:" line at a line's start: one search settles them. A report that
  // quotes e-mails with their headers is no thread: its own lines are nobody's post (ownThread.ts).
  if (!/^From:/m.test(text) || !opensAsThread(text)) return undefined;
  const messages: Message[] = [];
  let open: Message | undefined;
  let inHeader = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(at, end).trim();
    const from = FROM.exec(line);
    if (from || (messages.length === 0 && at < 200 && SENT.test(line))) {
      open = from ? { sender: from[1]!, lines: [] } : { lines: [] };
      messages.push(open);
      inHeader = true;
    } else if (inHeader && (HEADER_KEY.test(line) || line === '')) {
      const to = TO.exec(line);
      if (to && open) open.to = to[1]!;
    } else if (SEPARATOR.test(line)) {
      open = undefined;
      inHeader = false;
    } else if (open && line !== '') {
      inHeader = false;
      const lead = text.slice(at, end).search(/\S/);
      open.lines.push([at + lead, end]);
    }
    at = end + 1;
  }
  // A reply goes to the sender of the message under it: a header without its "From:" is so named.
  messages.forEach((m, k) => {
    if (m.sender === undefined && messages[k + 1]?.to) m.sender = messages[k + 1]!.to;
  });
  const threaded = messages.filter(
    (m): m is Message & { sender: string } => m.lines.length > 0 && m.sender !== undefined,
  );
  if (messages.length < MIN_MESSAGES || threaded.length < MIN_MESSAGES) return undefined;
  return threaded.flatMap(({ sender, lines }) => {
    let [first, last] = [0, lines.length - 1];
    const lineText = (k: number) => text.slice(...lines[k]!).trim();
    if (first < last && lineText(first).length <= 40 && isGreeting(lineText(first))) first++;
    while (last > first && lineText(last).length <= 40 && isSignOff(lineText(last))) last--;
    const span: Span = [lines[first]![0], lines[last]![1]];
    const said = text.slice(span[0], span[1]);
    const speaker = senderSpeaker(sender, gazetteer);
    return [
      {
        kind: 'quote' as const,
        text: said,
        span,
        speaker: { ...speaker, said: sender.trim() },
        data: { words: said.replace(/\s+/g, ' ').trim(), form: 'post' as const },
      },
    ];
  });
}
