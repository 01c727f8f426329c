// A parliament's stenographic record in translation (the style of the post-Soviet chambers) sets the
// speaker off by a full stop: a member by initials and surname, the group or office in brackets
// ("K. Lind (Greens). Colleagues, …", "P. P. Holm (Minister of Finance). …"), the presiding officer by
// the office alone ("Chair. The floor is given to …"). Prose opens no paragraph on initials, a
// surname and a stop, nor on a bare office and a stop. Some chambers set the surname and the office in
// capitals ("R. LIND (GRN). …", "PRESIDING OFFICER (A. HOLM, GRN). …"): the holder in the aside.
import type { TurnLabel } from './turnLabels.ts';

// One to three initials, then the surname (double-barrelled or not); an aside without figures (a
// reference's "(2019)" is a year). A courtesy after initials is a list's "H.E. Mr. …", no label.
// A country's initials ("U.S. ARMY.") open a heading in capitals, no member's label.
const INITIALLED =
  /^((?!(?:U\.[SKN]|E\.U)\.)(?:\p{Lu}\.[ \t]?){1,3}[ \t]?(?!(?:Mr|Mrs|Ms|Dr|Prof|Sir|Hon|Rev|Gen|Amb)\.)(?:\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?|\p{Lu}{2}[\p{Lu}'’]*(?:-\p{Lu}{2,})?))(?:[ \t]+\(([^()\d\n]{1,60})\))?\.[ \t]+(?=[\p{Lu}"“«(])/u;
const SURNAME_IN_CAPITALS = /\p{Lu}{2}[\p{Lu}'’-]*$/u;
// The office in capitals may carry its holder and group in brackets, a footnote's star after the group.
const PRESIDING =
  /^((?:Deputy[ \t]+)?(?:Chair|Chairman|Chairwoman|Chairperson|Presiding(?:[ \t]+[Oo]fficer)?|Speaker)|(?:DEPUTY[ \t]+)?(?:CHAIR|CHAIRMAN|CHAIRWOMAN|CHAIRPERSON|PRESIDING[ \t]+OFFICER|SPEAKER))(?:[ \t]+\(([^()\d\n]{1,60})\))?\.[ \t]+(?=[\p{Lu}"“«])/u;

/** The label of a stenographic record's turn at the start of `paragraph`, without its stop. */
export function initialledLabel(paragraph: string): TurnLabel | undefined {
  const p = PRESIDING.exec(paragraph);
  if (p)
    return {
      full: p[0],
      said: p[1]!,
      question: false,
      name: p[1]!,
      chamber: true,
      bareOffice: true,
      ...(p[2] ? { aside: p[2].replace(/\*+$/, '') } : {}),
    };
  const m = INITIALLED.exec(paragraph);
  if (!m) return undefined;
  // "I. BACKGROUND." is a section heading as much as a member: the record decides (turnBoundaries.ts).
  const capitalsOnly = !m[2] && SURNAME_IN_CAPITALS.test(m[1]!);
  return {
    full: m[0],
    said: m[1]!,
    question: false,
    name: m[1]!,
    ...(m[2] ? { aside: m[2] } : {}),
    ...(capitalsOnly ? { capitalsOnly } : {}),
  };
}
