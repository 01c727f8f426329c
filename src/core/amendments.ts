// Amendments: a party's proposed wording on a provision, an object of its own beside the
// stances. Pure rules: which kinds need text, which state changes are allowed, and what
// the provision reads once an amendment is taken. The app stores and scopes them.
import { z } from 'zod';
import { ParleyError } from './errors.ts';
import { LongText } from './limits.ts';
import { Slug, Timestamp } from './model.ts';

/**
 * `replace`: new wording for the provision; `delete`: strike it; `insert-after`: words
 * added after the provision's text, in it; `new`: a provision of its own, placed after it.
 */
export const AmendmentKind = z.enum(['replace', 'delete', 'insert-after', 'new']);
export type AmendmentKind = z.infer<typeof AmendmentKind>;

/** `proposed` until its party withdraws it or the secretariat settles it (taken, in part, rejected). */
export const AmendmentState = z.enum(['proposed', 'withdrawn', 'taken', 'taken_in_part', 'rejected']);
export type AmendmentState = z.infer<typeof AmendmentState>;

/** The states the secretariat settles an amendment in. */
export const Decision = z.enum(['taken', 'taken_in_part', 'rejected']);
export type Decision = z.infer<typeof Decision>;

export const Amendment = z.object({
  id: z.string().min(1),
  party: Slug,
  draft: Slug,
  /** The provision's stable address in the draft ("7.a"): what the amendment is on. */
  provision: z.string().min(1),
  /** Its number as the draft shows it ("Article 7"), kept as the party saw it. */
  number: z.string().min(1),
  /** The provision's lineage, so the amendment appears in its history across drafts. */
  lineage: z.string().min(1),
  kind: AmendmentKind,
  /** The proposed words; absent for a deletion. */
  text: LongText.optional(),
  note: LongText.optional(),
  /** Shown to every party that holds the provision; otherwise to its own party and the secretariat only. */
  shared: z.boolean(),
  /** Parties its own party (or the secretariat) later shared it with by name; absent when none. */
  sharedWith: z.array(z.string().min(1)).optional(),
  state: AmendmentState,
  /** Who proposed it: "owner", "user:ana". */
  author: z.string().min(1),
  proposedAt: Timestamp,
  /** The last change of state: when, by whom, and why (the secretariat's note). */
  stateAt: Timestamp.optional(),
  stateBy: z.string().min(1).optional(),
  stateNote: LongText.optional(),
});
export type Amendment = z.infer<typeof Amendment>;

/** Where the error points: the field of the input that is wrong. */
const bad = (field: string, message: string): never => {
  throw new ParleyError('invalid_input', `${field}: ${message}`, {
    field,
    fields: [{ field, message }],
  });
};

/**
 * The proposed words as they will be stored: trimmed, required for every kind but a
 * deletion, refused for a deletion. Throws `invalid_input` naming `text`.
 */
export function amendmentText(kind: AmendmentKind, text: string | undefined): string | undefined {
  const words = text?.trim() ?? '';
  if (kind === 'delete') {
    if (words) bad('text', 'a deletion carries no text; leave the text out or propose a replacement');
    return undefined;
  }
  if (!words) {
    const what = kind === 'replace' ? 'the replacement wording' : 'the words to add';
    return bad('text', `give ${what}; an empty ${kind} changes nothing`);
  }
  return words;
}

/** The states a state may go to. Settled and withdrawn amendments stay as they are. */
const NEXT: Record<AmendmentState, readonly AmendmentState[]> = {
  proposed: ['withdrawn', 'taken', 'taken_in_part', 'rejected'],
  withdrawn: [],
  taken: [],
  taken_in_part: [],
  rejected: [],
};

/** Whether an amendment in `from` may go to `to`. Throws nothing. */
export function canMove(from: AmendmentState, to: AmendmentState): boolean {
  return NEXT[from].includes(to);
}

/** Throws `conflict` (details: field `state`, current) unless the amendment may go from `from` to `to`. */
export function requireMove(id: string, from: AmendmentState, to: AmendmentState): void {
  if (canMove(from, to)) return;
  const label = to.replace(/_/g, ' ');
  throw new ParleyError(
    'conflict',
    `amendment '${id}' is ${from.replace(/_/g, ' ')}: only a proposed amendment can become ${label}`,
    { field: 'state', current: from, expected: 'proposed' },
  );
}

/**
 * The provision's text once the amendment is taken whole: the replacement, nothing for a
 * deletion, the text with the words added for an insertion. A new provision leaves it as it
 * is (its words are a provision of their own). Throws nothing.
 */
export function amendedText(base: string, amendment: Pick<Amendment, 'kind' | 'text'>): string {
  switch (amendment.kind) {
    case 'replace':
      return amendment.text ?? base;
    case 'delete':
      return '';
    case 'insert-after':
      return base ? `${base}\n${amendment.text ?? ''}` : (amendment.text ?? '');
    case 'new':
      return base;
  }
}
