// A record names an officer in full at first and by the office alone after: "Marshal of the Sejm
// Szymon Holt:", then "Marshal:"; "Vice-President Anja Roth:", then "The Vice-President:". A label
// that is an office alone, whose holder neither the roster nor the head gives, is the person an
// earlier label named with that office.
import { isRole } from './genre.ts';
import type { Speaker } from './types.ts';

const ADDRESS = /^(?:the|mr\.?|mrs\.?|ms\.?|madam|mme\.?)$/;
const PRESIDENCY = /^(?:president|speaker)$/;
// "The SPEAKER pro tempore": one member presiding for a time, an office of its own a holder is named for.
const ACTING = /^(?:pro|tempore)$/;
const officeOf = (label: string): string[] =>
  label
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && !ADDRESS.test(w));

/** The labels of a record read so far that name a person, for the office-alone labels after them. */
export interface EarlierLabels {
  /** Notes the speaker a turn's label was read as. */
  note(label: string, speaker: Speaker): void;
  /** The person an earlier label named with every office word of `label`, when `label` is an office alone. */
  holder(label: string): Speaker | undefined;
  /** Forgets the holders of the chair: the record told that another took it. */
  vacateChair(): void;
}

// The offices a stage direction hands over ("[Mr. Roe assumed the chair.]", "(Mrs. Tesh in the Chair)").
const PRESIDING = /^(?:chair|chairman|chairwoman|chairperson|presiding|speaker|president)$/;

/** Whether a label's words name the chair's office ("the chairman", "presiding officer"). */
export const presidingLabel = (label: string): boolean => officeOf(label).some((w) => PRESIDING.test(w));

/**
 * Earlier labels kept once each, the latest last: a record repeats its few labels thousands of
 * times, and reading every earlier turn again for each office alone made a long record quadratic.
 */
export function earlierLabels(): EarlierLabels {
  const named = new Map<string, { words: string[]; speaker: Speaker }>();
  return {
    note(label, speaker) {
      if (speaker.via !== 'name') return;
      const words = officeOf(label);
      if (!words.some((w) => !isRole(w) && !/^(?:of|for|to)$/.test(w))) return;
      named.delete(label);
      named.set(label, { words, speaker });
    },
    holder(label) {
      const office = officeOf(label);
      // A bare "The President:" or "Speaker:" is a council's or a chamber's presidency, which rotates (turns.ts).
      if (
        named.size === 0 ||
        office.length === 0 ||
        !office.every((w) => isRole(w) || ACTING.test(w)) ||
        PRESIDENCY.test(office.join(' '))
      )
        return undefined;
      const latestFirst = [...named.values()].reverse();
      return latestFirst.find(({ words }) => office.every((w) => words.includes(w)))?.speaker;
    },
    vacateChair() {
      for (const label of named.keys()) if (presidingLabel(label)) named.delete(label);
    },
  };
}
