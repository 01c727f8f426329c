// Word-level redlines inside matched provisions, readable like a legal comparison: whole
// words change, short connective runs between two changes are folded into the change,
// and a passage deleted in one place and inserted in another is shown as a move.

import { diffArrays } from 'diff';
import type { RedlineSegment } from './types.ts';

// Words keep inner apostrophes and hyphens ("Party's", "well-being"); whitespace runs and
// single punctuation marks are tokens of their own so nothing is ever lost.
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu;
/** Keeps the diff's cost near (tokens × edits) ≤ this; beyond it the middle is shown replaced. */
const WORK_BUDGET = 4_000_000;
/** A deleted and an inserted passage this long (in words) and equal are shown as a move. */
const MIN_MOVE_WORDS = 3;
const MAX_MOVE_SEARCH = 1500;

/** Splits text into word, whitespace and punctuation tokens (concatenation gives the text back). */
export function redlineTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Word-level redline: equal + delete (+ move-from) runs rebuild oldText up to whitespace, equal + insert (+ move-to) rebuild newText. */
export function redline(oldText: string, newText: string): RedlineSegment[] {
  const a = redlineTokens(oldText);
  const b = redlineTokens(newText);
  const key = (t: string) => (/^\s+$/.test(t) ? ' ' : t);
  let start = 0;
  while (start < a.length && start < b.length && key(a[start]!) === key(b[start]!)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && key(a[endA - 1]!) === key(b[endB - 1]!)) {
    endA--;
    endB--;
  }
  const raw: RedlineSegment[] = [];
  push(raw, 'equal', b.slice(0, start).join(''));
  raw.push(...diffMiddle(a.slice(start, endA), b.slice(start, endB), key));
  push(raw, 'equal', b.slice(endB).join(''));
  return markMoves(foldConnectives(raw));
}

function diffMiddle(a: string[], b: string[], key: (t: string) => string): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    const k = key(t);
    const id = ids.get(k) ?? ids.size;
    ids.set(k, id);
    return id;
  };
  const ia = a.map(idOf);
  const ib = b.map(idOf);
  const maxEditLength = Math.max(32, Math.floor(WORK_BUDGET / Math.max(1, a.length + b.length)));
  const changes = a.length > 0 && b.length > 0 ? diffArrays(ia, ib, { maxEditLength }) : undefined;
  if (!changes) {
    push(out, 'delete', a.join(''));
    push(out, 'insert', b.join(''));
    return out;
  }
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.removed) {
      push(out, 'delete', a.slice(i, i + c.count).join(''));
      i += c.count;
    } else if (c.added) {
      push(out, 'insert', b.slice(j, j + c.count).join(''));
      j += c.count;
    } else {
      push(out, 'equal', b.slice(j, j + c.count).join(''));
      i += c.count;
      j += c.count;
    }
  }
  return out;
}

function push(out: RedlineSegment[], kind: RedlineSegment['kind'], text: string): void {
  if (text !== '') out.push({ kind, text });
}

/** True for an equal run too slight to stand between two changes: spaces, punctuation, one short word. */
function isConnective(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length === 0 || (words.length === 1 && words[0]!.length <= 3);
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
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = '';
    ins = '';
  };
  raw.forEach((s, k) => {
    if (s.kind === 'delete') del += s.text;
    else if (s.kind === 'insert') ins += s.text;
    else if ((del !== '' || ins !== '') && k + 1 < raw.length && isConnective(s.text)) {
      del += s.text;
      ins += s.text;
    } else {
      flush();
      push(out, 'equal', s.text);
    }
  });
  flush();
  return out;
}

interface WordSpan {
  word: string;
  start: number;
  end: number;
}

function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
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
  for (const [from, to] of [
    ['insert', 'delete'],
    ['delete', 'insert'],
  ] as const) {
    for (let k = 0; k < segments.length; k++) {
      const piece = segments[k]!;
      if (piece.kind !== from) continue;
      const words = wordSpans(piece.text);
      if (words.length < MIN_MOVE_WORDS) continue;
      let host = -1;
      let range: [number, number] | undefined;
      for (let h = 0; h < segments.length && !range; h++) {
        if (segments[h]!.kind !== to || Math.abs(h - k) <= 1) continue;
        range = findWords(wordSpans(segments[h]!.text), words);
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
