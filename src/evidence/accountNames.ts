// Who a post's account is, from its name as the platform prints it: a display name in two scripts
// ("Ada Lind / Ада Линд") names one person twice; a handle ("ada.lind") the person it spells; a
// mission's account ("Embassy of Norland in Kessel") speaks for the state that sends it, never for
// the place it is posted to.
import { type Gazetteer, personInHandle, speakerNamed } from './gazetteer.ts';
import { isHandle } from './platformMarks.ts';
import type { Speaker } from './types.ts';

const POSTED =
  /^((?:Embassy|Consulate(?:[- ]General)?|(?:Permanent\s+)?Mission|Delegation|High Commission)\s+of\s+.+?)\s+(?:in|to|at)\s+\S.*$/;

/** The roster's person or party an account's name gives, if any. */
export function accountFound(name: string, gazetteer: Gazetteer): Speaker | undefined {
  return name
    .split(/\s+[/|]\s+/)
    .map(
      (part) =>
        speakerNamed(POSTED.exec(part)?.[1] ?? part, gazetteer) ??
        (isHandle(part) ? personInHandle(part, gazetteer) : undefined),
    )
    .find((s) => s !== undefined);
}
