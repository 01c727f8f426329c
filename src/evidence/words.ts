import { allMatches } from './regex.ts';

// Content words: what cross-source linking compares passages by. Lower case, stop words
// out, common endings off, and words that mean the same thing in these documents folded.

/** Words that carry no content of their own in a report: what both linkings leave out. */
export const STOP_WORDS: readonly string[] = (
  'a an the and or but of to in on at by for with from as is are was were be been being it its this that these ' +
  'those he she they we you i our their his her them us will would shall should can could may might must has have ' +
  'had do does did not no so if then than there here what which who whom whose when where why how all any both ' +
  'each more most other some such only own same too very just also into about over after before again further ' +
  'once said says told say according while out up down off new one two today yesterday tomorrow week ' +
  'january february march april may june july august september october november december monday tuesday ' +
  'wednesday thursday friday saturday sunday thank thanks'
).split(' ');
const STOP = new Set(STOP_WORDS);
// Words that mean the same thing in these documents, folded to one.
const SYNONYMS: Record<string, string> = {
  detaine: 'prisoner',
  detain: 'prisoner',
  captive: 'prisoner',
  swap: 'exchang',
  finaliz: 'final',
  finalis: 'final',
  finish: 'final',
  settl: 'final',
  clos: 'final',
  negotiat: 'talk',
  round: 'talk',
  text: 'draft',
  proposal: 'draft',
  guarantor: 'guarante',
  harbour: 'port',
  fee: 'tariff',
  head: 'lead',
  led: 'lead',
  team: 'delegation',
  vessel: 'ship',
  measur: 'measure',
  // Negotiation and diplomatic words said several ways.
  telephon: 'phon',
  convers: 'call',
  underwrit: 'guarante',
  annual: 'year',
  accord: 'agreement',
};

/** The stem a word is compared by: lower case, common endings off, synonyms folded. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const s = w.length > 4 ? w.replace(/(?:ations?|ings?|ed|es|s|e|ly)$/, '') : w;
  return SYNONYMS[s] ?? s;
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

function addWord(words: Set<string>, word: string): void {
  const w = word.toLowerCase();
  if (!STOP.has(w) && w.length > 2) words.add(stem(w));
}

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of allMatches(WORD, text)) addWord(words, m[0]);
  return words;
}

/**
 * The content words of `text.slice(start, end)`, then of `more`, for each slice in turn, in one
 * set and in the order `contentWords` would add them. Slices that share a start are read in one
 * pass: a run of names is read once, not once per name in it ("Drava Drava …" repeated made
 * every name re-read the run before it, and linking such a text was quadratic).
 */
export function contentWordsOfSlices(text: string, slices: [number, number, string][]): Set<string> {
  const runs = new Map<number, { end: number; tokens: RegExpExecArray[]; next: number }>();
  for (const [start, end] of slices) {
    const run = runs.get(start);
    if (run) run.end = Math.max(run.end, end);
    else runs.set(start, { end, tokens: [], next: 0 });
  }
  for (const [start, run] of runs) run.tokens = allMatches(WORD, text.slice(start, run.end));
  const words = new Set<string>();
  for (const [start, end, more] of slices) {
    const run = runs.get(start)!;
    const { tokens } = run;
    const cut = end - start;
    // The words wholly before the cut, read once per run; then the word the cut falls in, up to it.
    while (run.next < tokens.length && tokens[run.next]!.index + tokens[run.next]![0].length <= cut)
      addWord(words, tokens[run.next++]![0]);
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.index + tokens[mid]![0].length <= cut) lo = mid + 1;
      else hi = mid;
    }
    const cutIn = tokens[lo];
    if (cutIn && cutIn.index < cut) addWord(words, cutIn[0].slice(0, cut - cutIn.index));
    for (const m of allMatches(WORD, more)) addWord(words, m[0]);
  }
  return words;
}
