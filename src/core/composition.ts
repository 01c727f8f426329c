// Composing the next revision from a base draft: per provision the secretariat keeps it,
// takes an amendment (whole or in part), writes a compromise, brackets alternatives or
// drops it, and places the provisions amendments add. Pure: the child's provisions, how
// each descends from the base (so lineage needs no alignment), and the amendments taken.
import { type Amendment, amendedText } from './amendments.ts';
import { ParleyError } from './errors.ts';
import type { Provision } from './model.ts';

/** What an amendment offers the composer. */
export type ComposableAmendment = Pick<
  Amendment,
  'id' | 'draft' | 'provision' | 'kind' | 'text' | 'state' | 'party'
>;

/** The decision on one base provision; `keep` when the plan says nothing of it. */
export type ProvisionChoice =
  | { kind: 'keep' }
  /** An amendment's wording; with `text`, taken in part (edited). */
  | { kind: 'take'; amendment: string; text?: string | undefined }
  | { kind: 'text'; text: string }
  | { kind: 'brackets'; alternatives: string[] }
  | { kind: 'drop' };

/** A provision a `new` amendment adds, placed after a base provision (the amendment's own by default). */
export interface Insertion {
  amendment: string;
  after?: string | undefined;
  text?: string | undefined;
}

export interface CompositionPlan {
  choices: Record<string, ProvisionChoice>;
  insertions: Insertion[];
}

/** A provision of the composed draft, as the draft import records it. */
export interface ComposedProvision {
  path: string;
  number: string;
  parent?: string | undefined;
  heading?: string | undefined;
  text: string;
  topics: string[];
  track?: string | undefined;
}

/** How a composed provision descends from the base: kept, rewritten from it, or added. */
export interface ComposedPair {
  fromPaths: string[];
  toPaths: string[];
  kind: 'kept' | 'rewritten' | 'added';
  /** For an added provision: the amendment it comes from. */
  amendment?: string;
}

export interface TakenAmendment {
  id: string;
  state: 'taken' | 'taken_in_part';
}

export interface Composed {
  provisions: ComposedProvision[];
  pairs: ComposedPair[];
  taken: TakenAmendment[];
}

/** The states an amendment can be taken from. */
const TAKEABLE = new Set(['proposed']);

/** Latin ordinals the drafting practice appends to a number for a provision placed after it. */
const ORDINALS = ['bis', 'ter', 'quater', 'quinquies', 'sexies', 'septies', 'octies', 'novies', 'decies'];

/** A plan field as a reader names it: "provision 5", "insertion 2". */
function place(field: string): string {
  if (field.startsWith('choices.')) return `provision ${field.slice('choices.'.length)}`;
  const [, index = '0', rest] = field.split('.');
  return `insertion ${Number(index) + 1}${rest ? ` (${rest})` : ''}`;
}

/** Alternatives in square brackets, the form negotiators count as still open. */
export function bracketed(alternatives: readonly string[]): string {
  return alternatives.map((a) => `[${a.trim()}]`).join(' ');
}

/**
 * The child draft a plan makes of `base`. Throws `not_found` (a provision or amendment the
 * plan names is unknown), `invalid_input` (an amendment of another draft, of another
 * provision or kind than the choice takes it for, not open to be taken, taken twice).
 */
export function compose(
  baseId: string,
  base: readonly Provision[],
  amendments: readonly ComposableAmendment[],
  plan: CompositionPlan,
): Composed {
  const byPath = new Map(base.map((p) => [p.path, p]));
  const byId = new Map(amendments.map((a) => [a.id, a]));
  const taken: TakenAmendment[] = [];
  const take = (id: string, field: string, inPart: boolean): ComposableAmendment => {
    const amendment = byId.get(id);
    if (!amendment) {
      throw new ParleyError(
        'not_found',
        `${place(field)}: no amendment '${id}'; list them with amendment list`,
        {
          field,
          amendment: id,
        },
      );
    }
    if (amendment.draft !== baseId) {
      throw new ParleyError(
        'invalid_input',
        `${place(field)}: amendment '${id}' was proposed on draft '${amendment.draft}', not on '${baseId}'; compose from that draft or take another`,
        { field, amendment: id, draft: amendment.draft },
      );
    }
    if (!TAKEABLE.has(amendment.state)) {
      throw new ParleyError(
        'invalid_input',
        `${place(field)}: amendment '${id}' is ${amendment.state.replace(/_/g, ' ')}; only a proposed amendment can be taken`,
        { field, amendment: id, state: amendment.state },
      );
    }
    if (taken.some((t) => t.id === id)) {
      throw new ParleyError(
        'invalid_input',
        `${place(field)}: amendment '${id}' is taken twice; take it once`,
        {
          field,
          amendment: id,
        },
      );
    }
    taken.push({ id, state: inPart ? 'taken_in_part' : 'taken' });
    return amendment;
  };
  const requirePath = (path: string, field: string): Provision => {
    const provision = byPath.get(path);
    if (!provision) {
      throw new ParleyError(
        'not_found',
        `${place(field)}: draft '${baseId}' has no provision '${path}'; give a provision number of the base draft`,
        { field, provision: path },
      );
    }
    return provision;
  };

  // Taking an amendment that adds a provision keeps this one and places the new one after it.
  const insertions = [...plan.insertions];
  const choices: [string, ProvisionChoice][] = [];
  for (const [path, choice] of Object.entries(plan.choices)) {
    const adds =
      choice.kind === 'take' && ['insert_after', 'new'].includes(byId.get(choice.amendment)?.kind ?? '');
    if (choice.kind === 'take' && adds)
      insertions.push({ amendment: choice.amendment, after: path, text: choice.text });
    else choices.push([path, choice]);
  }
  // Every choice first, so a bad one is named before any text is built.
  const texts = new Map<string, string | null>();
  for (const [path, choice] of choices) {
    const field = `choices.${path}`;
    texts.set(path, chosenText(choice, requirePath(path, field), field, take));
  }
  const insertionsAfter = new Map<string, ComposedProvision[]>();
  const atEnd: ComposedProvision[] = [];
  const sourceOf = new Map<string, string>();
  const usedPaths = new Set(base.map((p) => p.path));
  insertions.forEach((insertion, index) => {
    const field = `insertions.${index}`;
    const amendment = take(insertion.amendment, field, insertion.text !== undefined);
    if (amendment.kind !== 'new') {
      throw new ParleyError(
        'invalid_input',
        `${place(field)}: amendment '${amendment.id}' changes provision ${amendment.provision} rather than adding one; take it as that provision's choice`,
        { field, amendment: amendment.id },
      );
    }
    const text = insertion.text ?? amendment.text ?? '';
    const afterPath = insertion.after ?? (byPath.has(amendment.provision) ? amendment.provision : undefined);
    const after = afterPath === undefined ? base.at(-1) : requirePath(afterPath, `${field}.after`);
    if (!after) return;
    const added = sibling(after, usedPaths, text);
    sourceOf.set(added.path, amendment.id);
    const list = afterPath === undefined ? atEnd : (insertionsAfter.get(after.path) ?? []);
    list.push(added);
    if (afterPath !== undefined) insertionsAfter.set(after.path, list);
  });

  const dropped = new Set<string>();
  const provisions: ComposedProvision[] = [];
  const pairs: ComposedPair[] = [];
  for (const p of base) {
    const text = texts.has(p.path) ? texts.get(p.path)! : p.text;
    // A dropped provision takes its sub-items with it: they would have no parent.
    if (text === null || (p.parent !== undefined && dropped.has(p.parent))) {
      dropped.add(p.path);
    } else {
      provisions.push({
        path: p.path,
        number: p.number,
        ...(p.parent !== undefined ? { parent: p.parent } : {}),
        ...(p.heading !== undefined ? { heading: p.heading } : {}),
        text,
        topics: p.topics,
        ...(p.track !== undefined ? { track: p.track } : {}),
      });
      pairs.push({ fromPaths: [p.path], toPaths: [p.path], kind: text === p.text ? 'kept' : 'rewritten' });
    }
    for (const added of insertionsAfter.get(p.path) ?? []) {
      // Placed after a dropped provision, it moves up to that provision's level.
      const parent = added.parent !== undefined && dropped.has(added.parent) ? undefined : added.parent;
      provisions.push({ ...added, ...(parent === undefined ? { parent: undefined } : {}) });
      pairs.push({
        fromPaths: [],
        toPaths: [added.path],
        kind: 'added',
        amendment: sourceOf.get(added.path)!,
      });
    }
  }
  for (const added of atEnd) {
    provisions.push(added);
    pairs.push({ fromPaths: [], toPaths: [added.path], kind: 'added', amendment: sourceOf.get(added.path)! });
  }
  if (provisions.length === 0) {
    throw new ParleyError('invalid_input', 'the composition drops every provision; keep at least one', {
      field: 'choices',
    });
  }
  return { provisions: provisions.map(withoutUndefined), pairs, taken };
}

/** The text a choice gives a provision, or null when it goes. */
function chosenText(
  choice: ProvisionChoice,
  base: Provision,
  field: string,
  take: (id: string, field: string, inPart: boolean) => ComposableAmendment,
): string | null {
  switch (choice.kind) {
    case 'keep':
      return base.text;
    case 'text':
      return choice.text;
    case 'brackets':
      return bracketed(choice.alternatives);
    case 'drop':
      return null;
    case 'take': {
      const amendment = take(choice.amendment, field, choice.text !== undefined);
      if (amendment.provision !== base.path) {
        throw new ParleyError(
          'invalid_input',
          `${place(field)}: amendment '${amendment.id}' is about provision ${amendment.provision}, not ${base.path}`,
          { field, amendment: amendment.id },
        );
      }
      if (amendment.kind === 'delete') return null;
      return choice.text ?? amendedText(base.text, amendment);
    }
  }
}

/** A new provision at the level of `after`, numbered after it ("5 bis", "5 ter"…). */
function sibling(after: Provision, used: Set<string>, text: string): ComposedProvision {
  const number = after.number.trim().replace(/[.):\s]+$/, '');
  for (let i = 0; ; i++) {
    const suffix = ORDINALS[i] ?? `-${i + 2}`;
    const path = `${after.path}${suffix}`;
    if (used.has(path)) continue;
    used.add(path);
    return {
      path,
      number: `${number} ${suffix}`,
      ...(after.parent !== undefined ? { parent: after.parent } : {}),
      text,
      topics: after.topics,
      ...(after.track !== undefined ? { track: after.track } : {}),
    };
  }
}

function withoutUndefined(p: ComposedProvision): ComposedProvision {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as ComposedProvision;
}
