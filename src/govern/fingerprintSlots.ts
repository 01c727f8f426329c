// Finds the variant slots of a master text: the places where a copy may use another
// wording without changing the meaning, with the text span to rewrite and both surfaces.
import { MONTHS, NUMBERING_WORDS } from './fingerprintTable.ts';
import { type Item, numberInWords, readItems, spellingPartner } from './fingerprintText.ts';

export interface Slot {
  /** Index of the slot's item in the master's item stream. */
  item: number;
  cls: string;
  /** [master form, alternative form]; a copy's bit picks one. */
  forms: readonly [string, string];
  /** Span of the master text that the chosen surface replaces. */
  start: number;
  end: number;
  surfaces: readonly [string, string];
}

const isWord = (item: Item | undefined) => item !== undefined && /^[\p{L}\p{N}#]/u.test(item.cls);

function matchCase(raw: string, surface: string): string {
  if (raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) return surface.toUpperCase();
  const first = raw[0] ?? '';
  return first !== first.toLowerCase() ? surface[0]!.toUpperCase() + surface.slice(1) : surface;
}

/** The master's items and its slots, in text order. Throws nothing. */
export function findSlots(text: string): { items: Item[]; slots: Slot[] } {
  const items = readItems(text);
  const slots: Slot[] = [];
  items.forEach((_, k) => {
    const slot = slotAt(text, items, k);
    if (slot) slots.push(slot);
  });
  return { items, slots };
}

function slotAt(text: string, items: readonly Item[], k: number): Slot | undefined {
  const item = items[k]!;
  const raw = text.slice(item.start, item.end);
  const prev = items[k - 1];
  const simple = (other: string): Slot => ({
    item: k,
    cls: item.cls,
    forms: [item.form, other],
    start: item.start,
    end: item.end,
    surfaces: [raw, matchCase(raw, other)],
  });
  if (item.group) {
    const partner = item.group.partner[item.form];
    if (partner === undefined || (prev && item.group.notAfter?.includes(prev.cls))) return undefined;
    // "Non-Proliferation Treaty" closed up loses the inner capital for good: leave it.
    if (/^.+\p{Lu}/u.test(raw) && raw !== raw.toUpperCase() && !item.group.standalone) return undefined;
    if (item.group.standalone) {
      if (!item.group.forms.includes(raw) || !standsAlone(text, item.start, item.end)) return undefined;
      return { ...simple(partner), surfaces: [raw, partner] };
    }
    return simple(partner);
  }
  if (item.form === 'uk' || item.form === 'us') {
    const other = spellingPartner(raw.toLowerCase());
    return other === undefined
      ? undefined
      : { ...simple(item.form === 'uk' ? 'us' : 'uk'), surfaces: [raw, matchCase(raw, other)] };
  }
  if (item.form === 'dmy' || item.form === 'mdy')
    return insideId(text, item.start, item.end) ? undefined : dateSlot(item, raw, k);
  if (item.form === 'word' || item.form === 'digit')
    return insideId(text, item.start, item.end) ? undefined : numberSlot(raw, items, k);
  if ((item.cls === 'and' || item.cls === 'or') && prev && isSerialList(items, k)) {
    const s0 = text.slice(prev.end, item.end);
    const s1 = item.form === 'comma' ? text.slice(item.start + 1, item.end) : `,${s0}`;
    return {
      item: k,
      cls: item.cls,
      forms: [item.form, item.form === 'comma' ? 'plain' : 'comma'],
      start: prev.end,
      end: item.end,
      surfaces: [s0, s1],
    };
  }
  return undefined;
}

// Free-standing: no hyphen, slash, dot, @, digit or letter touching either side, and for a
// form without a final stop, no stop after it either (so "US." never becomes "U.S..").
// A form ending in a stop must be followed by a lowercase word or , ; : so dropping the
// stop never ends or starts a sentence.
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text.slice(end);
  if (/[-/.@_\p{L}\p{N}]/u.test(before)) return false;
  if (text[end - 1] === '.') return /^(\s+[\p{Ll}]|[,;:])/u.test(after);
  return !/^[-/.@_\p{L}\p{N}]/u.test(after);
}

// "23 November 2025" ↔ "November 23, 2025": the same day in British or American order.
function dateSlot(item: Item, raw: string, k: number): Slot {
  const [day, month, year] = item.cls.slice('date:'.length).split('-') as [string, string, string?];
  const Month = month[0]!.toUpperCase() + month.slice(1);
  const other =
    item.form === 'dmy'
      ? `${Month} ${day}${year ? `, ${year}` : ''}`
      : `${day} ${Month}${year ? ` ${year}` : ''}`;
  return {
    item: k,
    cls: item.cls,
    forms: [item.form, item.form === 'dmy' ? 'mdy' : 'dmy'],
    start: item.start,
    end: item.end,
    surfaces: [raw, other],
  };
}

// Part of an identifier, path, address or code ("UN/2025/7", "A-7", "v2.5", "item_3").
function insideId(text: string, start: number, end: number): boolean {
  return (
    /[-/.@_#\p{L}\p{N}]/u.test(text[start - 1] ?? ' ') ||
    /^([/@_\p{L}\p{N}]|[.-][\p{L}\p{N}])/u.test(text.slice(end))
  );
}

// "A, B and C": one to three words between a comma and the conjunction, a word before
// the comma. A heuristic: a parenthetical ("X, acting alone and ...") can fool it.
function isSerialList(items: readonly Item[], k: number): boolean {
  for (let p = k - 2; p >= Math.max(0, k - 4); p--) {
    const candidate = items[p]!;
    if (candidate.cls === ',')
      return (
        isWord(items[p - 1]) &&
        items.slice(p + 1, k).every((i) => isWord(i) && i.cls !== 'and' && i.cls !== 'or')
      );
    if (!isWord(candidate)) return false;
  }
  return false;
}

// Quantities ("sixty days") flip between words and digits; references ("Article 3"),
// dates, times, list numbers and sentence-initial numbers stay as written.
function numberSlot(raw: string, items: readonly Item[], k: number): Slot | undefined {
  const item = items[k]!;
  const value = Number(item.cls.slice(1));
  const prev = items[k - 1]?.cls ?? '.';
  const next = items[k + 1]?.cls ?? '.';
  if (value < 2 || value > 99 || raw.startsWith('0') || raw[0] !== raw[0]!.toLowerCase()) return undefined;
  if (NUMBERING_WORDS.has(prev) || MONTHS.has(prev) || MONTHS.has(next) || prev === '(' || prev === '.')
    return undefined;
  if (item.form === 'digit' && ['.', ')', ':'].includes(next)) return undefined;
  const other = item.form === 'word' ? String(value) : numberInWords(value);
  return {
    item: k,
    cls: item.cls,
    forms: [item.form, item.form === 'word' ? 'digit' : 'word'],
    start: item.start,
    end: item.end,
    surfaces: [raw, other],
  };
}
