// A count of "persons" whose kind the words just before it say: "the two sides' experts, together
// 14 persons", "technicians, 14 people in all". Those are experts, not the observers or prisoners
// another source counts: a generic word stands for the kind its own sentence names.

import { oncePerFigure } from './figureMemo.ts';
import { type Quantity, quantities } from './numbers.ts';

const GENERIC = /^(?:person|people)$/;
// Kinds of people by role or fate, as quantityUnits.ts folds their nouns: only these name whom a
// generic word counts ("Vesmori records, only about 800 people" names records, no people).
const ROLES = new Set([
  ...['expert', 'engineer', 'surveyor', 'monitor', 'troop', 'offici', 'worker', 'journalist', 'diplomat'],
  ...['prisoner', 'civilian', 'refugee', 'hostage', 'migrant', 'fisher', 'sailor', 'crew', 'student'],
]);
// The nouns a few words before the figure, nearest last.
const WINDOW = 40;

const namedRead = oncePerFigure(namedBefore);

/** The kind of people a generic count is of, as the words just before it name it. */
export function kindNamedBefore(text: string, q: Quantity): string | undefined {
  return GENERIC.test(q.unit) ? namedRead(text, q) : undefined;
}

function namedBefore(text: string, q: Quantity): string | undefined {
  const before =
    text
      .slice(Math.max(0, q.index - WINDOW), q.index)
      .split(/[.;:!?]/)
      .at(-1) ?? '';
  const kinds = (before.match(/\p{L}+s\b/gu) ?? [])
    .map((w) => quantities(`2 ${w.toLowerCase()}`)[0]?.unit)
    .filter((u): u is string => u !== undefined && ROLES.has(u));
  return kinds.at(-1);
}

/** Whether a generic count names its own kind, and the other count is of another kind. */
export function peopleOfTwoKinds(ta: string, x: Quantity, tb: string, y: Quantity): boolean {
  const kx = kindNamedBefore(ta, x);
  const ky = kindNamedBefore(tb, y);
  return (kx !== undefined && kx !== y.unit && kx !== ky) || (ky !== undefined && ky !== x.unit && kx !== ky);
}
