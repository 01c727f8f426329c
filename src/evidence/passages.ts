// Passages: what cross-source linking compares. Every sentence of a document, every
// sentence of a quotation with its speaker, and every event claim; each keeps its span,
// its content words (stemmed, synonyms folded), its quantities and its roster names.
import { buildGazetteer } from './gazetteer.ts';
import { scanNames } from './names.ts';
import { type Quantity, quantities } from './numbers.ts';
import { splitSentences } from './sentences.ts';
import type { Roster, Span, Speaker, SuggestedClaim } from './types.ts';

const MIN_WORDS = 3;

export interface LinkDocument {
  source: string;
  cleanText: string;
  /** Publication date `YYYY-MM-DD`: the document's relative dates resolve against it. */
  published?: string | undefined;
  claims: SuggestedClaim[];
}

export interface Passage {
  source: string;
  span: Span;
  text: string;
  kind: 'sentence' | 'quote' | 'event';
  claim?: SuggestedClaim;
  /** The speaker of the quotation the passage sits in. */
  speaker?: Speaker;
  words: Set<string>;
  quantities: Quantity[];
  /** Roster ids named in the passage. */
  names: string[];
  published?: string | undefined;
}

const STOP = new Set(
  (
    'a an the and or but of to in on at by for with from as is are was were be been being it its this that these ' +
    'those he she they we you i our their his her them us will would shall should can could may might must has have ' +
    'had do does did not no so if then than there here what which who whom whose when where why how all any both ' +
    'each more most other some such only own same too very just also into about over after before again further ' +
    'once said says told say according while out up down off new one two today yesterday tomorrow week ' +
    'january february march april may june july august september october november december monday tuesday ' +
    'wednesday thursday friday saturday sunday thank thanks'
  ).split(' '),
);
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

function passage(
  doc: LinkDocument,
  span: Span,
  kind: Passage['kind'],
  names: (span: Span) => string[],
  extra: Partial<Passage> = {},
): Passage {
  const text = doc.cleanText.slice(span[0], span[1]);
  return {
    source: doc.source,
    span,
    text,
    kind,
    words: contentWords(text),
    quantities: quantities(text),
    names: names(span),
    published: doc.published,
    ...extra,
  };
}

/** The passages of one document. */
export function passagesOf(doc: LinkDocument, roster: Roster): Passage[] {
  const hits = scanNames(doc.cleanText, buildGazetteer(roster), () => false);
  const names = ([s, e]: Span) => [
    ...new Set(hits.filter((h) => h.span[0] >= s && h.span[1] <= e && h.id).map((h) => h.id!)),
  ];
  const quotes = doc.claims.filter(
    (c): c is Extract<SuggestedClaim, { kind: 'quote' }> => c.kind === 'quote',
  );
  const out: Passage[] = [];
  // Sentences mostly inside a quotation are passed as the quotation's, with its speaker.
  const inQuote = ([s, e]: Span) =>
    quotes.some((q) => Math.min(e, q.span[1]) - Math.max(s, q.span[0]) > (e - s) / 2);
  for (const span of splitSentences(doc.cleanText)) {
    if (!inQuote(span)) out.push(passage(doc, span, 'sentence', names));
  }
  for (const q of quotes) {
    for (const span of splitSentences(doc.cleanText, q.span[0], q.span[1])) {
      out.push(
        passage(doc, span, 'quote', names, { claim: q, ...(q.speaker ? { speaker: q.speaker } : {}) }),
      );
    }
  }
  for (const c of doc.claims)
    if (c.kind === 'event') out.push(passage(doc, c.span, 'event', names, { claim: c }));
  // "I would say it is close": a pronoun's passage is also about what the sentence before named.
  const sentences = splitSentences(doc.cleanText);
  for (const p of out) {
    if (p.kind === 'event' || !/^(?:\S+\s+){0,4}(?:it|this|that)\b/i.test(p.text)) continue;
    const before = sentences.findLast((s) => s[1] <= p.span[0]);
    if (before) for (const w of contentWords(doc.cleanText.slice(before[0], before[1]))) p.words.add(w);
  }
  // Datelines and "Thank you." say too little to be about anything; a question asserts nothing.
  return out.filter((p) => p.kind === 'event' || (p.words.size >= MIN_WORDS && !/\?["')]*$/.test(p.text)));
}
