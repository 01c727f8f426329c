// A figure said as a figure, what it counts named before it: "How many monitors?" and then
// "Fifty-two is the figure Kessel gave us"; "the prisoner numbers" and then "Kessel says 1,500";
// "We hold forty-three nationals." and then "Our figure remains forty-seven." Briefings, hearings,
// chats and analyses set one side's figure against another's so: whoever asks or opens the count
// names the thing once, and each figure after it is bare. Such a figure counts the nearest thing
// counted, or asked about, before it.
import { hedgeBefore } from './hedges.ts';
import { MONTH_NAME } from './lexicon.ts';
import { type Quantity, quantities } from './numbers.ts';
import { NUMBER, numberOf } from './numberWords.ts';
import { unitOf } from './quantityUnits.ts';

const HEDGE = '(?:(?:only|just|about|around|some|roughly|nearly|almost|over|under)\\s+)?';
// A source said or counted it ("Kessel says 48", "we counted 96", "the union put it at 1,300"), or it
// is the figure itself ("the figure is 280", "our number remains forty-seven").
const SAID = new RegExp(
  `\\b(?:says|said|say|saying|mentioned|cites|cited|quotes|quoted|gives|gave|counts|counted|count|puts it at|put it at|(?:figure|number|total|tally|count)\\s+(?:is|was|remains|remained|stands at|stood at))\\s+${HEDGE}${NUMBER}`,
  'giu',
);
// "Fifty-two is the figure Kessel gave us", "312 was their number".
const FIGURE_FIRST = new RegExp(
  `^["“‘']?${NUMBER}(?=\\s+(?:is|was)\\s+(?:the|our|their|its|his|her|my)\\s+(?:figure|number|total|count)\\b)`,
  'iu',
);
// A bare figure ends where it stands alone: a pause, the sentence's end, or a word that is no
// noun of its own ("says 48 on the line", "312 a month ago"); "says eleven countries" has its noun.
// Not a clock's hour ("at 14:30") nor a date ("says 12 May").
const ALONE = new RegExp(
  String.raw`^(?!:\d)\s*(?:[.,;:!?)"'”’—–]|$|(?:and|or|but|not|then|now|at|on|in|for|from|by|to|a|an|last|this|so|as|according|is|was|were|are)\b(?!\s+${MONTH_NAME}\b))`,
  'i',
);
// What an asker or a count names without a figure: "how many monitors", "the number of families",
// "the count of monitors", "the prisoner numbers", "figures for the detainees".
const ASKED = [
  /\b(?:how many|(?:the|a) (?:number|count|tally|total|figures?) (?:of|for))\s+(?:the\s+|our\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+s)\b/giu,
  /\bthe\s+(\p{L}{4,})\s+(?:numbers|figures|count|tally|toll)\b/giu,
];
// How far back the thing counted may be named: a question and its answer, a paragraph's opening.
const REACH = 400;
// A bare figure for the thing counted before it is of its size: within three times of that figure.
const LIKE_SIZE = 3;

/** The bare figures `sentence` says, each in the unit of what `text` counts last before `at`, where it starts. */
export function saidFigures(sentence: string, text: string, at: number): Quantity[] {
  const bare: { from: number; raw: string }[] = [];
  for (const m of sentence.matchAll(SAID))
    bare.push({ from: m.index + m[0].length - m[1]!.length, raw: m[1]! });
  const first = FIGURE_FIRST.exec(sentence);
  if (first) bare.push({ from: first[0].length - first[1]!.length, raw: first[1]! });
  const figures = bare.filter(({ from, raw }) => ALONE.test(sentence.slice(from + raw.length)));
  if (figures.length === 0) return [];
  const context = text.slice(Math.max(0, at - REACH), at);
  return figures.flatMap(({ from, raw }) => {
    // "says one fifteen" is a price or an hour read aloud, two figures in a row, no count.
    const spoken = /^\p{L}/u.test(raw) && /\s/.test(raw) && !/\b(?:hundred|and|point)\b/i.test(raw);
    const base = /^(?:a|one|half a)$/i.test(raw) || /^\d{4}$/.test(raw) || spoken ? undefined : numberOf(raw);
    if (base === undefined) return [];
    const of = countedBefore(context, base);
    if (!of) return [];
    const value = base * (of.factor ?? 1);
    const approx = hedgeBefore(sentence.slice(Math.max(0, from - 30), from));
    const { approx: _, part: __, stage: ___, open: ____, ...kind } = of;
    return [{ ...kind, value, index: from, text: raw, ...(approx ? { approx } : {}) }];
  });
}

/**
 * The last thing counted or asked about in `text` that a bare figure `value` may count: a figure of its
 * size with its unit ("forty-three nationals from six vessels": 47 counts the nationals), or a
 * plural asked of (value 0).
 */
function countedBefore(text: string, value: number): Quantity | undefined {
  const counted = quantities(text)
    .filter((q) => {
      const said = value * (q.factor ?? 1);
      return q.unit !== '' && said <= LIKE_SIZE * q.value && q.value <= LIKE_SIZE * said;
    })
    .at(-1);
  let asked: Quantity | undefined;
  for (const re of ASKED)
    for (const m of text.matchAll(re)) {
      const unit = unitOf(m[1]!);
      if (unit && (!asked || m.index > asked.index))
        asked = { value: 0, unit: unit.unit, factor: unit.factor, index: m.index, text: '' };
    }
  return asked && (!counted || asked.index > counted.index) ? asked : counted;
}
