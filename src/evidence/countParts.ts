// Counts that are parts of another count, not other figures for it: each side's count told
// beside the other's ("157 to Arvenia and 155 to Torvania") against the two sides' total (312);
// some among those counted ("14 ships are among those held", "the gap concerned five vessels",
// "of the vessels held, 12 …", "nine other captives"); a mission's monitors against the prisoners
// a text frees. Each is a different thing counted, and a flag on them tells the reader of a
// disagreement there is not.
// So is a figure the sentence denies ("not 20 points").
import type { Quantity } from './numbers.ts';
import type { Passage } from './passages.ts';

/** Whether one of two counts is a part of the other, or a count of another kind of people. */
export function partsOfOne(a: Passage, x: Quantity, b: Passage, y: Quantity): boolean {
  return (
    addsUpTo(a, x, y.value) ||
    addsUpTo(b, y, x.value) ||
    someAmong(a, x) !== someAmong(b, y) ||
    roleAndCaptives(x, b, y) ||
    roleAndCaptives(y, a, x) ||
    denied(a, x) ||
    denied(b, y)
  );
}

// "Not 19 points, not 20 points, nothing", "800,000, not 600,000": a figure the sentence denies is
// no figure it gives, whatever it then says instead.
const NOT_BEFORE = /(?:^|[\s,;:(])not\s+(?:even\s+)?$/i;
const denied = (p: Passage, q: Quantity): boolean =>
  NOT_BEFORE.test(p.text.slice(Math.max(0, q.index - 12), q.index));

// A figure of a day, a year or a time of day is no count beside another: "on 17 March", "in 2029".
const DATE_NEAR =
  /^(?:\s*(?:st|nd|rd|th)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[:.]\d)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;
const FIGURE = /\b\d{1,3}(?:,\d{3})+\b|\b\d+\b/g;

/**
 * Whether a passage tells its count beside another of like size that together make the other
 * source's figure: "157 were transferred to Arvenia and 155 to Torvania" against 312. Parts of
 * like size only (each within twice the other), not a day of the month or a year.
 */
function addsUpTo(p: Passage, q: Quantity, whole: number): boolean {
  if (whole <= q.value) return false;
  const rest = whole - q.value;
  if (rest < q.value / 2 || rest > q.value * 2) return false;
  for (const m of p.text.matchAll(FIGURE)) {
    if (m.index === q.index) continue;
    const n = Number(m[0].replace(/,/g, ''));
    if (n !== rest || (n >= 1900 && n <= 2100)) continue;
    const before = p.text.slice(Math.max(0, m.index - 12), m.index);
    const after = p.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!DATE_NEAR.test(after) && !DATE_NEAR.test(before)) return true;
  }
  return false;
}

// Words that tell some among those counted, or the difference between two counts: "are among
// those held", "of them", "of whom", "Of the vessels held, 12", "the gap concerned five", "the
// five ships in between".
const AMONG =
  /\b(?:among (?:those|them|the)\b|of (?:them|whom|those)\b|in between\b|the (?:gap|difference|discrepancy|dispute) (?:concerns?|concerned|is over|was over|lies in|is about|was about)\b)/iu;
// "Of the vessels held, 12": read only where the clause opens so, not where REACH happens to cut
// a longer clause ("the release of the detainees held in …, 390 prisoners").
const OF_THE_OPENING = /^\s*of the \p{L}+(?: \p{L}+)?,?/iu;
const REACH = 50;

/** Whether the words around a count tell it as some among others. */
function someAmong(p: Passage, q: Quantity): boolean {
  const start = Math.max(0, q.index - REACH);
  const before = p.text.slice(start, q.index);
  const clauseStart = before.search(/[.;:!?][^.;:!?]*$/);
  const own = clauseStart === -1 ? before : before.slice(clauseStart + 1);
  const opens = clauseStart !== -1 || start === 0;
  const after = p.text.slice(q.index + q.text.length, q.index + q.text.length + REACH).split(/[.;!?]/)[0]!;
  return (
    AMONG.test(own) ||
    (opens && OF_THE_OPENING.test(own)) ||
    othersBesides(p, q, own) ||
    /^(?:[^,]*\s)?(?:are|is|were|was) among\b|^\s*in between\b/i.test(after)
  );
}

// Others counted besides some the sentence names: "freed along with nine other captives", "two
// engineers and 14 others", "the other 30 detainees". The count leaves those out: a part, not the whole.
const OTHERS_AFTER = /^\s*(?:\p{L}+\s+)?others?\b/iu;
const othersBesides = (p: Passage, q: Quantity, before: string): boolean =>
  /\bothers?\b/i.test(q.text) ||
  /\bother\s+$/i.test(before) ||
  OTHERS_AFTER.test(p.text.slice(q.index + q.text.length, q.index + q.text.length + 20));

// People counted by their role, and a generic count the words around it tell of captives.
const ROLES = new Set(['monitor', 'troop', 'offici', 'worker', 'journalist']);
const CAPTIVES =
  /\b(?:prisoners?|detainees?|captives?|hostages?|releas(?:e|es|ed|ing)|freed|exchanged?|swap(?:ped)?|returned home|held (?:since|in connection))\b/i;
const ROLE_WORDS =
  /\b(?:monitor(?:s|ing)?|observers?|mission|troops?|soldiers?|officials?|workers?|journalists?|staff)\b/i;

/**
 * A role's count ("250 monitors") against people counted with no role whose sentence tells of
 * captives ("the release of all prisoners …, 340 persons"): two kinds of people.
 */
function roleAndCaptives(x: Quantity, b: Passage, y: Quantity): boolean {
  if (!ROLES.has(x.unit) || y.unit !== 'person') return false;
  const around = b.text.slice(Math.max(0, y.index - 120), y.index + y.text.length + 60);
  return CAPTIVES.test(around) && !ROLE_WORDS.test(around);
}
