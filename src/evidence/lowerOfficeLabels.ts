// A plenary record in translation labels its presiding officer and the government's bench by office
// in lower case, as the original's grammar has it ("The chair:", "The president:", "The minister:",
// translating "De voorzitter:", "Le président :"). The label is the office's, capitalised as a label.
import type { TurnLabel } from './genre.ts';

const LOWER_OFFICE =
  /^(The|THE) ((?:vice-|deputy )?(?:chair|chairman|chairwoman|chairperson|president|speaker|minister|state secretary|rapporteur))(?:[ \t]+\(([^()\n]{1,60})\))?[ \t]?:[ \t]+(?=\S)/;

/** The label of a turn opening `paragraph` with an office in lower case ("The chair: …"), if it has one. */
export function lowerOfficeLabel(paragraph: string): TurnLabel | undefined {
  const m = LOWER_OFFICE.exec(paragraph);
  if (!m) return undefined;
  const office = m[2]!.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  return { full: m[0], question: false, name: `The ${office}`, ...(m[3] ? { aside: m[3] } : {}) };
}
