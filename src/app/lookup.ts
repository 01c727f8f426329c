// Resolving what a user typed ("Kyiv", "plan-28", "7") to stored records, with errors
// that say how to find the right name.
import { notFound } from '../core/errors.ts';
import type { Party, Provision } from '../core/model.ts';
import type { Queryable } from '../store/database.ts';
import { selectDraft } from '../store/repo/drafts.ts';
import { selectParties } from '../store/repo/parties.ts';
import { selectSource } from '../store/repo/sources.ts';

/** Finds a party by id, name or alias, case-insensitively. Throws `not_found`. */
export async function resolveParty(q: Queryable, ref: string): Promise<Party> {
  const wanted = ref.trim().toLowerCase();
  const parties = await selectParties(q);
  const party =
    parties.find((p) => p.id === wanted) ??
    parties.find((p) => [p.name, ...p.aliases].some((name) => name.toLowerCase() === wanted));
  return party ?? notFound('party', ref, 'run `parley party list` to see ids and aliases');
}

/** Throws `not_found` unless the draft exists. */
export async function requireDraft(q: Queryable, id: string) {
  return (await selectDraft(q, id)) ?? notFound('draft', id, 'run `parley draft list` to see draft ids');
}

/** Finds a provision by path ("7.a") or by its number as written ("Article 7"). Throws `not_found`. */
export function findProvision(provisions: Provision[], draftId: string, ref: string): Provision {
  const wanted = ref.trim();
  const found =
    provisions.find((p) => p.path === wanted) ??
    provisions.find((p) => p.number.toLowerCase() === wanted.toLowerCase());
  return (
    found ??
    notFound('provision', `${draftId}:${ref}`, `run \`parley draft show ${draftId}\` to see its numbers`)
  );
}

export async function requireSource(q: Queryable, id: string) {
  return (await selectSource(q, id)) ?? notFound('source', id, 'run `parley source list` to see source ids');
}
