// Signing plans: who must sign which text, and in what order ("ukraine and us before
// russia") as a DAG of constraints. Cycles are refused when the plan is made, not
// discovered when the last signatory is stuck.
import { ParleyError } from '../core/errors.ts';
import { canonicalJson } from './canonicalJson.ts';
import { parseHex, sha256Hex } from './hash.ts';
import { keyPairFromSeed } from './keys.ts';

export interface Signatory {
  /** Stable id, usually the party (`ukraine`) or a person. */
  id: string;
  /** Name as printed on the certificate ("President of Ukraine"). */
  name: string;
  /** Ed25519 public key, hex. */
  publicKey: string;
}

export interface SigningPlan {
  /** Canonical hash of the draft text to be signed. */
  draftHash: string;
  signatories: readonly Signatory[];
  /** `[a, b]`: a must sign before b. */
  before: readonly (readonly [string, string])[];
}

export interface SignatoryKeys extends Signatory {
  privateKey: string;
}

/** An Ed25519 key pair for one signatory from 32 random bytes. Throws `invalid_input` for a wrong seed length. */
export function signatoryKeys(id: string, name: string, seed: Uint8Array): SignatoryKeys {
  return { id, name, ...keyPairFromSeed(seed) };
}

/**
 * Parses "ukraine and us before russia; russia before eu" into ordering pairs.
 * Throws `parse_error` naming the clause that has no "before".
 */
export function parseOrder(text: string): [string, string][] {
  return text
    .split(/[;\n]/)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .flatMap((clause) => {
      const sides = clause.split(/\s+before\s+/i);
      if (sides.length < 2)
        throw new ParleyError(
          'parse_error',
          `"${clause}": write an order like "ukraine and us before russia"`,
          { clause },
        );
      const groups = sides.map((side) => side.split(/\s*(?:,|\band\b)\s*/i).filter((id) => id !== ''));
      return groups
        .slice(1)
        .flatMap((later, i) =>
          groups[i]!.flatMap((first) => later.map((then): [string, string] => [first, then])),
        );
    });
}

/**
 * Checks and returns a plan. Throws `invalid_input` for a malformed hash or key or an
 * empty plan, `duplicate` for a signatory listed twice, `broken_reference` for an order
 * naming someone who is not a signatory, and `conflict` for an order with a cycle.
 */
export function makePlan(
  draftHash: string,
  signatories: readonly Signatory[],
  before: readonly (readonly [string, string])[],
): SigningPlan {
  if (!parseHex(draftHash, 32))
    throw new ParleyError('invalid_input', 'the draft hash is 64 lowercase hex digits (SHA-256)');
  if (signatories.length === 0)
    throw new ParleyError('invalid_input', 'a signing plan needs at least one signatory');
  const ids = new Set<string>();
  for (const s of signatories) {
    if (ids.has(s.id))
      throw new ParleyError('duplicate', `signatory '${s.id}' is listed twice`, { signatory: s.id });
    if (!parseHex(s.publicKey, 32))
      throw new ParleyError(
        'invalid_input',
        `signatory '${s.id}': the public key is 64 hex digits (Ed25519)`,
      );
    ids.add(s.id);
  }
  for (const [a, b] of before) {
    for (const id of [a, b]) {
      if (!ids.has(id))
        throw new ParleyError(
          'broken_reference',
          `the order "${a} before ${b}" names '${id}', who is not a signatory`,
          { signatory: id },
        );
    }
  }
  const cycle = findCycle([...ids], before);
  if (cycle)
    throw new ParleyError('conflict', `the signing order has a cycle: ${cycle.join(' before ')}`, { cycle });
  return { draftHash, signatories: [...signatories], before: before.map(([a, b]) => [a, b] as const) };
}

/** Hash binding a signature to this exact plan (text, signatories, order). Throws nothing. */
export function planHash(plan: SigningPlan): string {
  return sha256Hex(canonicalJson({ type: 'parley-signing-plan/v1', ...plan }));
}

/** Who must have signed before `id` may sign. Throws nothing. */
export function prerequisites(plan: SigningPlan, id: string): string[] {
  return plan.before.filter(([, b]) => b === id).map(([a]) => a);
}

// Depth-first search; returns the first cycle found as a closed path (a, b, ..., a).
function findCycle(
  ids: readonly string[],
  before: readonly (readonly [string, string])[],
): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'open');
    stack.push(id);
    for (const [a, b] of before) {
      if (a !== id) continue;
      const cycle = visit(b);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of ids) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
