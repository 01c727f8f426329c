// A deadline a source supersedes a sentence or two later: "The deadline for replies was 20 June. …
// The new date is 27 June." The source tells the move across sentences (a question and its answer,
// a paragraph and the next). The first day is the deadline's old state in that very source, not a
// day it gives as due; the second says what is due only in the first one's words.
import { perPassage, sharedWords } from './linkSupport.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

// A day told as the deadline's new one and naming no thing of its own: "the new date is", "the
// new deadline", "moved it to". It can only be the deadline told just before.
const NEW_DAY =
  /\bnew (?:date|deadline|day|target date|cut-?off)\b|\b(?:moved|extended|postponed|pushed back|put back|shifted) it (?:to|until)\b/i;
// A move told of a thing the sentence names ("the ceasefire was extended until"): the new day of
// the deadline before only when the two say what is due in like words, else another limit moved.
const MOVED = /\b(?:moved|extended|postponed|pushed back|put back|shifted) (?:to|until)\b/i;
const ALIKE_WORDS = 2;

const deadlineDay = (p: Passage): string | undefined =>
  p.claim?.kind === 'event' && p.claim.data.eventKind === 'deadline' ? p.claim.data.date : undefined;

// Each source's dated deadlines in the order it tells them, and where each stands: read once per
// source, so finding a deadline's neighbours costs no scan of its source.
const ordered = new WeakMap<Passage[], { list: Passage[]; at: Map<Passage, number> }>();
function toldInOrder(p: Passage): { list: Passage[]; at: Map<Passage, number> } {
  const siblings = p.siblings ?? [p];
  let read = ordered.get(siblings);
  if (!read) {
    const list = siblings.filter((s) => deadlineDay(s)).sort((x, y) => x.span[0] - y.span[0]);
    read = { list, at: new Map(list.map((s, i) => [s, i])) };
    ordered.set(siblings, read);
  }
  return read;
}

/** The nearest dated deadline told wholly before (`step` -1) or after (+1) this one in its source. */
function neighbour(p: Passage, step: -1 | 1): Passage | undefined {
  const { list, at } = toldInOrder(p);
  const before = (x: Passage, y: Passage) => x.span[1] <= y.span[0];
  for (let i = (at.get(p) ?? -1) + step; i >= 0 && i < list.length; i += step) {
    const s = list[i]!;
    if (step === -1 ? before(s, p) : before(p, s)) return s;
  }
  return undefined;
}

/**
 * The deadline a passage tells the new day of: the last one its source told before it, when that
 * one's day is earlier. Undefined for a passage that tells no new day.
 */
export const replacedDeadline = perPassage((p: Passage): Passage | undefined => {
  const day = deadlineDay(p);
  if (!day) return undefined;
  const named = NEW_DAY.test(p.text);
  if (!named && !MOVED.test(p.text)) return undefined;
  const last = neighbour(p, -1);
  if (!last || deadlineDay(last)! >= day) return undefined;
  return named || sharedWords(p, last) >= ALIKE_WORDS ? last : undefined;
});

/** Whether the next deadline its source tells replaces this one with a later day. */
export const replacedLater = perPassage((p: Passage, roster): boolean => {
  if (!deadlineDay(p)) return false;
  const next = neighbour(p, 1);
  return next !== undefined && replacedDeadline(next, roster) === p;
});

/** The passage that says what a deadline passage's day is due for: the one it replaces, else itself. */
export const whatIsDue = (p: Passage, roster: Roster): Passage => replacedDeadline(p, roster) ?? p;
