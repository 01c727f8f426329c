// Speaker labels behind a mark the record sets before every turn: a symbol ("○Chair (Ada Lind): …"
// in a Japanese or Korean committee's minutes, "◆", "■") or a numbered word ("Anf. 41 Foreign
// Minister ADA LIND (M):" in a Nordic parliament's record, "Nr. 12", "[41]"). No rule knows every
// house's mark; the record shows it is one: the same mark opens three turns or more, over labels
// one of which comes back (an exchange). A list's bullet ("•", "-") is left to the list readers.
// A story's key points under a bullet ("● Fisheries: …") are no turns: the labels read as people
// (a name of two words, an office, a named delegation), two of them come back, and no wire
// dateline opens the text above the first mark.
import { bareName, isRole, type TurnLabel, turnLabel } from './genre.ts';
import type { Turn } from './turns.ts';
import { opensWithWireDateline } from './wireLede.ts';

// A symbol or two, not a list's bullet, a quotation mark or a bracket.
const SYMBOL_MARK = /^(?![•·‣▪▫◦*\-–—►▸➢→✓✔☐"'“”‘’«»([{])[\p{S}\p{Po}]{1,2}[ \t]*/u;
// A short word and a number, or a number in brackets: "Anf. 41 ", "Nr 7: ", "[12] ", "(3) ".
const NUMBERED_MARK = /^(?:(\p{L}{1,6}\.?)[ \t]?|[[(])\d{1,4}(?:\.\d{1,3})?[\])]?[.:]?[ \t]+(?=\p{Lu})/u;
const MIN_TURNS = 3;
const DATELINE_LINES = 6;
const LETTER = /\p{L}/u;

interface Marked {
  key: string;
  length: number;
}

function markOf(line: string): Marked | undefined {
  const c = line.charCodeAt(0);
  // Letters open most lines: only a short word before a figure is tried among them.
  if ((c >= 97 && c <= 122) || c === 32) return undefined;
  const letter = (c >= 65 && c <= 90) || (c >= 0xc0 && LETTER.test(line[0]!));
  // A word opens most lines: only one with a figure in its first few characters can be a numbered mark.
  if (letter && !/\d/.test(line.slice(0, 9))) return undefined;
  const numbered = NUMBERED_MARK.exec(line);
  if (numbered) return { key: `${numbered[1] ?? '['}#`, length: numbered[0].length };
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return undefined;
  const symbol = SYMBOL_MARK.exec(line);
  return symbol ? { key: symbol[0].trim(), length: symbol[0].length } : undefined;
}

/** The label a line holds after `mark`, with the mark in its `full`. */
function labelAfter(line: string, mark: Marked): TurnLabel | undefined {
  const label = turnLabel(line.slice(mark.length));
  if (!label) return undefined;
  return {
    ...label,
    full: line.slice(0, mark.length) + label.full,
    said: label.said ?? label.full.replace(/:?\s*$/, ''),
  };
}

/** How many distinct labels `seen` holds more than once. */
function comeBack(seen: string[]): number {
  return new Set(seen.filter((name, i) => seen.indexOf(name) !== i)).size;
}

/** A label that reads as a person: an office or title, a named delegation, a name of two words. */
function readsAsPerson(label: TurnLabel): boolean {
  if (label.delegation || label.chamber || label.question || label.answer || label.aside) return true;
  const said = label.name ?? label.said ?? label.full.replace(/:?\s*$/, '');
  const words = said.split(/\s+/).filter(Boolean);
  return words.some(isRole) || bareName(said).split(/\s+/).filter(Boolean).length >= 2;
}

/**
 * A reader of labels behind the mark `lines` repeat before their turns (see above), for lines no
 * other rule reads; undefined when no mark repeats so.
 */
export function markedLabels(lines: string[]): ((paragraph: string) => TurnLabel | undefined) | undefined {
  const names = new Map<string, string[]>();
  let datelined = false;
  for (const [i, line] of lines.entries()) {
    const mark = markOf(line);
    const label = mark && labelAfter(line, mark);
    if (!mark || !label) {
      // A wire's dateline opens its story: only the top lines are tried.
      if (i < DATELINE_LINES && names.size === 0 && !datelined && opensWithWireDateline(line))
        datelined = true;
      continue;
    }
    if (datelined || !readsAsPerson(label)) continue;
    const seen = names.get(mark.key) ?? [];
    seen.push((label.name ?? label.said ?? label.full).toLowerCase());
    names.set(mark.key, seen);
  }
  const keys = new Set(
    [...names].filter(([, seen]) => seen.length >= MIN_TURNS && comeBack(seen) >= 1).map(([key]) => key),
  );
  if (keys.size === 0) return undefined;
  return (paragraph) => {
    const mark = markOf(paragraph);
    return mark && keys.has(mark.key) ? labelAfter(paragraph, mark) : undefined;
  };
}

/**
 * The turns from the first one the record marks: its head's unmarked "Chair: Ada Lind" and
 * "Minister for Foreign Affairs: Oleg Varin" lines list who is present, and speak no words.
 */
export function afterFirstMarked(
  text: string,
  turns: Turn[],
  marked: ((paragraph: string) => TurnLabel | undefined) | undefined,
): Turn[] {
  if (!marked) return turns;
  const first = turns.findIndex((t) => {
    const from = text.lastIndexOf('\n', t.labelSpan[0] - 1) + 1;
    const to = text.indexOf('\n', t.labelSpan[0]);
    return marked(text.slice(from, to === -1 ? text.length : to)) !== undefined;
  });
  return first > 0 ? turns.slice(first) : turns;
}
