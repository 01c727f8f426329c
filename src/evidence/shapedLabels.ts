// Speaker labels read by the shape of their lines alone, for a record whose label style no named
// reader knows: a short line of capitalised words (a name or an office, a bracketed aside or a short
// party tag after it), a time stamp before or after it or none, then the words on the next line or
// after a colon. Such a line is a label only where the record repeats it: a transcript names each
// speaker again at every turn, while a heading, a header field or a table's row names its thing once
// or introduces no sentence. The reader runs after every named one and takes only what they left.
//
// A line with nothing else to vouch for it — no recording's clock, no colon — is a label only where
// the words under such lines speak as speakers do, in the first person: a live page heads each
// update with the wall clock and the place it is filed from ("10:02 Dakar"), repeated over a
// sentence as a label is, and reports in the third person. A country's name over its
// representative's words ("My delegation…") stays a label.
import type { TurnLabel } from './genre.ts';
import { LABEL_KEYS } from './recurringLabels.ts';

// A recording's or a record's clock: "[00:00:04]", "(12:31)", "0:01:10", "14.02".
const STAMP = String.raw`(?:\[\d{1,2}(?::\d{2}){1,2}\]|\(\d{1,2}(?::\d{2}){1,2}\)|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)`;
// Words of a name or an office: capitalised, or a lowercase particle of either ("of", "van").
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = '(?:of|for|the|an|na|de|del|der|di|du|la|le|van|von|da|dos|y|bin|al)';
const NAME = String.raw`${WORD}(?:[ \t]+(?:${WORD}|${PARTICLE})){0,5}`;
// A bracketed aside ("(Lab)", "(Foreign Office)").
const ASIDE = String.raw`(?:[ \t]*\(([^()\n]{1,40})\))?`;
// A short lowercase tag after a name, as a party is abbreviated ("lib", "soc"): only before a colon.
const TAG = String.raw`(?:[ \t]+(?!(?:said|says|asks|adds|and|but|was|is|to)\b)\p{Ll}{1,4})?`;

/** A label alone on its line: the stamp may stand before or after it. */
const OWN_LINE = new RegExp(
  String.raw`^(?:(${STAMP})[ \t]+)?(${NAME})${ASIDE}(?:[ \t]+(${STAMP}))?[ \t]*$`,
  'u',
);
// A recording's clock, as against the wall's: in brackets, or counting seconds ("0:00:31").
const RECORDING_CLOCK = /^[[(]|\d[:.]\d{2}[:.]\d{2}/;
/** A label and a colon opening the words on its line, after a stamp (a plain "Name:" is recurringLabels.ts'). */
const STAMPED_COLON = new RegExp(String.raw`^${STAMP}[ \t]+((${NAME})${TAG})${ASIDE}:[ \t]+(?=\S)`, 'u');

const STAMP_AFTER = new RegExp(String.raw`[ \t]+${STAMP}[ \t]*$`, 'u');

// The words a label introduces: a line with a lowercase word, or one sentence however short.
const SPEECH = /\p{Ll}{2,}|[.!?…]["”’)]?$/u;
// A speaker's own voice, outside the words the speaker quotes.
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y(?:self)?|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?|[Oo]urselves)\b/;
// A quotation, from its opening mark to the next mark of either kind: each character is read once.
const QUOTED = /["“][^"“”\n]*["”]/g;
export const speaksForItself = (words: string): boolean => FIRST_PERSON.test(words.replace(QUOTED, ' '));
// The share of unvouched lines whose words must speak in the first person: a record's speakers
// answer, ask and thank in short sentences without "I" too.
const FIRST_PERSON_SHARE = 1 / 3;

interface ShapedLine {
  /** The label as written (name, tag, aside), without stamps or colon. */
  said: string;
  name: string;
  aside?: string;
  /** Length of the label's opening: the whole line and its break, or up to the words after the colon. */
  full: number;
  /**
   * The line's shape: a time stamp and a colon, a recording's clock on its own line, or a name
   * alone (a wall clock beside it or none).
   */
  kind: 'stamped colon' | 'stamped line' | 'line';
  /** The words under a label alone on its line speak in the first person. */
  firstPerson?: boolean;
}

/** The label shape of one line (the first of `paragraph`) with the line after it, if any. */
function shapeOf(line: string, next: string | undefined): ShapedLine | undefined {
  const colon = STAMPED_COLON.exec(line);
  if (colon)
    return {
      said: line.slice(line.indexOf(colon[1]!), colon[0].lastIndexOf(':')).trim(),
      name: colon[2]!,
      ...(colon[3] ? { aside: colon[3] } : {}),
      full: colon[0].length,
      kind: 'stamped colon',
    };
  const own = line.length <= 90 ? OWN_LINE.exec(line.trimEnd()) : null;
  if (!own || next === undefined || !SPEECH.test(next) || OWN_LINE.test(next.trimEnd())) return undefined;
  const said = line.slice(line.indexOf(own[2]!));
  const stamp = own[1] ?? own[4];
  return {
    said: said.replace(STAMP_AFTER, '').trim(),
    name: own[2]!,
    ...(own[3] ? { aside: own[3] } : {}),
    full: line.length + 1,
    kind: stamp !== undefined && RECORDING_CLOCK.test(stamp) ? 'stamped line' : 'line',
    firstPerson: speaksForItself(next),
  };
}

/** A reader of one document's shaped labels, paragraph by paragraph (`shapedLabels`). */
export type ShapedLabelReader = (paragraph: string) => TurnLabel | undefined;

// A transcript has two speakers or more, each labelled again: one name twice is a heading's or a list's.
const MIN_RECURRING = 2;
const MIN_LINES = 4;
const NEXT_LINES_READ = 400;

/**
 * A reader of the labels `text` gives in a shape (`shapeOf`) and repeats: undefined unless two
 * labels or more recur and four lines or more hold them. The key of a label is its name part. Where
 * the recurring labels carry a time stamp, every line of their shape is a label, a speaker heard once
 * too: a name between a clock and the words is no heading's. Names alone on their lines count only
 * where a share of the words under them speak in the first person.
 */
export function shapedLabels(text: string): ShapedLabelReader | undefined {
  const lines = text.split('\n');
  const shapes: ShapedLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const c = line.charCodeAt(0);
    // Only lines opening with a capital, a digit or a bracket are tried: most lines fail here.
    if (
      !(
        line.length > 2 &&
        ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 91 || c === 40 || c >= 0xc0)
      )
    )
      continue;
    const next = lines.slice(k + 1, k + 3).find((l) => l.trim() !== '');
    const shaped = shapeOf(line, next);
    if (shaped && !LABEL_KEYS.test(shaped.name)) shapes.push(shaped);
  }
  const alone = shapes.filter((shape) => shape.kind === 'line');
  const aloneSpeak = alone.filter((shape) => shape.firstPerson).length >= alone.length * FIRST_PERSON_SHARE;
  const counts = new Map<string, number>();
  const kinds = new Map<string, ShapedLine['kind']>();
  for (const shaped of shapes) {
    if (shaped.kind === 'line' && !aloneSpeak) continue;
    counts.set(shaped.name, (counts.get(shaped.name) ?? 0) + 1);
    kinds.set(shaped.name, shaped.kind);
  }
  const recurring = [...counts].filter(([, n]) => n >= 2);
  const held = recurring.reduce((sum, [, n]) => sum + n, 0);
  if (recurring.length < MIN_RECURRING || held < MIN_LINES) return undefined;
  const labels = new Set(recurring.map(([name]) => name));
  const stamped = new Set<ShapedLine['kind']>(
    recurring.map(([name]) => kinds.get(name)!).filter((kind) => kind !== 'line'),
  );
  return (paragraph) => {
    const nl = paragraph.indexOf('\n');
    const line = nl === -1 ? paragraph : paragraph.slice(0, nl);
    // The next lines that hold words, a bounded stretch only: a long paragraph is read once, not per label.
    const rest =
      nl === -1
        ? undefined
        : paragraph
            .slice(nl + 1, nl + 1 + NEXT_LINES_READ)
            .split('\n')
            .find((l) => l.trim() !== '');
    // A label alone in its paragraph has its words in the next: the record's repetition vouches for it.
    const shaped = shapeOf(line, rest ?? 'words.');
    if (
      !shaped ||
      LABEL_KEYS.test(shaped.name) ||
      (shaped.kind === 'line' && !aloneSpeak) ||
      !(labels.has(shaped.name) || stamped.has(shaped.kind))
    )
      return undefined;
    return {
      full: paragraph.slice(0, Math.min(shaped.full, paragraph.length)),
      question: false,
      name: shaped.name,
      said: shaped.said,
      ...(shaped.aside ? { aside: shaped.aside } : {}),
      ...(shaped.full > line.length ? { ownLine: true } : {}),
    };
  };
}
