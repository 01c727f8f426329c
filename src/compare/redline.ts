// Word-level redlines inside matched provisions, readable like a legal comparison: whole
// words change, short connective runs between two changes are folded into the change,
// and a passage deleted in one place and inserted in another is shown as a move.

import { diffSequences } from './myers.ts';
import type { RedlineSegment } from './types.ts';

// Words keep inner apostrophes and hyphens ("Party's", "well-being"); a punctuation mark
// is a token of its own. Each token carries the whitespace after it, which halves what the
// diff has to walk; only leading whitespace stands alone. Nothing is ever lost.
/** The token pattern; ASCII text is scanned by hand to the same tokens (`asciiTokens`). */
export const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\s*|[^\p{L}\p{N}\s]\s*|\s+/gu;
/** Keeps each diff's cost near (tokens × edits) ≤ this; beyond it a stretch is shown replaced. */
const WORK_BUDGET = 4_000_000;
/** Every diff may explore at least this many edits, however long the texts. */
const MIN_EDITS = 64;
/** Above this many tokens, diff sentences first (then words inside changed sentences). */
const SENTENCE_LEVEL = 8000;
/** A deleted and an inserted passage this long (in words) and equal are shown as a move. */
const MIN_MOVE_WORDS = 3;
const MAX_MOVE_SEARCH = 1500;

/** Splits text into word and punctuation tokens with their trailing spaces (concatenation gives the text back). */
export function redlineTokens(text: string): string[] {
  const { at } = tokenize(text, new Map());
  return Array.from({ length: at.length - 1 }, (_, i) => text.slice(at[i], at[i + 1]));
}

/**
 * A text cut into tokens without copying it: token i is `text.slice(at[i], at[i + 1])`, and
 * `id[i]` names it without its trailing spacing (one id per distinct word or mark).
 */
interface Tokens {
  text: string;
  at: Int32Array;
  id: Int32Array;
}

const ASCII = /^[\x00-\x7f]*$/;
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isSpaceCode = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Tokens of `text`; `ids` interns the tokens' spacing-free forms across both texts of a redline. */
function tokenize(text: string, ids: Map<string, number>): Tokens {
  const at: number[] = [];
  const id: number[] = [];
  const add = (start: number, bare: number) => {
    const key = bare > start ? text.slice(start, bare) : ' ';
    let n = ids.get(key);
    if (n === undefined) {
      n = ids.size;
      ids.set(key, n);
    }
    at.push(start);
    id.push(n);
  };
  if (ASCII.test(text)) {
    // `TOKEN` scanned by hand: the same tokens, several times faster than the regex.
    const n = text.length;
    let i = 0;
    while (i < n) {
      const start = i;
      const c = text.charCodeAt(i);
      if (isWordCode(c)) {
        i++;
        for (;;) {
          while (i < n && isWordCode(text.charCodeAt(i))) i++;
          const joiner = text.charCodeAt(i);
          if ((joiner === 39 || joiner === 45) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) i++;
          else break;
        }
      } else if (!isSpaceCode(c)) {
        i++;
      }
      const bare = i;
      while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
      add(start, bare);
    }
  } else {
    for (const m of text.matchAll(TOKEN)) add(m.index, m.index + m[0].trimEnd().length);
  }
  at.push(text.length);
  return { text, at: Int32Array.from(at), id: Int32Array.from(id) };
}

/** The text of tokens [from, to). */
const piece = (t: Tokens, from: number, to: number) => t.text.slice(t.at[from], t.at[to]);

/** Word-level redline. Equal (its `oldText` if set), delete and move-from runs rebuild oldText exactly; equal, insert and move-to runs rebuild newText. */
export function redline(oldText: string, newText: string): RedlineSegment[] {
  // Most pairs of a revision are kept word for word: nothing to diff.
  if (oldText === newText) return oldText === '' ? [] : [{ kind: 'equal', text: newText }];
  const ids = new Map<string, number>();
  const a = tokenize(oldText, ids);
  const b = tokenize(newText, ids);
  const [n, m] = [a.id.length, b.id.length];
  let start = 0;
  while (start < n && start < m && a.id[start] === b.id[start]) start++;
  let endA = n;
  let endB = m;
  while (endA > start && endB > start && a.id[endA - 1] === b.id[endB - 1]) {
    endA--;
    endB--;
  }
  const raw: RedlineSegment[] = [];
  pushEqual(raw, piece(a, 0, start), piece(b, 0, start));
  for (const segment of diffTokens(a, [start, endA], b, [start, endB])) raw.push(segment);
  pushEqual(raw, piece(a, endA, n), piece(b, endB, m));
  return markMoves(foldConnectives(raw));
}

type Range = [from: number, to: number];

/**
 * Word diff of two token ranges. Long texts are first diffed sentence by sentence and only
 * the changed stretches word by word, so a 1 MB provision with a few edits stays cheap.
 */
function diffTokens(
  a: Tokens,
  [a0, a1]: Range,
  b: Tokens,
  [b0, b1]: Range,
  bySentence = true,
): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  const total = a1 - a0 + (b1 - b0);
  if (bySentence && total > SENTENCE_LEVEL) return diffBySentence(a, [a0, a1], b, [b0, b1]);
  const runs = diffSequences(
    a.id.subarray(a0, a1),
    b.id.subarray(b0, b1),
    Math.max(MIN_EDITS, Math.floor(WORK_BUDGET / Math.max(1, total))),
  );
  if (!runs) {
    push(out, 'delete', piece(a, a0, a1));
    push(out, 'insert', piece(b, b0, b1));
    return out;
  }
  let i = a0;
  let j = b0;
  for (const run of runs) {
    const old = run.kind === 'insert' ? '' : piece(a, i, i + run.count);
    const neu = run.kind === 'delete' ? '' : piece(b, j, j + run.count);
    if (run.kind === 'equal') pushEqual(out, old, neu);
    else push(out, run.kind, run.kind === 'delete' ? old : neu);
    if (run.kind !== 'insert') i += run.count;
    if (run.kind !== 'delete') j += run.count;
  }
  return out;
}

/** Cuts tokens [from, to) into sentences (after . ; : ! ? or a line break), as ranges. */
function sentences(t: Tokens, [from, to]: Range): Range[] {
  const out: Range[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const [s, e] = [t.at[i]!, t.at[i + 1]!];
    const newline = t.text.indexOf('\n', s);
    if (SENTENCE_END.includes(t.text[s]!) || (newline >= 0 && newline < e)) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < to) out.push([start, to]);
  return out;
}

const SENTENCE_END = '.;:!?';

function diffBySentence(a: Tokens, ra: Range, b: Tokens, rb: Range): RedlineSegment[] {
  const sa = sentences(a, ra);
  const sb = sentences(b, rb);
  const ids = new Map<string, number>();
  const idOf = (t: Tokens, [s, e]: Range) => {
    const k = t.id.subarray(s, e).join(',');
    const id = ids.get(k) ?? ids.size;
    ids.set(k, id);
    return id;
  };
  const ua = sa.map((r) => idOf(a, r));
  const ub = sb.map((r) => idOf(b, r));
  const runs = diffSequences(
    ua,
    ub,
    Math.max(MIN_EDITS, Math.floor(WORK_BUDGET / (ua.length + ub.length))),
  ) ?? [
    { kind: 'delete' as const, count: ua.length },
    { kind: 'insert' as const, count: ub.length },
  ];
  const out: RedlineSegment[] = [];
  let i = 0;
  let j = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.kind === 'equal') {
      pushEqual(
        out,
        piece(a, sa[i]![0], sa[i + run.count - 1]![1]),
        piece(b, sb[j]![0], sb[j + run.count - 1]![1]),
      );
      i += run.count;
      j += run.count;
      continue;
    }
    // A changed stretch: the deleted and the inserted sentences side by side, diffed by word.
    const dels = run.kind === 'delete' ? run.count : 0;
    const next = runs[r + 1];
    const inss = run.kind === 'insert' ? run.count : next?.kind === 'insert' ? next.count : 0;
    if (run.kind === 'delete' && next?.kind === 'insert') r++;
    const stretchA: Range = dels > 0 ? [sa[i]![0], sa[i + dels - 1]![1]] : [0, 0];
    const stretchB: Range = inss > 0 ? [sb[j]![0], sb[j + inss - 1]![1]] : [0, 0];
    // Word level only from here: a changed stretch never goes back to sentences (bounded recursion).
    for (const segment of diffTokens(a, stretchA, b, stretchB, false)) out.push(segment);
    i += dels;
    j += inss;
  }
  return out;
}

function push(out: RedlineSegment[], kind: RedlineSegment['kind'], text: string): void {
  if (text !== '') out.push({ kind, text });
}

/** Equal words may be spaced differently on the two sides; keep the old spacing too. */
function pushEqual(out: RedlineSegment[], oldText: string, newText: string): void {
  if (newText === '' && oldText === '') return;
  out.push(
    oldText === newText ? { kind: 'equal', text: newText } : { kind: 'equal', text: newText, oldText },
  );
}

/** True for an equal run too slight to stand between two changes: spaces, punctuation, one short word. */
function isConnective(text: string): boolean {
  // Scanned by hand and left at the first sign of substance: most equal runs are long.
  let letters = 0;
  let words = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      const all = text.match(/[\p{L}\p{N}]+/gu) ?? [];
      return all.length === 0 || (all.length === 1 && all[0]!.length <= 3);
    }
    if (!isWordCode(c)) continue;
    if (i === 0 || !isWordCode(text.charCodeAt(i - 1))) words++;
    letters++;
    if (words > 1 || letters > 3) return false;
  }
  return true;
}

/**
 * Rebuilds the segments as alternating equal runs and change blocks (all deletions, then
 * all insertions), absorbing connective equal runs that sit between two changes.
 */
function foldConnectives(raw: readonly RedlineSegment[]): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    // A space both sides end with belongs to the text that follows, not to the change.
    const space = del !== '' && ins !== '' ? commonTrailingSpace(del, ins) : '';
    push(out, 'delete', del.slice(0, del.length - space.length));
    push(out, 'insert', ins.slice(0, ins.length - space.length));
    if (space !== '') appendEqual(out, { kind: 'equal', text: space });
    del = '';
    ins = '';
  };
  raw.forEach((s, k) => {
    if (s.kind === 'delete') del += s.text;
    else if (s.kind === 'insert') ins += s.text;
    else if ((del !== '' || ins !== '') && k + 1 < raw.length && isConnective(s.text)) {
      del += s.oldText ?? s.text;
      ins += s.text;
    } else {
      flush();
      appendEqual(out, s);
    }
  });
  flush();
  return out;
}

function commonTrailingSpace(x: string, y: string): string {
  const sx = /\s*$/.exec(x)![0];
  const sy = /\s*$/.exec(y)![0];
  let n = 0;
  while (n < sx.length && n < sy.length && sx[sx.length - 1 - n] === sy[sy.length - 1 - n]) n++;
  return sx.slice(sx.length - n);
}

/** Adds an equal run, joined to a preceding equal run so the output stays minimal. */
function appendEqual(out: RedlineSegment[], s: RedlineSegment): void {
  const last = out[out.length - 1];
  if (last?.kind !== 'equal') {
    out.push(s);
    return;
  }
  const text = last.text + s.text;
  const oldText = (last.oldText ?? last.text) + (s.oldText ?? s.text);
  out[out.length - 1] = oldText === text ? { kind: 'equal', text } : { kind: 'equal', text, oldText };
}

interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** The words of a text (letters and digits, lower-cased) with where they stand. */
function wordSpans(text: string): WordSpan[] {
  if (!ASCII.test(text)) {
    return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
      word: m[0].toLowerCase(),
      start: m.index,
      end: m.index + m[0].length,
    }));
  }
  // The same spans for ASCII text, scanned by hand.
  const out: WordSpan[] = [];
  for (let i = 0; i < text.length; ) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
    out.push({ word: text.slice(start, i).toLowerCase(), start, end: i });
  }
  return out;
}

/** Where the word sequence `words` occurs in `spans`, as a character range of the host text. */
function findWords(spans: readonly WordSpan[], words: readonly WordSpan[]): [number, number] | undefined {
  outer: for (let i = 0; i + words.length <= spans.length; i++) {
    for (let j = 0; j < words.length; j++) if (spans[i + j]!.word !== words[j]!.word) continue outer;
    return [spans[i]!.start, spans[i + words.length - 1]!.end];
  }
  return undefined;
}

/**
 * Shows a passage deleted in one place and inserted in another (same words, any spacing
 * and case) as a move. The passage may be part of a larger change on the other side,
 * which is then cut around it. Neighbouring changes are rewrites, not moves.
 */
function markMoves(input: RedlineSegment[]): RedlineSegment[] {
  // The search is quadratic in segments; past this many the changes are shown as they are.
  if (input.length > MAX_MOVE_SEARCH) return input;
  let segments = input;
  let moveId = 0;
  // Each segment's words are read once, however many pieces look for themselves in it.
  const spansOf = new Map<RedlineSegment, WordSpan[]>();
  const spans = (segment: RedlineSegment) => {
    let found = spansOf.get(segment);
    if (!found) {
      found = wordSpans(segment.text);
      spansOf.set(segment, found);
    }
    return found;
  };
  for (const [from, to] of [
    ['insert', 'delete'],
    ['delete', 'insert'],
  ] as const) {
    for (let k = 0; k < segments.length; k++) {
      const piece = segments[k]!;
      if (piece.kind !== from) continue;
      const words = spans(piece);
      if (words.length < MIN_MOVE_WORDS) continue;
      let host = -1;
      let range: [number, number] | undefined;
      for (let h = 0; h < segments.length && !range; h++) {
        if (segments[h]!.kind !== to || Math.abs(h - k) <= 1) continue;
        range = findWords(spans(segments[h]!), words);
        host = h;
      }
      if (!range) continue;
      const text = segments[host]!.text;
      moveId++;
      const cut: RedlineSegment[] = [];
      push(cut, to, text.slice(0, range[0]));
      cut.push({
        kind: from === 'delete' ? 'move-to' : 'move-from',
        text: text.slice(range[0], range[1]),
        moveId,
      });
      push(cut, to, text.slice(range[1]));
      segments[k] = { kind: from === 'delete' ? 'move-from' : 'move-to', text: piece.text, moveId };
      segments = [...segments.slice(0, host), ...cut, ...segments.slice(host + 1)];
      if (host < k) k += cut.length - 1;
    }
  }
  return segments;
}
