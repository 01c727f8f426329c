// Subtitle files (SubRip .srt, WebVTT .vtt, a meeting app's recorded transcript): numbered cues, each a
// timing line ("00:01:07,000 --> 00:01:11,500") over a line or two of words. The captioner names the
// speaker when the voice changes ("QUINTERO-BAEZ: …", "JOURNALIST (Radio Insular): …", WebVTT's
// "<v Ada Lind>") and leaves it implied on the cues after; a meeting app repeats it on every cue.
// Each cue is one quotation of the last speaker named, its number and timing nobody's words.
import { turnLabel } from './genre.ts';
import type { Turn } from './turns.ts';
import type { Span } from './types.ts';

// The timing line: hours optional in WebVTT, a comma (SubRip) or a point (WebVTT) before the
// milliseconds, WebVTT's cue settings after ("align:start position:10%", by their six names only).
// Cleaning joins a cue's words that open in lower case onto the line before, the timing line too:
// what follows the times and settings is words, a spoken "score:3-1" among them.
const TIMING =
  /^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?:[ \t]+(?:align|line|position|size|region|vertical):\S+)*(?=[ \t]|$)[ \t]*/;
// A cue's number or WebVTT's identifier over the timing ("17", a meeting app's "6b1f0c2e/17-0"): one
// short token with a figure in it, tested only on a line a timing follows (a pattern with the figure
// inside, tried on a long line of figures, was quadratic). The file's head lines are nobody's words.
const CUE_ID_MAX = 64;
const isCueId = (said: string): boolean =>
  said.length <= CUE_ID_MAX && /^[\w/.-]+$/.test(said) && /\d/.test(said);
const FILE_HEAD = /^(?:WEBVTT\b.*|NOTE\b.*|STYLE|REGION|Kind:.*|Language:.*)$/;
// WebVTT's voice tag: "<v Ada Lind>", "<v.loud Ada Lind>" (closed by "</v>" or the cue's end).
const VOICE_TAG = /^<v(?:\.[\w.-]+)?[ \t]+([^>\n]{1,60})>[ \t]*/;
const MIN_CUES = 3;
const SENTENCE_END = /[.?!…]["”’']?\s*$/;
const s0 = (cue: Span[]) => cue[cue.length - 1]![0];
const e0 = (cue: Span[]) => cue[cue.length - 1]![1];
// A subtitle file has nothing outside its cues but its head; a page that copies one has a title or two.
const MAX_HEAD_LINES = 3;

/** The words of each cue, as spans of `text`: the lines after its timing up to the next blank line. */
function cueBodies(text: string): Span[][] | undefined {
  const cues: Span[][] = [];
  let open: Span[] | undefined;
  let head = 0;
  let timings = 0;
  const lines: Span[] = [];
  for (let from = 0; from <= text.length; ) {
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    lines.push([from, end]);
    from = end + 1;
  }
  const line = (i: number) => (lines[i] ? text.slice(lines[i]![0], lines[i]![1]).trim() : '');
  const nextTiming = (i: number) => {
    let k = i + 1;
    while (k < lines.length && line(k) === '') k++;
    return TIMING.test(line(k));
  };
  let lastTiming = lines.length;
  while (lastTiming > 0 && !TIMING.test(line(lastTiming - 1))) lastTiming--;
  lastTiming--;
  for (let i = 0; i < lines.length; i++) {
    const said = line(i);
    if (said === '') continue;
    // Cleaning parts a cue's lines as it parts paragraphs, so a cue reaches to the next cue. The last
    // has no next: its words end at the first line after a finished sentence, and what follows (a
    // story's narration, another's quotation) is no cue's.
    if (open && i > lastTiming && open.length > 0 && SENTENCE_END.test(text.slice(s0(open), e0(open)))) {
      open = undefined;
    }
    const [s, e] = lines[i]!;
    const timing = TIMING.exec(said);
    if (timing) {
      timings++;
      open = [];
      cues.push(open);
      const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
      if (timing[0].length < said.length) open.push([s + lead + timing[0].length, e]);
    } else if (nextTiming(i) && isCueId(said)) {
      open = undefined;
    } else if (open) open.push([s, e]);
    else if (!FILE_HEAD.test(said) && ++head > MAX_HEAD_LINES) return undefined;
  }
  return timings >= MIN_CUES ? cues.filter((c) => c.length > 0) : undefined;
}

/** The text's cues as transcript turns (turns.ts), or undefined when it is no subtitle file. */
export function subtitleTurns(text: string): Turn[] | undefined {
  // Most documents have no timing arrow at all.
  if (!text.includes('-->')) return undefined;
  const cues = cueBodies(text);
  if (!cues) return undefined;
  const turns: Turn[] = [];
  let speaking: Omit<Turn, 'body'> | undefined;
  for (const cue of cues) {
    const start = cue[0]![0] + (text.slice(cue[0]![0]).length - text.slice(cue[0]![0]).trimStart().length);
    const end = cue[cue.length - 1]![1];
    const words = text.slice(start, end);
    const voice = VOICE_TAG.exec(words);
    const label = voice ? undefined : turnLabel(words);
    if (voice) {
      const name = voice[1]!.trim();
      speaking = { label: name, labelSpan: [start + 3, start + 3 + name.length], question: false, name };
    } else if (label) {
      const said = label.said ?? label.full.replace(/:?\s*$/, '');
      const at = start + Math.max(0, label.full.indexOf(said));
      speaking = {
        label: said,
        labelSpan: [at, at + said.length],
        question: label.question,
        ...(label.name ? { name: label.name } : {}),
        ...(label.aside ? { aside: label.aside } : {}),
        ...(label.answer ? { answer: true } : {}),
      };
    }
    // Words before any speaker is named (a title card, "[Music]") are nobody's.
    if (!speaking) continue;
    const from = voice ? start + voice[0].length : label ? start + label.full.length : start;
    const to = end - (words.length - words.trimEnd().length);
    if (to > from) turns.push({ ...speaking, body: [from, to] });
  }
  return turns.length > 0 ? turns : undefined;
}
