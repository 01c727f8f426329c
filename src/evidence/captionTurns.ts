// A video's timed captions as a platform prints them (YouTube's "Show transcript", a broadcaster's
// closed captions): a time stamp over or before each line, lower case, no punctuation, no speaker's
// name. A captioner marks a new voice with ">>"; automatic captions mark nothing, and the turns are
// read from the room's own cues: the applause that closes a speech, the master of ceremonies who
// introduces the speakers in order, the journalist who puts "a question for president X". Each turn
// is one quotation, its time stamps kept as the page prints them; a turn the captions give no
// speaker for is left out rather than guessed.
import { entryNamed, type Gazetteer } from './gazetteer.ts';
import type { Speaker, SuggestedClaim } from './types.ts';

// "0:02", "12:47", "1:02:33", "[00:01:23]", "(00:14)": the clock at a caption's start.
const STAMP = /^[[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?(?=\s|$)/;
// The captioner's note of the room: "[Music]", "[Applause]", "(laughter)", "[inaudible]".
const ROOM_NOTE = /^(?:\[[^\]\n]{2,30}\]|\([^)\n]{2,30}\))$/;
// ">>" opens a new voice; ">>>" a new story (a broadcaster's closed captions): a new turn too.
const NEW_VOICE = /^(?:>>>?|&gt;&gt;(?:&gt;)?)[ \t]*/;
// A caption that names its speaker ("Host: …", ">> MINISTER SELIGER: …") is a labelled transcript's
// line: the turns are read from the labels (turns.ts). A label's words are a name's, each capitalised
// but its joins: a captioned sentence with a colon ("My answer is simple: it is not agreed") is none.
const LABELLED =
  /^(?=[^:\n]{1,41}:[ \t])\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|of|the|for|to|de|del|al|and))*:[ \t]/u;
const ZONE_AFTER = /^\s*(?:gmt|utc|cet|eet|bst|est|edt|pst|[ap]\.?m\b|hrs?\b|h\b)/i;
// A caption is a few seconds of speech: a line of a few words. A page whose stamped lines run
// longer is a live page's or a chronology's entries.
const CAPTION_LENGTH = 100;
const MIN_STAMPS = 8;
const MIN_VOICES = 3;

interface Line {
  /** A stamp alone is the clock of the words under it, or of a pause (cleaning drops "[Applause]"). */
  kind: 'words' | 'note' | 'voice' | 'stamp';
  stamped: boolean;
  /** The words, after the stamp and the marks. */
  start: number;
  end: number;
}

interface CaptionTurn {
  start: number;
  end: number;
  /** The lines' words, lower case, for the cues. */
  said: string;
  lines: number;
}

/** The caption lines of `text`, from its first stamp; undefined when the text is not timed captions. */
function captionLines(text: string): { lines: Line[]; headEnd: number } | undefined {
  const lines: Line[] = [];
  let stamps = 0;
  let labelled = 0;
  let headEnd = -1;
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl;
    const raw = text.slice(from, to);
    const stamp = STAMP.exec(raw.trimStart());
    // A live page's hour ("14:30 GMT", "9:05 a.m.") heads a report, not a caption.
    if (stamp && ZONE_AFTER.test(raw.trimStart().slice(stamp[0].length))) return undefined;
    if (stamp) {
      stamps++;
      if (headEnd === -1) headEnd = from;
    }
    if (headEnd !== -1) {
      let s = from + (raw.length - raw.trimStart().length) + (stamp ? stamp[0].length : 0);
      while (s < to && /\s/.test(text[s]!)) s++;
      let e = to;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      const words = text.slice(s, e);
      const voice = NEW_VOICE.exec(words);
      const stamped = stamp !== null;
      if (voice) {
        lines.push({ kind: 'voice', stamped, start: s + voice[0].length, end: e });
        if (LABELLED.test(words.slice(voice[0].length))) labelled++;
      } else if (words !== '') {
        if (LABELLED.test(words)) labelled++;
        lines.push({ kind: ROOM_NOTE.test(words) ? 'note' : 'words', stamped, start: s, end: e });
      } else if (stamped) lines.push({ kind: 'stamp', stamped, start: s, end: s });
    }
    if (nl === -1) break;
    from = nl + 1;
  }
  const worded = lines.filter((l) => l.kind === 'words' || l.kind === 'voice');
  const length = worded.reduce((n, l) => n + l.end - l.start, 0) / Math.max(1, worded.length);
  if (stamps < MIN_STAMPS || stamps * 2 < worded.length || labelled >= 2 || length > CAPTION_LENGTH)
    return undefined;
  // A stamp alone over unstamped words is theirs; over another stamp or a note, a pause.
  const read = lines.flatMap((line, i): Line[] => {
    if (line.kind !== 'stamp') return [line];
    const next = lines[i + 1];
    return next && (next.kind === 'words' || next.kind === 'voice') && !next.stamped
      ? []
      : [{ ...line, kind: 'note' }];
  });
  return { lines: read, headEnd };
}

/** Whether a document (raw or clean) is a video's timed captions without speaker labels. */
export const isCaptionTranscript = (text: string): boolean => captionLines(text) !== undefined;

const turnOf = (text: string, lines: Line[]): CaptionTurn => ({
  start: lines[0]!.start,
  end: lines.at(-1)!.end,
  said: lines.map((l) => text.slice(l.start, l.end).toLowerCase()).join(' '),
  lines: lines.length,
});

/** Turns a captioner marked ">>": each runs over the lines of words up to the next mark. */
function markedTurns(text: string, lines: Line[]): CaptionTurn[] {
  const groups: Line[][] = [];
  let open: Line[] | undefined;
  for (const line of lines) {
    if (line.kind === 'voice') {
      open = [];
      groups.push(open);
      if (line.end > line.start) open.push(line);
    } else if (line.kind === 'words') open?.push(line);
  }
  return groups.filter((g) => g.length > 0).map((g) => turnOf(text, g));
}

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The roster's people a lower-case caption names, in order ("president of nemrovia mykyta yelchuk"). */
export function peopleIn(said: string, gazetteer: Gazetteer): Speaker[] {
  const words = said.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const found: Speaker[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const window = words.slice(i, i + n);
      // A surname alone: a word of a name's length ("may" or "hope" are no one's).
      if (n === 1 && window[0]!.length < 4) continue;
      const entry = entryNamed(
        window
          .map(capitalised)
          .join(' ')
          .replace(/['’]s$/, ''),
        gazetteer,
      );
      if (entry?.type !== 'person') continue;
      const { id, name, party } = entry.person;
      if (!found.some((f) => f.personId === id))
        found.push({ name, personId: id, ...(party ? { partyId: party } : {}), via: 'name' });
      i += n - 1;
      break;
    }
  }
  return found;
}

const JOURNALIST: Speaker = { name: 'journalist', via: 'description' };

// "a question for president yelchuk", "my question is to the minister seliger", "question to mr dahl".
const QUESTION_FOR = /\bquestions?\s+(?:is\s+)?(?:for|to)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;
// An answer opens on its own words: "no", "yes", "look", "my answer is", "thank you for the question".
const ANSWER_OPENS =
  /^(?:no|yes|yeah|well|look|my answer|thank you for (?:the|your|this) question|first of all|firstly|of course|certainly|absolutely|indeed|as for)\b/;
// The master of ceremonies introduces the speakers, in the order they speak.
const ANNOUNCES =
  /\b(?:ladies and gentlemen|please welcome|let me introduce|i give the floor to|the floor is given to)\b/;
// The host of an interview opens it: "welcome back to …", "i'm …", "joining me …".
const HOST_OPENS =
  /\b(?:welcome|i'm|i am|joining (?:me|us)|with me|my guest|thanks? (?:you )?for (?:being|joining))\b/;
// The host names themself ("i'm nadia ferrer"), or the page does ("Nadia Ferrer talks to …").
const HOST_NAMED = /\b(?:i'm|i am|my name is|this is)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/u;
// Tried at a word's start only (a match found inside a word would start at the word's start
// first): from every letter of one long word in the head, it read the rest of the word again.
const HOST_TALKS =
  /(?<![\p{L}'’-])((?:[\p{L}'’-]+\s+){1,2}[\p{L}'’-]+)\s+(?:talks|speaks|sits down|sat down|talked|spoke)\s+(?:to|with)\b/u;
// A speech runs over a few caption lines; a line or two between notes is the room's business
// ("we have time for two questions", "this concludes the press conference").
const SPEECH_LINES = 3;

const asked = (said: string, gazetteer: Gazetteer): Speaker | undefined => {
  const m = QUESTION_FOR.exec(said);
  return m ? peopleIn(m[1]!, gazetteer)[0] : undefined;
};

/**
 * The speakers of ">>" turns: the one a journalist's "question for …" names answers next; an
 * interview of one guest the head or the host's opening names goes host, guest, host, … (the host's
 * turns are a journalist's, as a briefing's questions are).
 */
function markedSpeakers(turns: CaptionTurn[], head: string, gazetteer: Gazetteer): (Speaker | undefined)[] {
  const intro = `${head.toLowerCase()} ${turns[0]?.said ?? ''}`;
  const hostNamed = HOST_NAMED.exec(turns[0]?.said ?? '') ?? HOST_TALKS.exec(head.toLowerCase());
  const host = hostNamed ? peopleIn(hostNamed[1]!, gazetteer)[0] : undefined;
  const guests = peopleIn(intro, gazetteer).filter((p) => p.personId !== host?.personId);
  const guest = guests.length === 1 ? guests[0] : undefined;
  const hostFirst = turns[0] !== undefined && HOST_OPENS.test(turns[0].said);
  return turns.map((turn, i) => {
    const before = turns[i - 1];
    const named = before && asked(before.said, gazetteer);
    if (named) return named;
    if (QUESTION_FOR.test(turn.said)) return JOURNALIST;
    if (!guest || !hostFirst) return undefined;
    return i % 2 === 0 ? JOURNALIST : guest;
  });
}

/**
 * Automatic captions with no mark: the stretches between the room's notes ("[Applause]",
 * "[Music]"); the speakers a master of ceremonies introduces give the speeches after, in order; a
 * journalist's "question for …" opens a question that runs to the answer's opening word, the rest
 * of the stretch the answer of the one asked.
 */
function cuedTurns(text: string, lines: Line[], gazetteer: Gazetteer): [CaptionTurn, Speaker][] {
  const stretches: Line[][] = [[]];
  for (const line of lines) {
    if (line.kind === 'words') stretches.at(-1)!.push(line);
    else if (stretches.at(-1)!.length > 0) stretches.push([]);
  }
  const said = (l: Line) => text.slice(l.start, l.end).toLowerCase();
  const queue: Speaker[] = [];
  const found: [CaptionTurn, Speaker][] = [];
  for (const stretch of stretches.filter((s) => s.length > 0)) {
    const opening = stretch.map(said).slice(0, 3).join(' ');
    if (queue.length === 0 && found.length === 0 && ANNOUNCES.test(opening)) {
      queue.push(...peopleIn(stretch.map(said).join(' '), gazetteer));
      continue;
    }
    const askedAt = stretch.flatMap((l, i) => (QUESTION_FOR.test(said(l)) ? [i] : []));
    const speech = stretch.slice(0, askedAt[0] ?? stretch.length);
    if (speech.length >= SPEECH_LINES && queue.length > 0) found.push([turnOf(text, speech), queue.shift()!]);
    for (const [k, at] of askedAt.entries()) {
      const piece = stretch.slice(at, askedAt[k + 1] ?? stretch.length);
      const who = asked(said(piece[0]!), gazetteer);
      const answerAt = piece.findIndex((l, i) => i > 0 && ANSWER_OPENS.test(said(l)));
      if (!who || answerAt === -1) continue;
      found.push([turnOf(text, piece.slice(0, answerAt)), JOURNALIST]);
      found.push([turnOf(text, piece.slice(answerAt)), who]);
    }
  }
  return found;
}

/** The quotations of timed captions, one per turn whose speaker they give; undefined for any other text. */
export function captionQuotes(text: string, gazetteer: Gazetteer): SuggestedClaim[] | undefined {
  const read = captionLines(text);
  if (!read) return undefined;
  const { lines, headEnd } = read;
  const marked = lines.filter((l) => l.kind === 'voice').length >= MIN_VOICES;
  const spoken: [CaptionTurn, Speaker | undefined][] = marked
    ? ((turns) => {
        const speakers = markedSpeakers(turns, text.slice(0, headEnd), gazetteer);
        return turns.map((t, i): [CaptionTurn, Speaker | undefined] => [t, speakers[i]]);
      })(markedTurns(text, lines))
    : cuedTurns(text, lines, gazetteer);
  return spoken.flatMap(([turn, speaker]): SuggestedClaim[] =>
    speaker
      ? [
          {
            kind: 'quote',
            text: text.slice(turn.start, turn.end),
            span: [turn.start, turn.end],
            speaker,
            data: { words: text.slice(turn.start, turn.end).replace(/\s+/g, ' ').trim(), form: 'turn' },
          },
        ]
      : [],
  );
}
