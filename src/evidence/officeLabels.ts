// A record names an officer in full at first and by the office alone after: "Marshal of the Sejm
// Szymon Holt:", then "Marshal:"; "Vice-President Anja Roth:", then "The Vice-President:". A label
// that is an office alone, whose holder neither the roster nor the head gives, is the person an
// earlier label named with that office.
import { isRole } from './genre.ts';
import type { Speaker } from './types.ts';

export interface LabelledSpeaker {
  label: string;
  speaker: Speaker;
}

const ADDRESS = /^(?:the|mr\.?|mrs\.?|ms\.?|madam|mme\.?)$/;
const PRESIDENCY = /^(?:president|speaker)$/;
const officeOf = (label: string): string[] =>
  label
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && !ADDRESS.test(w));

/** The person an earlier label named with every office word of `label`, when `label` is an office alone. */
export function earlierHolder(label: string, earlier: LabelledSpeaker[]): Speaker | undefined {
  const office = officeOf(label);
  // A bare "The President:" or "Speaker:" is a council's or a chamber's presidency, which rotates (turns.ts).
  if (office.length === 0 || !office.every(isRole) || PRESIDENCY.test(office.join(' '))) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const { label: said, speaker } = earlier[i]!;
    const words = officeOf(said);
    const named = words.some((w) => !isRole(w) && !/^(?:of|for|to)$/.test(w));
    if (named && speaker.via === 'name' && office.every((w) => words.includes(w))) return speaker;
  }
  return undefined;
}
