// Corroboration: how many sources report the same claim, and how many of them are
// independent — sources linked as copies (republished or spun) count once together.
import type { Claim, SourceLink } from './model.ts';

/** What makes two claims "the same" across sources, or undefined when there is nothing to compare. */
export function claimKey(c: Claim): string | undefined {
  const norm = (v: unknown) =>
    typeof v === 'string'
      ? v
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()
      : '';
  switch (c.kind) {
    case 'quote':
      return `quote|${norm(c.data.words ?? c.text)}`;
    case 'event':
      return c.data.date ? `event|${norm(c.data.eventKind)}|${c.data.date}` : undefined;
    case 'position':
      return `position|${norm(c.data.party)}|${norm(c.data.stance)}|${norm(c.data.topic)}`;
    case 'mention':
      return `mention|${norm(c.data.entity)}|${norm(c.data.id)}`;
  }
}

/** Per claim id: the number of sources with the same claim, and of independent ones. */
export function corroborate(
  claims: Claim[],
  links: SourceLink[],
): Map<string, { sources: number; independent: number }> {
  const parent = new Map<string, string>();
  const root = (s: string): string => {
    let r = s;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const { a, b } of links) {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  // One key per claim: normalising the words is most of the work.
  const keys = new Map(claims.map((c) => [c.id, claimKey(c)]));
  const byKey = new Map<string, Set<string>>();
  for (const c of claims) {
    const key = keys.get(c.id);
    if (!key || c.status === 'rejected') continue;
    const sources = byKey.get(key) ?? new Set<string>();
    sources.add(c.source);
    byKey.set(key, sources);
  }
  const result = new Map<string, { sources: number; independent: number }>();
  for (const c of claims) {
    const key = keys.get(c.id);
    const sources = key ? (byKey.get(key) ?? new Set([c.source])) : new Set([c.source]);
    result.set(c.id, { sources: sources.size, independent: new Set([...sources].map(root)).size });
  }
  return result;
}
