// A published speech is its speaker's words. A title names the kind of text and its speaker
// ("Remarks by President Kostal before Departure", "Speech by Foreign Minister Ingrid Solberg at
// the Council", "We will not sign in the dark. Address by President of Arvenia Mira Kostal",
// "Foreign Ministry Spokesperson Ada Lind's Regular Press Conference"), and one reading of it serves
// every genre: a speech printed as delivered is a press conference's one turn (openingRemarks.ts
// finds where its words start), and a leader's address published as its own page is one quotation
// of its speaker, as a post is its author's. A statement "by" an office (a bloc's, a ministry's) is
// the document's own voice and stays none.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { officeHolder } from './offices.ts';
import { DELIVERY, openingRemarks } from './openingRemarks.ts';
import type { PagePrincipal } from './ownPage.ts';
import { fromPerson } from './speakers.ts';
import type { Span, Speaker, SuggestedClaim } from './types.ts';

// The genre word of a title and the speaker after "by"/"of": "Press conference by …", "Remarks
// of the Minister …", "Doorstep by …", a French ministry's "Statements by the Spokesperson". An
// interview's "by" names the interviewer, not the speaker.
const KINDS = String.raw`(?:press|news|media)\s+(?:conference|briefing|encounter|availability|point|statements?|gaggle|remarks)|(?:opening|introductory|closing)\s+(?:remarks|statement)|remarks|statements?|doorstep|gaggle|stakeout|briefing|speech|address|intervention`;
const BY_SPEAKER = new RegExp(
  String.raw`\b(${KINDS})\b[^\n]{0,25}?\b(?:by|of)\s+(?:the\s+)?([^\n]{3,120})`,
  'i',
);
// The speaker before the genre word: "Secretary-General's remarks at …", "Secretary Henrik Dahl
// Remarks to the Press", "Foreign Ministry Spokesperson Ada Lind's Regular Press Conference".
const SPEAKER_FIRST = new RegExp(
  String.raw`^(?:the\s+)?([^\n]{3,80}?)(?:['’]s?)?\s+(?:regular\s+|daily\s+|weekly\s+)?(${KINDS})\b`,
  'i',
);
const KIND_WORD = new RegExp(`^(?:${KINDS})$`, 'i');
const RHYTHM = /^(?:regular|daily|weekly|monthly|midday|noon|morning|evening)$/i;
const TITLE_OPENING = new RegExp(String.raw`^(?:${KINDS})\s+(?:by|of)\s`, 'i');
// A title of the genre alone, the speaker on the line under it ("REMARKS TO THE PRESS" / "Special Envoy Lyle Carrow").
const KIND_ALONE = new RegExp(String.raw`^(${KINDS})(?:\s+to\s+the\s+(?:press|media))?$`, 'i');
// Where the speaker's words end and the occasion starts: "… following the meeting", "… before Marine One".
const OCCASION =
  /\s+(?:following|after|before|ahead|at|on|in|to|during|with|upon|regarding|about|concerning|from|aboard|en)\s[^\n]*$|\s*[,;:([|–—].*$|\s+-\s.*$/i;
// Two speakers ("Joint press conference of …", "… Matteo Barsanti and Britta Holmsen") share no turn.
// "… Kostal and answers to journalists' questions" is one speaker and what they do.
const TWO_SPEAKERS = /\b[Jj]oint\b|\s(?:and|&)\s+(?:[\p{Ll}'’-]+\s+){0,3}\p{Lu}/u;
const AND_ANSWERS = /\s+and\s+(?:answers?|responses?|replies)\b.*$/i;

export interface SpeechTitle {
  /** The genre word as written ("Remarks", "Address", "Press Conference"). */
  kind: string;
  /** The speaker as written, the occasion after it dropped; none for two speakers. */
  speaker?: string;
  /** What the title writes after its "by"/"of" ("President of Arvenia Mira Kostal"), when it has one. */
  byWhom?: string;
}

/** The one reading of a title line (`next` is the line under it, for a title of the genre alone). */
export function speechTitle(line: string, next?: string): SpeechTitle | undefined {
  const alone = KIND_ALONE.exec(line);
  const by = alone ? null : BY_SPEAKER.exec(line);
  const first = alone || by ? null : SPEAKER_FIRST.exec(line);
  const kind = (alone?.[1] ?? by?.[1] ?? first?.[2])?.replace(/\s+/g, ' ');
  const written = alone
    ? next && next.length < 80 && !/[.!?]$/.test(next)
      ? next
      : undefined
    : (by?.[2] ?? first?.[1]);
  // "Doorstep statement", "Press briefing": two genre words, no speaker before them.
  // "Statements and remarks", "Speeches and press releases": a site's section of genres, no speaker.
  // "Daily Press Briefing", "Weekly News Conference": the briefing's rhythm, no speaker either.
  if (
    kind === undefined ||
    written === undefined ||
    (first &&
      (KIND_WORD.test(written.trim()) ||
        /\s(?:and|or|&)$/i.test(written.trim()) ||
        RHYTHM.test(written.trim())))
  )
    return undefined;
  const speaker = written.replace(AND_ANSWERS, '').replace(OCCASION, '').trim();
  const one = !TWO_SPEAKERS.test(speaker) && /^\p{Lu}/u.test(speaker);
  return { kind, ...(one ? { speaker } : {}), ...(by ? { byWhom: by[2]! } : {}) };
}

/** The speaker the head's title names, as written ("Secretary General Ingrid Solberg", "Secretary-General"). */
export function titleSpeaker(head: string): string | undefined {
  const lines = head
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 8);
  for (const [i, line] of lines.entries()) {
    if (line.length > 200) continue;
    // Below a site's masthead, section, date and time, only a line that opens as a title is one ("Remarks by …").
    if (i >= 4 && !TITLE_OPENING.test(line)) continue;
    if (/\bjoint\b/i.test(line)) return undefined;
    // A title broken before its "by" ("Doorstep statement" / "by Secretary General Ada Lind ahead of …") is one line.
    const next = lines[i + 1];
    const broken = next !== undefined && /^(?:by|of)\s/i.test(next) && next.length <= 200;
    const title = broken ? speechTitle(`${line} ${next}`) : speechTitle(line, next);
    if (title) return title.speaker;
  }
  return undefined;
}

/**
 * A speech printed whole, with no label at all: a title naming its one speaker ("Speech by Foreign
 * Minister Ingrid Solberg at the Council", "Remarks by the Secretary-General to the Security
 * Council") and a delivery note ("Check against delivery", "As delivered") over words that open
 * the speech. Its words are the speaker's, as a transcript's turn is (`paragraphs` are trimmed texts).
 */
export function isDeliveredSpeech(paragraphs: string[]): boolean {
  const head = paragraphs.slice(0, 6);
  if (!head.some((p) => DELIVERY.test(p) && p.length < 160)) return false;
  if (titleSpeaker(head.slice(0, 4).join('\n')) === undefined) return false;
  const body = paragraphs.slice(0, 12).join('\n\n');
  return openingRemarks(body) !== undefined;
}

// A leader's address or speech ("Evening address of the President", "Address to the nation by …").
const ADDRESS_KIND = /(?:^|\s)(?:address|speech)$/i;
const ADDRESS_WORD = /address|speech/i;
// A paragraph of the body ends as a sentence does; a date, a credit or a tag line does not.
const SENTENCE_END = /[.!?…"”»]$/u;
// A speech is said in the first person: "I", "we", "our".
const FIRST_PERSON = /\b(?:I|we|We|our|Our|my|My|us)\b/g;
const HEAD_PARAGRAPHS = 8;

/**
 * Who an address's title names: a title line is no sentence, so its speaker runs to the line's end
 * with no closing mark ("Address by President of Arvenia Mira Kostal").
 */
function addressedBy(line: string): string | undefined {
  // The title's kind ends in "address" or "speech": a line without either word is none (cheap test first).
  if (!ADDRESS_WORD.test(line)) return undefined;
  const title = speechTitle(line);
  if (!title?.byWhom || !ADDRESS_KIND.test(title.kind)) return undefined;
  const by = title.byWhom.replace(/\s+$/, '');
  if (by.length > 100 || /[.!?]/.test(by)) return undefined;
  return title.speaker ?? by;
}

/** The address's speaker: named in its title, else the page's principal ("Evening address of the President"). */
function speakerOf(named: string, text: string, gazetteer: Gazetteer, principal?: PagePrincipal): Speaker {
  const found = speakerNamed(named, gazetteer);
  if (found?.personId) return { ...found, said: named };
  // "the President of Ellandor": the office's holder for the party it names.
  const holder =
    officeHolder(named, gazetteer, text, found?.partyId ? [found.partyId] : []) ?? principal?.person;
  return holder ? { ...fromPerson(holder), said: named } : { name: named, via: 'title', said: named };
}

/** The one quotation of an address's body, spoken by the one its title names; none for other texts. */
export function addressQuote(
  text: string,
  paragraphs: Span[],
  gazetteer: Gazetteer,
  title?: string,
  principal?: PagePrincipal,
): SuggestedClaim[] {
  // The head's paragraphs first: the whole body is sliced only for an address.
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS).map(([s, e]) => text.slice(s, e).trim());
  const at = head.findIndex((p) => p.length < 200 && addressedBy(p) !== undefined);
  const named = at !== -1 ? addressedBy(head[at]!) : title !== undefined ? addressedBy(title) : undefined;
  if (named === undefined) return [];
  const texts = paragraphs.map(([s, e]) => text.slice(s, e).trim());
  let first = at + 1;
  while (first < texts.length && !SENTENCE_END.test(texts[first]!)) first++;
  let last = first;
  while (last + 1 < texts.length && SENTENCE_END.test(texts[last + 1]!)) last++;
  if (first >= texts.length) return [];
  const span: Span = [paragraphs[first]![0], paragraphs[last]![1]];
  const body = text.slice(...span);
  if ((body.match(FIRST_PERSON)?.length ?? 0) < 2) return [];
  return [
    {
      kind: 'quote',
      text: body,
      span,
      speaker: speakerOf(named, text, gazetteer, principal),
      data: { words: body.replace(/\s+/g, ' ').trim(), form: 'turn' },
    },
  ];
}
