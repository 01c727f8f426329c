// Turns two flat provision lists into match units: the tree (children by parent), one
// vocabulary and idf over both drafts, and per provision the vector of its own words and
// of its whole subtree (an article with no text of its own is known by its paragraphs).

import { ParleyError } from '../core/errors.ts';
import { Lexicon, learnAbbreviations, meaningWords, type ReadTerm } from './lexicon.ts';
import { contentWord, foldedWords, isPlaceholder, numberCore } from './tokens.ts';
import type { ProvisionInput } from './types.ts';
import { buildVector, type TermVector, Vocabulary } from './vectors.ts';

export interface Node {
  side: 'from' | 'to';
  provision: ProvisionInput;
  children: Node[];
  /** Subtree content-word ids, in reading order (for shingles). */
  terms: number[];
  own: TermVector;
  tree: TermVector;
  /**
   * The subtree read for meaning (abbreviations expanded, word families, numbers): evidence in
   * anchored gaps. Built on first use: most provisions pair on their words and never need it.
   */
  readonly meaning: TermVector;
  /** Subtree meaning-term ids in reading order. */
  meaningTerms: number[];
  numberCore: string;
  placeholder: boolean;
}

export interface PreparedDraft {
  roots: Node[];
  byPath: Map<string, Node>;
}

export interface PreparedDrafts {
  from: PreparedDraft;
  to: PreparedDraft;
  /** How words were read (abbreviations learned from these drafts): kept to explain pairs. */
  lexicon: Lexicon;
}

/**
 * Builds both trees with shared idf. Throws `invalid_input` on duplicate paths or parent cycles.
 * Two readings of every provision: its words as written (what pairs on content alone) and
 * its meaning (lexicon.ts), used only as evidence where position already points to a pair.
 */
export function prepareDrafts(
  from: readonly ProvisionInput[],
  to: readonly ProvisionInput[],
): PreparedDrafts {
  const vocabulary = new Vocabulary();
  const meanings = new Vocabulary();
  const lexicon = new Lexicon();
  const textOf = (p: ProvisionInput) => `${p.heading ?? ''} ${p.text}`;
  learnAbbreviations(lexicon, [...from.map(textOf), ...to.map(textOf)]);
  // Each distinct word is stemmed and interned once (-1: a stopword): drafts repeat their words.
  const idOfWord = new Map<string, number>();
  // The same for meaning ids; null: the word may start a phrase or a number, read in context.
  const meaningOfWord = new Map<string, number[] | null>();
  const read = (list: readonly ProvisionInput[]) =>
    list.map((p) => {
      const text = textOf(p);
      const words = foldedWords(text);
      const ids: number[] = [];
      for (const word of words) {
        let id = idOfWord.get(word);
        if (id === undefined) {
          const content = contentWord(word);
          id = content === undefined ? -1 : vocabulary.idOf(content);
          idOfWord.set(word, id);
        }
        if (id >= 0) ids.push(id);
      }
      const meaning: number[] = [];
      const push = (t: ReadTerm) => meaning.push(meanings.idOf(t.term));
      const read = meaningWords(text, words);
      for (let i = 0; i < read.length; ) {
        const word = read[i]!;
        // Most words read the same wherever they stand: their meaning ids are looked up once.
        let known = meaningOfWord.get(word);
        if (known === undefined) {
          known = lexicon.startsContext(word)
            ? null
            : lexicon.termsOf(word).map((t) => meanings.idOf(t.term));
          meaningOfWord.set(word, known);
        }
        if (known === null) i += lexicon.readAt(read, i, push);
        else {
          for (const id of known) meaning.push(id);
          i++;
        }
      }
      return { ids, meaning };
    });
  const fromRead = read(from);
  const toRead = read(to);
  for (const r of [...fromRead, ...toRead]) {
    vocabulary.countDocument(r.ids);
    meanings.countDocument(r.meaning);
  }
  const idf = vocabulary.idf(from.length + to.length);
  const meaningIdf = meanings.idf(from.length + to.length);
  const vectors: VectorMakers = {
    words: (terms) => buildVector(terms, idf),
    meaning: (terms) => buildVector(terms, meaningIdf),
  };
  return {
    from: buildTree('from', from, fromRead, vectors),
    to: buildTree('to', to, toRead, vectors),
    lexicon,
  };
}

interface VectorMakers {
  words: (terms: number[]) => TermVector;
  meaning: (terms: number[]) => TermVector;
}

function buildTree(
  side: 'from' | 'to',
  list: readonly ProvisionInput[],
  read: readonly { ids: number[]; meaning: number[] }[],
  vectors: VectorMakers,
): PreparedDraft {
  const byPath = new Map<string, Node>();
  list.forEach((provision, i) => {
    if (byPath.has(provision.path)) {
      throw new ParleyError(
        'invalid_input',
        `the ${side} draft has two provisions at path '${provision.path}'`,
        {
          side,
          path: provision.path,
          hint: 'give every provision a unique path',
        },
      );
    }
    const own = read[i]!.ids;
    const ownVector = vectors.words(own);
    const meaningTerms = read[i]!.meaning;
    let meaningVector: TermVector | undefined;
    byPath.set(provision.path, {
      side,
      provision,
      children: [],
      terms: own,
      own: ownVector,
      tree: ownVector,
      meaningTerms,
      get meaning() {
        meaningVector ??= vectors.meaning(this.meaningTerms);
        return meaningVector;
      },
      numberCore: numberCore(provision.number),
      placeholder:
        isPlaceholder(provision.text) && (!provision.heading?.trim() || isPlaceholder(provision.heading)),
    });
  });
  const roots: Node[] = [];
  for (const node of byPath.values()) {
    const parent = node.provision.parent === undefined ? undefined : byPath.get(node.provision.parent);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const reached = fillSubtrees(roots, vectors);
  if (reached < byPath.size) {
    throw new ParleyError('invalid_input', `the ${side} draft has provisions whose parents form a cycle`, {
      side,
      hint: 'every parent chain must end at a top-level provision',
    });
  }
  return { roots, byPath };
}

/** Post-order without recursion (deep outlines must not overflow the stack); returns nodes reached. */
function fillSubtrees(roots: Node[], vectors: Pick<VectorMakers, 'words'>): number {
  const order: Node[] = [];
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    stack.push(...node.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    if (node.children.length === 0) continue;
    node.terms = node.terms.concat(...node.children.map((c) => c.terms));
    node.tree = vectors.words(node.terms);
    node.meaningTerms = node.meaningTerms.concat(...node.children.map((c) => c.meaningTerms));
  }
  return order.length;
}
