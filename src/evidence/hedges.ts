// What a hedge before a figure allows: "about 200" is 180 to 220, "nearly five hours" or "as
// many as 300" a little under the figure, "more than 100" anything above it, "fewer than 50" anything below. Counts
// (numbers.ts) and the lengths of calls and meetings (eventDurations.ts) read hedges alike.
// A limit a rule sets ("no more than 1,200 observers", "up to 4.5 million tonnes", "no fewer than
// twelve miles") is no hedge: it is the figure the text sets, compared as written.

export type Hedge = 'near' | 'nearly' | 'below' | 'above' | 'atLeast';

// The hedge phrases, longest first within each, and what each says of the figure.
const HEDGES: [string, Hedge][] = [
  ['about|around|roughly|approximately|some|an estimated|circa|c\\.', 'near'],
  // "As many as 300" is a high estimate: up to about 300, as "nearly" is.
  ['nearly|almost|close to|just under|as many as', 'nearly'],
  ['(?<!no )(?:fewer|less) than|under', 'below'],
  // An observed level said never to have gone under a figure ("has not fallen below 1,100") is
  // above it, not a limit set.
  [
    '(?<!no )(?:more than|over)|upwards of|in excess of|not fallen below|never fallen below|not dropped below|not gone below',
    'above',
  ],
  ['(?<!no )at least', 'atLeast'],
];
/** Every hedge phrase, as a regex alternation (words only: "just", "well" may come before). */
export const HEDGE_WORDS = HEDGES.map(([words]) => words).join('|');
const READS = HEDGES.map(([words, hedge]) => [new RegExp(`^(?:${words})$`, 'i'), hedge] as const);
// Right before a figure, with a softener before it: "just over", "well under", "a little more than".
const BEFORE = new RegExp(`\\b(?:(?:just|well|a little|slightly)\\s+)?(${HEDGE_WORDS})\\s+$`, 'i');

// The last word of every hedge phrase.
const LAST_WORDS = new Set(
  HEDGE_WORDS.replace(/\(\?<!no \)|\(\?:|\)/g, '')
    .split('|')
    .map((w) => w.split(' ').at(-1)!.replace('\\.', '.')),
);

/** The hedge a phrase says ("about", "just over"), if it is one. */
export function hedgeOf(phrase: string): Hedge | undefined {
  const words = phrase
    .trim()
    .replace(/^(?:just|well|a little|slightly)\s+/i, '')
    .toLowerCase();
  if (words === 'just under') return 'nearly';
  return READS.find(([re]) => re.test(words))?.[1];
}

/** The hedge right before a figure, from the text that ends where the figure starts. */
export function hedgeBefore(before: string): Hedge | undefined {
  // Most figures follow no hedge: its last word is asked first, without the whole pattern.
  const last = /([\p{L}.]+)\s+$/u.exec(before.slice(-16))?.[1]?.toLowerCase();
  if (last === undefined || !LAST_WORDS.has(last)) return undefined;
  const m = BEFORE.exec(before.slice(-40));
  return m ? hedgeOf(m[0]) : undefined;
}

// A comparison a rule negates sets a limit, the figure the text sets: "shall not be less than",
// "not more than", "no dam shall be built less than" (a prohibition whose subject comes
// between). Read in the figure's own clause, back to the last stop or semicolon. The noun after
// "no" is the thing the rule governs: "there is no doubt the buffer will be less than 10 km" denies
// nothing about the buffer, and its "less than" stays a hedge; nor does "no one doubts", though "no
// one shall be held for more than" is a rule.
const NOT_GOVERNED =
  '(?!(?:doubt|question|way|chance|sign|reason|indication|evidence|suggestion|hint|guarantee|telling|one\\s+(?:doubts|thinks|believes|expects|knows|denies|disputes))\\b)';
const NEGATED_COMPARISON = new RegExp(
  `(?:\\bnot\\s+(?:[\\p{L}-]+\\s+)?|\\bno\\s+${NOT_GOVERNED}(?:[\\p{L}-]+\\s+){1,4}?(?:shall|must|may|can|will|is to|are to)\\s+(?:[\\p{L}-]+\\s+){0,3}?)(?:${HEDGE_WORDS})\\s+$`,
  'iu',
);

/**
 * Whether the text before a figure negates its "less than" or "more than" as a rule does: a
 * limit set, compared as written, not a hedge ("No dam shall stand less than 5 km from a river").
 */
export function limitByRule(before: string): boolean {
  const clause = before
    .slice(-80)
    .split(/[.;:!?]\s/)
    .at(-1)!;
  const m = NEGATED_COMPARISON.exec(clause);
  if (!m) return false;
  const hedge = hedgeBefore(clause);
  return hedge === 'below' || hedge === 'above';
}

// "About 200" stands for a figure within a tenth of it; "nearly 200" for one up to 15% under.
const NEAR = 0.1;
const NEARLY = 0.15;

/**
 * The values a figure given with a hedge allows, its ends included; `rounding` is how far a
 * plain figure may stand from the truth (a call "lasted 45 minutes" may have lasted 47). Above
 * and below exclude the figure itself: "more than 100" is not 100.
 */
export function hedgeSpan(value: number, hedge: Hedge | undefined, rounding = 0): [number, number] {
  const past = (v: number, up: boolean) => v + (up ? 1 : -1) * Math.max(Math.abs(v) * 1e-9, 1e-12);
  switch (hedge) {
    case 'near':
      return [value * (1 - NEAR), value * (1 + NEAR)];
    case 'nearly':
      return [value * (1 - NEARLY), value];
    case 'below':
      return [0, past(value, false)];
    case 'above':
      return [past(value, true), Number.POSITIVE_INFINITY];
    case 'atLeast':
      return [value, Number.POSITIVE_INFINITY];
    default:
      return [value * (1 - rounding), value * (1 + rounding)];
  }
}

/** Whether two spans of values meet: two figures that can both be true. */
export const spansMeet = ([lo1, hi1]: [number, number], [lo2, hi2]: [number, number]): boolean =>
  lo1 <= hi2 && lo2 <= hi1;
