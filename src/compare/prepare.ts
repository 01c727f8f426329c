// Turns two flat provision lists into match units: the tree (children by parent), one
// vocabulary and idf over both drafts, and per provision the vector of its own words and
// of its whole subtree (an article with no text of its own is known by its paragraphs).

import { ParleyError } from '../core/errors.ts';
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
  numberCore: string;
  placeholder: boolean;
}

export interface PreparedDraft {
  roots: Node[];
  byPath: Map<string, Node>;
}

/** Builds both trees with shared idf. Throws `invalid_input` on duplicate paths or parent cycles. */
export function prepareDrafts(
  from: readonly ProvisionInput[],
  to: readonly ProvisionInput[],
): { from: PreparedDraft; to: PreparedDraft } {
  const vocabulary = new Vocabulary();
  // Each distinct word is stemmed and interned once (-1: a stopword): drafts repeat their words.
  const idOfWord = new Map<string, number>();
  const ownIds = (list: readonly ProvisionInput[]) =>
    list.map((p) => {
      const ids: number[] = [];
      for (const word of foldedWords(`${p.heading ?? ''} ${p.text}`)) {
        let id = idOfWord.get(word);
        if (id === undefined) {
          const content = contentWord(word);
          id = content === undefined ? -1 : vocabulary.idOf(content);
          idOfWord.set(word, id);
        }
        if (id >= 0) ids.push(id);
      }
      return ids;
    });
  const fromIds = ownIds(from);
  const toIds = ownIds(to);
  for (const ids of fromIds) vocabulary.countDocument(ids);
  for (const ids of toIds) vocabulary.countDocument(ids);
  const idf = vocabulary.idf(from.length + to.length);
  const build = (side: 'from' | 'to', list: readonly ProvisionInput[], ids: number[][]) =>
    buildTree(side, list, ids, (terms) => buildVector(terms, idf));
  return { from: build('from', from, fromIds), to: build('to', to, toIds) };
}

function buildTree(
  side: 'from' | 'to',
  list: readonly ProvisionInput[],
  ids: number[][],
  vectorOf: (terms: number[]) => TermVector,
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
    const own = ids[i]!;
    const ownVector = vectorOf(own);
    byPath.set(provision.path, {
      side,
      provision,
      children: [],
      terms: own,
      own: ownVector,
      tree: ownVector,
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
  const reached = fillSubtrees(roots, vectorOf);
  if (reached < byPath.size) {
    throw new ParleyError('invalid_input', `the ${side} draft has provisions whose parents form a cycle`, {
      side,
      hint: 'every parent chain must end at a top-level provision',
    });
  }
  return { roots, byPath };
}

/** Post-order without recursion (deep outlines must not overflow the stack); returns nodes reached. */
function fillSubtrees(roots: Node[], vectorOf: (terms: number[]) => TermVector): number {
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
    node.tree = vectorOf(node.terms);
  }
  return order.length;
}
