// Property: any generated outline, rendered in any consistent mix of numbering styles
// (flat or indented, with or without blank lines, text or Markdown), parses back to the
// same paths, parents and texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/core/outline/index.ts';

interface Node {
  paragraphs: string[];
  children: Node[];
}

interface Style {
  name: string;
  marker: (n: number) => string;
  key: (n: number) => string;
  /** Articles and headings close any list, so they only serve as the top level. */
  topOnly?: boolean;
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v'];
const letter = (n: number) => String.fromCharCode(96 + n);
const STYLES: Style[] = [
  { name: 'dot', marker: (n) => `${n}.`, key: String },
  { name: 'close', marker: (n) => `${n})`, key: String },
  { name: 'parens', marker: (n) => `(${n})`, key: String },
  { name: 'point', marker: (n) => `Point ${n}:`, key: String },
  { name: 'alpha', marker: (n) => `(${letter(n)})`, key: letter },
  { name: 'alpha-close', marker: (n) => `${letter(n)})`, key: letter },
  { name: 'roman', marker: (n) => `(${ROMAN[n - 1]})`, key: (n) => ROMAN[n - 1]! },
  {
    name: 'chapter',
    marker: (n) => `${ROMAN[n - 1]!.toUpperCase()}.`,
    key: (n) => ROMAN[n - 1]!.toUpperCase(),
  },
  { name: 'article', marker: (n) => `Article ${n}:`, key: String, topOnly: true },
];

const WORDS = [
  'parties',
  'shall',
  'withdraw',
  'forces',
  'within',
  'thirty',
  'days',
  'the',
  'zone',
  'monitors',
  'report',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 })
  .map((ws) => `${ws.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);

const tree = (depth: number): fc.Arbitrary<Node[]> =>
  fc.array(
    fc.record({
      paragraphs: fc.array(sentence, { minLength: 1, maxLength: 2 }),
      children: depth > 1 ? tree(depth - 1) : fc.constant([]),
    }),
    { minLength: 1, maxLength: 5 },
  );

const styles = fc
  .shuffledSubarray(STYLES, { minLength: 3, maxLength: 3 })
  .filter((s) => !s[1]!.topOnly && !s[2]!.topOnly);

interface Layout {
  indent: boolean;
  blankLines: boolean;
  markdownHeadings: boolean;
}

function render(nodes: Node[], levels: Style[], layout: Layout, level = 0): string[] {
  const style = levels[level]!;
  return nodes.flatMap((node, i) => {
    const pad = layout.indent ? ' '.repeat(level * 4) : '';
    const [first, ...more] = node.paragraphs;
    const gap = layout.blankLines ? [''] : [];
    const head =
      layout.markdownHeadings && level === 0
        ? [`## ${style.marker(i + 1).replace(/:$/, '')}`, '', `${first}`]
        : [`${pad}${style.marker(i + 1)} ${first}`];
    // Continuation paragraphs always need a blank line to stay paragraphs of their own.
    const rest = more.flatMap((p) => ['', `${pad}${p}`]);
    return [...head, ...rest, ...gap, ...render(node.children, levels, layout, level + 1)];
  });
}

function expected(
  nodes: Node[],
  levels: Style[],
  parent?: string,
  level = 0,
): [string, string | undefined, string][] {
  return nodes.flatMap((node, i) => {
    const key = levels[level]!.key(i + 1);
    const path = parent === undefined ? key : `${parent}.${key}`;
    const own: [string, string | undefined, string] = [path, parent, node.paragraphs.join('\n\n')];
    return [own, ...expected(node.children, levels, path, level + 1)];
  });
}

describe('rendered outlines parse back', () => {
  it('to the same paths, parents and texts in every style', () => {
    fc.assert(
      fc.property(
        tree(3),
        styles,
        fc.record({ indent: fc.boolean(), blankLines: fc.boolean(), markdownHeadings: fc.boolean() }),
        fc.constantFrom('The parties have agreed as follows:', ''),
        (nodes, levels, layout, preamble) => {
          const body = render(nodes, levels, layout).join('\n');
          const text = preamble === '' ? body : `${preamble}\n\n${body}`;
          const draft = parseDraft(text, { format: layout.markdownHeadings ? 'markdown' : 'text' });
          const got = draft.provisions.map((p): [string, string | undefined, string] => [
            p.path,
            p.parent,
            p.text,
          ]);
          expect(got).toEqual(expected(nodes, levels));
          expect(draft.preamble).toBe(preamble);
        },
      ),
      { numRuns: 300 },
    );
  });
});
