// Lineage: the identity of a provision across drafts. A provision continues the lineage
// of the parent provision it derives from (the first one, when several were merged);
// the parts of a split share it; anything else starts a lineage of its own.
import { ParleyError } from './errors.ts';
import type { Provision } from './model.ts';

/** Where each provision of a new draft came from: its path → parent provision paths. */
export type Derivation = Record<string, string[]>;

/** A new lineage id for a provision first seen in `draftId`. */
export function newLineage(draftId: string, path: string): string {
  return `${draftId}:${path}`;
}

/**
 * Lineage for each path of a new draft. `explicit` (a user's confirmed pairing) wins over
 * `suggested` (an aligner's). Throws `broken_reference` for a derivation naming a path
 * that is not in this draft or not in the parent.
 */
export function assignLineage(
  draftId: string,
  paths: string[],
  parent: Provision[],
  explicit: Derivation = {},
  suggested: Derivation = {},
): Map<string, string> {
  const lineageOf = lineageLookup(draftId, paths, parent, explicit, suggested);
  return new Map(paths.map((path) => [path, lineageOf(path)]));
}

/**
 * assignLineage as a lookup, path → lineage, so that a long draft can be walked in slices.
 * Checks the derivations first. Throws `broken_reference` as assignLineage does.
 */
export function lineageLookup(
  draftId: string,
  paths: string[],
  parent: Provision[],
  explicit: Derivation = {},
  suggested: Derivation = {},
): (path: string) => string {
  const parentByPath = new Map(parent.map((p) => [p.path, p]));
  const own = Object.keys(explicit).length > 0 ? new Set(paths) : new Set<string>();
  for (const [path, sources] of Object.entries(explicit)) {
    if (!own.has(path)) {
      throw new ParleyError(
        'broken_reference',
        `derivedFrom names provision '${path}', which this draft does not have`,
        {
          path,
        },
      );
    }
    for (const from of sources) {
      if (!parentByPath.has(from)) {
        throw new ParleyError(
          'broken_reference',
          `provision '${path}' is derived from '${from}', which the parent draft does not have`,
          { path, from },
        );
      }
    }
  }
  return (path) => {
    const sources = explicit[path] ?? suggested[path] ?? [];
    const first = sources.map((s) => parentByPath.get(s)).find((p) => p !== undefined);
    return first ? first.lineage : newLineage(draftId, path);
  };
}
