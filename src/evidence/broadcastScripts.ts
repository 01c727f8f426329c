// A broadcast's script or bulletin transcript: "ANCHOR:", "REPORTER:" over the newsroom's own lines,
// "NATS: TRUCK ENGINE" for the sound under them, and the people heard in between as cued clips
// ("SOUNDBITE: (Ada Lind, Foreign Minister, in Norlandic)", "[SOT] ADA LIND, ENVOY: "…"", "BITE:").
// A clip's words are its speaker's, named in the cue; a script whose head carries the newsroom's
// fields ("SLUG:", "LENGTH: 3:40") has its anchor's and reporter's unnamed lines dropped: they are
// its own voice, as a news story's narration, no quotation; its fields and sound cues are nobody's.
import type { Gazetteer } from './gazetteer.ts';
import { speakerNamed } from './gazetteer.ts';
import type { Turn } from './turns.ts';
import type { Span, Speaker } from './types.ts';

// The cue of a clip, as a label or in brackets opening a paragraph, and what names its speaker:
// a bracketed aside ("(Ada Lind, Foreign Minister, in Norlandic)") or a name and office before a colon.
// A web transcript sets the cue on a line of its own, the name and the office apart by a slash:
// "[Sound bite] Ada Lind / Foreign Minister of Norland (translated)".
const BITE =
  /^\[?(?:sound ?bite|sot|bite|actuality|clip|insert|sync|grab)\]?(?::[ \t]*|[ \t]+)(?:\(([^()\n]{3,160})\)|([^:\n"“]{3,100}):|([^:\n"“()]{3,120}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?=\n|$))?[ \t]*\n?[ \t]*/i;
// The sound under the words, and the script's fields.
const SOUND = /^(?:nats?|nat sound|sfx|ambi(?:ence)?|sound|music|fx)$/i;
const FIELD = /^(?:slug|type|length|duration|runs|trt|date|reporter|producer|editor|dateline|tape|format)$/i;
const NEWSROOM = /^(?:anchor|reporter|correspondent|presenter|host|newsreader|vo|track|voice ?over)$/i;
// The fields that make a head a script's, not a transcript's list of who speaks: a slug or a TRT
// alone, or two of the others over lines an ANCHOR, VO or TRACK reads (a press conference's
// record has a "Type:" or a "Duration:" too, and its REPORTER asks questions).
const SCRIPT_ONLY = /^(?:slug|trt)[ \t]*:/im;
const SCRIPT_FIELD = /^(slug|length|duration|trt|runs|type)[ \t]*:/gim;
const SCRIPT_VOICE = /^(?:anchor|vo|track)$/i;
const HEAD_REACH = 600;

const cueName = (said: string): string | undefined => {
  const first = said.split(/,|[ \t]\/[ \t]/)[0]!.trim();
  return /^\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(first) ? first : undefined;
};

function speakerOf(name: string, gazetteer: Gazetteer): Speaker {
  const cased = name
    .split(/\s+/)
    .map((w) =>
      /\p{Ll}/u.test(w)
        ? w
        : w[0] +
          w
            .slice(1)
            .toLowerCase()
            .replace(/-\p{Ll}/gu, (m) => m.toUpperCase()),
    )
    .join(' ');
  return speakerNamed(cased, gazetteer) ?? { name: cased, via: 'name' };
}

/** A clip cued at `at` (a paragraph's start): its speaker and where its words start. */
function biteAt(
  text: string,
  at: number,
  end: number,
  gazetteer: Gazetteer,
): { speaker: Speaker; from: number } | undefined {
  const m = BITE.exec(text.slice(at, Math.min(end, at + 300)));
  if (!m) return undefined;
  const name = cueName(m[1] ?? m[2] ?? m[3] ?? '');
  return name ? { speaker: speakerOf(name, gazetteer), from: at + m[0].length } : undefined;
}

/** The one a clip's cue alone on its line names ("[Sound bite] Ada Lind / Envoy"), and where the name is. */
export function cuedSpeaker(
  text: string,
  [start, end]: Span,
  gazetteer: Gazetteer,
): { speaker: Speaker; at: number } | undefined {
  const bite = biteAt(text, start, end, gazetteer);
  if (!bite || text.slice(bite.from, end).trim() !== '') return undefined;
  const said = bite.speaker.said ?? bite.speaker.name;
  const at = text.slice(start, end).indexOf(said.split(/\s+/)[0]!);
  return { speaker: bite.speaker, at: start + Math.max(0, at) };
}

/**
 * The turns of a broadcast's script or transcript (see above): clips cued inside a turn split it
 * and speak for the one their cue names; sound cues and fields go; a script's unnamed newsroom
 * lines go. Other records' turns come back as they were.
 */
export function broadcastTurns(text: string, turns: Turn[], gazetteer: Gazetteer): Turn[] {
  if (
    !turns.some(
      (t) =>
        BITE.test(text.slice(t.labelSpan[0], t.labelSpan[0] + 20)) ||
        /\[(?:sound ?bite|sot)\]/i.test(text.slice(t.body[0], t.body[1])),
    )
  )
    return turns;
  const head = text.slice(0, Math.min(text.length, turns[0]?.labelSpan[0] ?? 0) + HEAD_REACH);
  const fields = new Set([...head.matchAll(SCRIPT_FIELD)].map((m) => m[1]!.toLowerCase()));
  const script =
    SCRIPT_ONLY.test(head) ||
    (fields.size >= 2 && turns.some((t) => SCRIPT_VOICE.test((t.name ?? t.label).trim())));
  const out: Turn[] = [];
  for (const turn of turns) {
    // "REPORTER (ADA LIND)": a question's label keeps its aside unread (genre.ts): read here.
    const parts = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(turn.label);
    const label = (turn.name ?? parts?.[1] ?? turn.label).replace(/^\[|\]$/g, '').trim();
    const aside = turn.aside ?? parts?.[2];
    // A head's fields are nobody's words, a script's or a press conference's record's.
    if (SOUND.test(label) || (fields.size > 0 && FIELD.test(label) && out.length === 0)) continue;
    // The clip cued by this turn's own label.
    const own = biteAt(text, turn.labelSpan[0], turn.body[1], gazetteer);
    const pieces = splitAtBites(
      text,
      own ? { ...turn, body: [own.from, turn.body[1]], speaker: own.speaker } : turn,
      gazetteer,
    );
    for (const piece of pieces) {
      const unnamed = !piece.speaker && NEWSROOM.test(label) && !aside;
      // A question is asked of someone: never the script's narration.
      if (script && unnamed && !text.slice(piece.body[0], piece.body[1]).trimEnd().endsWith('?')) continue;
      // "REPORTER (ADA LIND):": the newsroom's role with its holder's name, the name speaks.
      const holder = !piece.speaker && NEWSROOM.test(label) && aside ? cueName(aside) : undefined;
      out.push(inMarks(text, holder ? { ...piece, speaker: speakerOf(holder, gazetteer) } : piece));
    }
  }
  return out;
}

/** A turn cut before every paragraph a clip's cue opens, each clip a turn of its own. */
function splitAtBites(text: string, turn: Turn, gazetteer: Gazetteer): Turn[] {
  const pieces: Turn[] = [];
  let from = turn.body[0];
  let current: Turn = turn;
  for (let nl = text.indexOf('\n', from); nl !== -1 && nl < turn.body[1]; nl = text.indexOf('\n', nl + 1)) {
    const at = nl + 1;
    const bite =
      text[at] === '[' || /\p{Lu}/u.test(text[at] ?? '')
        ? biteAt(text, at, turn.body[1], gazetteer)
        : undefined;
    if (!bite) continue;
    const body: Span = [from, nl];
    if (text.slice(body[0], body[1]).trim() !== '') pieces.push({ ...current, body });
    current = { ...turn, speaker: bite.speaker, labelSpan: [at, bite.from] };
    from = bite.from;
    nl = bite.from - 1;
  }
  pieces.push({ ...current, body: [from, turn.body[1]] });
  return pieces;
}

/** A clip printed in one pair of marks is quoted without them. */
function inMarks(text: string, turn: Turn): Turn {
  const said = text.slice(turn.body[0], turn.body[1]);
  const s = said.length - said.trimStart().length;
  const e = said.trimEnd().length;
  const inner = said.slice(s + 1, e - 1);
  return said[s] === '"' && said[e - 1] === '"' && e - s > 2 && !inner.includes('"')
    ? { ...turn, body: [turn.body[0] + s + 1, turn.body[0] + e - 1] }
    : turn;
}
