// Meaning words: what claim linking compares two passages by, where words.ts's content
// words (which event linking reads) keep the words as written. Lower case, stop words and
// reporting verbs out, each word to its base form (the compare engine's lemma: one
// rule-based reading of inflections and derivations for both engines), and words and
// phrases that mean the same thing in negotiation reporting folded to one (concepts.ts):
// "detained persons" and "prisoners", "would not accept" and "rejected", "put forward"
// and "proposed" meet.
import { lemma } from '../core/lemma.ts';
import { CONCEPTS, NEGATED_ASSENT } from './concepts.ts';
import { REPORTING_VERBS } from './lexicon.ts';
import { TELLING_CHANNEL } from './tellingChannel.ts';
import { STOP_WORDS } from './words.ts';

const STOP = new Set([
  ...STOP_WORDS,
  // Words of the telling, not of what is told.
  ...'mr mrs ms dr himself herself itself themselves ourselves whether'.split(' '),
  // Greetings and courtesies: every briefing and record opens with them.
  ...'good morning afternoon evening everyone everybody welcome hello ladies gentlemen colleagues'.split(' '),
  // "The representative of Ketheny": a title, like "minister".
  'representative',
]);
/**
 * The procedure of a meeting's record: who has the floor, thanks to the chair, the opening
 * and the decision formula. Every record says them, of whatever business.
 */
const PROCEDURE =
  /\b(?:give|gives|giving|gave|have|has|take|takes|took|yield|yields) the floor\b|\bthank you,?\s+(?:madam |mister |mr\.? )?(?:chair(?:man|woman|person)?|president)\b|\bI (?:now )?(?:open|close) the (?:meeting|session|sitting)\b|\bit is so decided\b/gi;
// Who said it is not what was said: "emphasized", "noted", "stressed" are no shared content.
for (const verb of REPORTING_VERBS.split('|')) if (!verb.includes(' ')) STOP.add(verb);

const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '');
// "negotiated" and "negotiation", "finalized" and "finalise" must meet: the lemma reads
// "-ate" and "-ise" off the bare verb only, so an inflected verb is first made bare.
const bare = (w: string) => w.replace(/at(?:ed|ing|es)$/, 'ate').replace(/i[sz](?:ed|ing|es)$/, 'ise');
const base = (w: string) => lemma(bare(fold(w)));

/** Each single word of a concept line to the line's name; phrases apart, read before words. */
function readConcepts(): { single: Map<string, string>; phrases: Map<string, string> } {
  const single = new Map<string, string>();
  const phrases = new Map<string, string>();
  for (const line of CONCEPTS) {
    const words = line.split('|');
    // The line's first word as written: rules elsewhere name stems ("delegation", "talk").
    const name = words[0]!;
    for (const word of words) {
      if (/[\s-]/.test(word)) phrases.set(word.replace(/[\s-]+/g, ' '), name);
      else if (!single.has(base(word))) single.set(base(word), name);
    }
  }
  return { single, phrases };
}
const { single: SINGLE, phrases: PHRASES } = readConcepts();
const escaped = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+');
// Longest first, so "round of talks" is read before "talks".
const PHRASE = new RegExp(
  `\\b(?:${[...PHRASES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|')})(?:e?s)?\\b`,
  'g',
);
// A phrase's concept is marked so that the stop-word and length rules leave it alone.
const MARK = '\u0001';

/** The concept of a phrase as found, in the plural too ("detained persons"). */
function phraseConcept(found: string): string {
  const p = found.replace(/[\s-]+/g, ' ');
  return PHRASES.get(p) ?? PHRASES.get(p.replace(/s$/, '')) ?? PHRASES.get(p.replace(/es$/, '')) ?? p;
}

// Stems of the words seen so far: a server links documents for months, so the memo is
// emptied when it grows past what a few thousand documents' vocabulary needs.
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

/** The stem a word is compared by: lower case, its base form, its concept if it has one. */
export function meaningStem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    const b = base(word.toLowerCase().replace(/['’]s$/, ''));
    s = SINGLE.get(b) ?? b;
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, s);
  }
  return s;
}

// A count in digits is read as the same count in letters: "9 observers" and "nine observers",
// "45 monitors" and "forty-five monitors", "within 30 days" and "within thirty days" share their
// figure as words. A count of two words is read as one ("forty-five" as "fortyfive"), so that 45 and
// 48 share no "forty", nor 45 and 5 a "five". Never a day of a month, a time, a year, a decimal, a
// list's number ("4. Decides"), a range ("3 to 5 March"), a share ("30%"), a sum ("20 million",
// "$40"), nor a text's size ("14 points"): two sizes of one text are told apart by their figures
// (textSizes.ts), which a shared word would weigh again. Two periods of one act ("within 30 days",
// "within 21 days") are compared besides their figures (linkLikeness.ts), which now read as words.
const UNITS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ' ten twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const APART_BY_FIGURE = '(?:points?|hundreds?|thousands?|millions?|billions?|bn|m)\\b';
// A time of day ("9 am", "10 o'clock") and a numbered part of a text ("Article 5", "paragraph 12")
// name a moment or a place in the text, not a count: "under Article 5" shares nothing with "five monitors".
const CLOCK = "(?:[ap]\\.?m\\b\\.?|o['’]clock\\b|h\\b)";
const NUMBERED_PART =
  '(?:article|art\\.|paragraph|para\\.|resolution|chapter|section|clause|item|annex|point|no\\.)';
const FIGURE = new RegExp(
  `(?<![\\d.,:/$€£¥]|\\b${MONTH}\\s|\\b${NUMBERED_PART}\\s)\\b([3-9]|[1-9]\\d)\\b(?![.,:/]\\d|[.)](?:\\s|$)|\\s*(?:-|–|to|and)\\s*\\d|\\s+${MONTH}\\b|\\s*%|[\\s-]+${APART_BY_FIGURE}|\\s*${CLOCK})`,
  'gi',
);
const spelled = (n: number) =>
  n < 20 ? UNITS[n]! : `${TENS[Math.floor(n / 10)]!}${n % 10 ? UNITS[n % 10] : ''}`;
// "Forty-five", "forty five" as written: one word, as its digits are read.
const TWO_WORD_COUNT = new RegExp(
  `\\b(${TENS.slice(2).join('|')})[\\s-]+(${UNITS.slice(1, 10).join('|')})\\b`,
  'gi',
);
const FIGURE_STEMS = new Set(Array.from({ length: 100 }, (_, n) => meaningStem(spelled(n))));
/** Whether a meaning word is a count (3, "three", "forty-five"): what two reports of one thing may give apart. */
export const isFigureWord = (w: string): boolean => FIGURE_STEMS.has(w);

/** The content words of a text: stems of what it says, phrases of one meaning as one word. */
export function meaningWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = (/\d/.test(text) ? text.replace(FIGURE, (n) => spelled(Number(n))) : text)
    .replace(TWO_WORD_COUNT, '$1$2')
    .replace(PROCEDURE, ' ')
    .replace(TELLING_CHANNEL, ' ')
    .toLowerCase()
    .replace(NEGATED_ASSENT, ` ${MARK}reject `)
    .replace(PHRASE, (p) => ` ${MARK}${phraseConcept(p)} `);
  for (const m of lower.matchAll(/\u0001?[\p{L}][\p{L}'’]*/gu)) {
    const w = m[0];
    if (w.startsWith(MARK)) words.add(w.slice(1));
    else if (!STOP.has(w) && w.length > 2) words.add(meaningStem(w));
  }
  return words;
}
