// A human summary of a parsed draft for `parley draft import`: how many provisions sit
// at each level, then the numbering tree with headings and the start of each text.
import type { ParsedDraft } from './types.ts';

const TEXT_WIDTH = 60;
/** A summary should fit a screen or two; the full text is one `parley draft show` away. */
const MAX_TREE_LINES = 80;

/** Counts per level and an indented numbering tree. Throws nothing. */
export function describeDraft(parsed: ParsedDraft): string {
  const levelOf = new Map<string, number>();
  const counts: number[] = [];
  const tree: string[] = [];
  for (const p of parsed.provisions) {
    const level = p.parent === undefined ? 1 : (levelOf.get(p.parent) ?? 0) + 1;
    levelOf.set(p.path, level);
    counts[level - 1] = (counts[level - 1] ?? 0) + 1;
    const heading = p.heading ? ` — ${p.heading}` : '';
    const text = p.text === '' ? '' : `: ${truncate(p.text.replace(/\s+/g, ' '), TEXT_WIDTH)}`;
    tree.push(`${'  '.repeat(level - 1)}${p.number}${heading}${text}`);
  }
  const perLevel = counts.map((n, i) => `level ${i + 1}: ${n}`).join(', ');
  const preambleWords = parsed.preamble === '' ? 0 : parsed.preamble.split(/\s+/).length;
  return [
    `Title: ${parsed.title ?? '(none)'}`,
    `Preamble: ${preambleWords === 0 ? 'none' : `${preambleWords} words`}`,
    `Provisions: ${parsed.provisions.length} (${perLevel})`,
    '',
    ...tree.slice(0, MAX_TREE_LINES),
    ...(tree.length > MAX_TREE_LINES ? [`… and ${tree.length - MAX_TREE_LINES} more provisions`] : []),
  ].join('\n');
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1).trimEnd()}…`;
}
