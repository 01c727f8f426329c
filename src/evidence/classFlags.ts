// Disagreements of classes that pair-by-pair linking does not judge, each read by its own module
// over the passages and links linkSources has made: one hook in link.ts for them all.
import { formulaFlags } from './formulaAgainstAgreed.ts';
import type { Disagreement, SourceLink } from './link.ts';
import type { LinkDocument, Passage } from './passages.ts';
import type { Roster } from './types.ts';

export function classFlags(
  docs: LinkDocument[],
  passages: Passage[],
  _links: SourceLink[],
  _roster: Roster,
  flagged: Disagreement[],
): Disagreement[] {
  const texts = new Map(docs.map((d) => [d.source, d.cleanText]));
  return [...formulaFlags(passages, texts, flagged)];
}
