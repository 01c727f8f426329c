// The review queue's shape, pure: claims filtered, then grouped so that a source's many
// mentions of one entity are reviewed as one row, then paged. Quotes, events and stances
// stay one row each: each says something of its own.
import type { Claim } from './model.ts';

export interface QueueFilter {
  status?: Claim['status'] | undefined;
  kind?: Claim['kind'] | undefined;
  source?: string | undefined;
  /** A person id or the name as said. */
  speaker?: string | undefined;
}

export interface QueueGroup<C extends Claim> {
  key: string;
  kind: Claim['kind'];
  source: string;
  entity?: string;
  claims: C[];
}

/** Whether the claim was said by `speaker` (its person id, or its name as said, any case). */
export function saidBy(c: Claim, speaker: string): boolean {
  return c.speakerId === speaker || c.speaker?.toLowerCase() === speaker.toLowerCase();
}

/** The claims that pass every filter given. */
export function filterQueue<C extends Claim>(claims: readonly C[], filter: QueueFilter): C[] {
  return claims.filter(
    (c) =>
      (!filter.status || c.status === filter.status) &&
      (!filter.kind || c.kind === filter.kind) &&
      (!filter.source || c.source === filter.source) &&
      (!filter.speaker || saidBy(c, filter.speaker)),
  );
}

/** The key of the row a claim is reviewed in: a source's mentions of one entity share one. */
export function groupKey(c: Claim): string {
  return c.kind === 'mention' ? `mention:${c.source}:${c.data.entity}:${c.data.id}` : c.id;
}

/** Rows in the order of their first claim (claims come in extraction order). */
export function groupQueue<C extends Claim>(claims: readonly C[]): QueueGroup<C>[] {
  const groups = new Map<string, QueueGroup<C>>();
  for (const c of claims) {
    const key = groupKey(c);
    const group = groups.get(key);
    if (group) group.claims.push(c);
    else
      groups.set(key, {
        key,
        kind: c.kind,
        source: c.source,
        ...(c.kind === 'mention' ? { entity: c.data.id } : {}),
        claims: [c],
      });
  }
  return [...groups.values()];
}

/** The speakers of `claims`, most quoted first: id (person id or name) and name. */
export function queueSpeakers(claims: readonly Claim[]): { id: string; name: string; claims: number }[] {
  const counts = new Map<string, { id: string; name: string; claims: number }>();
  for (const c of claims) {
    if (!c.speaker && !c.speakerId) continue;
    const id = c.speakerId ?? c.speaker ?? '';
    const entry = counts.get(id) ?? { id, name: c.speaker ?? id, claims: 0 };
    entry.claims++;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}
