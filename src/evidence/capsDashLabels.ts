// An assembly's verbatim report that sets its speakers off by a dash alone, the surname or the office
// in capitals: "THE PRESIDENT – The next item …", "Mr HOLM (Norland, EPP/CD) – Thank you, …". The
// capitals make the label: a name in running text is never set so, and a hyphen is prose.
import type { TurnLabel } from './genre.ts';

// An honorific, then the surname in capitals (one to three words, "VAN DER BERG", "AL-QADHI"), an aside
// in brackets (the country and the group); or the chamber's office in capitals ("THE PRESIDENT").
const CAPS_DASH =
  /^(?:((?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Baroness|Lady|M\.|Mme)\.? (?:\p{Lu}[\p{Ll}'’-]+ )?\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){0,2})(?: \(([^()\n]{1,60})\))?|(THE (?:PRESIDENT|CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|SPEAKER|VICE-PRESIDENT|CO-CHAIR)))[ \t]+[–—][ \t]+(?=\S)/u;

/** The label of a turn opening `paragraph` with a capitals-and-dash label ("Mr HOLM (Norland) – …"), if any. */
export function capsDashLabel(paragraph: string): TurnLabel | undefined {
  const m = CAPS_DASH.exec(paragraph);
  if (!m) return undefined;
  const said = (m[1] ?? m[3])!;
  return {
    full: m[0],
    said,
    question: false,
    // A member's label is the chamber's; its office in capitals is left to the chair the head names.
    chamber: m[3] === undefined,
    name: said,
    ...(m[2] ? { aside: m[2] } : {}),
  };
}
