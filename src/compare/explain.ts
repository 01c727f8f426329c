// Why a pair was made when its words alone would not have made it: the words both sides
// share as written, the words that met through the lexicon (abbreviations, word families,
// numbers), and the place and structure that backed it — in words a reader can check.

import { type Lexicon, meaningWords, type ReadTerm } from './lexicon.ts';
import type { Node } from './prepare.ts';
import type { PairEvidence } from './types.ts';
import { cosine, sumVectors } from './vectors.ts';

/** At most this many entries per list: enough to check the pair, short enough to read. */
const MAX_ITEMS = 8;

/** The word and meaning evidence of a pair; `structure` is filled by the caller that knows the place. */
export function explainPair(
  olds: readonly Node[],
  news: readonly Node[],
  lexicon: Lexicon,
  structure: string[],
): PairEvidence {
  const meaning = cosine(sumVectors(olds.map((n) => n.meaning)), sumVectors(news.map((n) => n.meaning)));
  const before = termsOf(olds, lexicon);
  const after = termsOf(news, lexicon);
  const words: string[] = [];
  const meanings: string[] = [];
  for (const [term, a] of before) {
    const b = after.get(term);
    if (!b) continue;
    // The same words on both sides (a number or a phrase included) are shared as written.
    const written = new Set(b.map((t) => t.words.join(' ')));
    const same = a.find((t) => written.has(t.words.join(' ')));
    if (same) words.push(same.words.join(' '));
    else meanings.push(describe(a[0]!, b[0]!, lexicon));
  }
  return {
    meaning: Math.round(meaning * 1000) / 1000,
    words: unique(words).slice(0, MAX_ITEMS),
    meanings: unique(meanings).slice(0, MAX_ITEMS),
    structure,
  };
}

/** Each term of the subtrees, with how it was read, in text order. */
function termsOf(nodes: readonly Node[], lexicon: Lexicon): Map<string, ReadTerm[]> {
  const out = new Map<string, ReadTerm[]>();
  const visit = (node: Node) => {
    const p = node.provision;
    lexicon.read(meaningWords(`${p.heading ?? ''} ${p.text}`), (t) => {
      const list = out.get(t.term);
      if (list) list.push(t);
      else out.set(t.term, [t]);
    });
    for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return out;
}

/** "HED = Hydro-Electric Dam", "forty eight = 48", "recovery ~ rebuild". */
function describe(a: ReadTerm, b: ReadTerm, lexicon: Lexicon): string {
  const text = (t: ReadTerm) => t.words.join(' ');
  const abbreviation = [a, b].find((t) => t.reading === 'abbreviation');
  if (abbreviation) {
    const short = text(abbreviation);
    return `${short.toUpperCase()} = ${lexicon.abbreviations.get(short)?.long ?? short}`;
  }
  if (a.reading === 'number' || b.reading === 'number') return `${text(a)} = ${text(b)}`;
  return `${text(a)} ~ ${text(b)}`;
}

const unique = (xs: readonly string[]) => [...new Set(xs)];
