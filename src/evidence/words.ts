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

export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const w = m[0].toLowerCase();
    if (!STOP.has(w) && w.length > 2) words.add(stem(w));
  }
  return words;
}
