// A denial of authorship ("it was never a Perin paper") stands against the party it denies, as
// does a source naming another author ("it was a Solmeran text"): where both answer one
// passage that names that party, they are one disagreement on who wrote the text, the denial
// on the other author's side. Authorship flags carry their two authors as values (a flag on
// Perin against Solmere is not one on Solmere against the Forum), so the denial takes the
// values of the flag it joins.
import type { Flag } from './oneFlagEach.ts';

const NOT_BY = 'not ';

/** The authorship flags, each denial given the values of an author's flag on the same passage. */
export function denialsJoined<F extends Flag>(flags: F[]): F[] {
  const named = flags.filter((f) => f.kind === 'authorship' && f.values && !f.values.some(denies));
  return flags.map((f) => {
    if (f.kind !== 'authorship' || !f.values) return f;
    const at = f.values.findIndex(denies);
    if (at === -1) return f;
    const party = f.values[at]!.slice(NOT_BY.length);
    const holder = at === 0 ? f.b : f.a;
    const other = named.find(
      (g) => (g.a === holder && g.values![0] === party) || (g.b === holder && g.values![1] === party),
    );
    return other ? { ...f, values: other.values } : f;
  });
}

const denies = (v: string) => v.startsWith(NOT_BY);
