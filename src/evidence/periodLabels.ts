// Speaker labels closed by a full stop, the surname in capitals: the style of a legislature's
// printed hearings and debates ("The CHAIRMAN.", "Senator RUIZ.", "Secretary HALE.", "Mr. DAHL.",
// "Ms. JACKSON LEE of Texas.", "The SPEAKER pro tempore.", the chair's holder in brackets: "The CHAIR
// (Mrs. LUND)."), and the all-capitals form of Senate journals ("THE PRESIDENT.", "SEN. DAHL."). The
// capitals are what make it a label:
// prose never opens a paragraph on a title and a surname in capitals closed by a stop.
import type { TurnLabel } from './genre.ts';

// A surname in capitals, two letters at least, with its prefix in lower case ("McCAIN", "DeLAURO",
// "O'BRIEN", "VAN HOLLEN", "THOMAS-GREENFIELD"); up to three such words. A state after "of" tells
// two members of one surname apart.
const SURNAME = String.raw`(?:Mc|Mac|De|Di|La|Le|Du)?\p{Lu}[\p{Lu}'’-]*\p{Lu}`;
const CAPITALS = String.raw`${SURNAME}(?:[ \t]+${SURNAME}){0,2}`;
const STATE = String.raw`(?:[ \t]+of[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)?`;
// The words before the capitals: a form of address or an office in title case ("Mr.", "Senator",
// "Assistant Secretary", "Lieutenant General") or abbreviated in capitals ("SEN.", "REP."), or "The"
// before an office in capitals.
const TITLE = String.raw`\p{Lu}[\p{Ll}]+\.?(?:[ \t]+\p{Lu}[\p{Ll}]+\.?){0,2}|\p{Lu}{2,4}\.`;
const PERIOD_LABEL = new RegExp(
  String.raw`^((?:(?:The|THE)[ \t]+(${CAPITALS})(?:[ \t]+pro[ \t]+tempore)?)|(?:(${TITLE})[ \t]+(${CAPITALS})${STATE}))(?:[ \t]\((?<aside>[^()\n]{2,60})\))?\.[ \t]+(?=[\p{Lu}"“‘'(\[—–-]|\.\.\.|…)`,
  'u',
);

// Offices a hearing addresses its witnesses and officers by, beyond the labels' common ones.
const HEARING_OFFICES = new Set(
  'clerk witness interpreter judge director professor administrator captain major sergeant reverend father delegate miss'.split(
    ' ',
  ),
);
const office = (word: string, isRole: (word: string) => boolean) =>
  isRole(word) || HEARING_OFFICES.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * The label of a turn "Senator RUIZ. Thank you, Mr. Chairman." or "The CHAIRMAN. The committee will
 * come to order.": its name the title and the surname ("Senator RUIZ"), said without the stop.
 * `isRole` tells an office word ("Senator", "Chairman", "Mr.") from a name: after "The" every word in
 * capitals is an office; before the capitals the last word is one ("Assistant Secretary").
 */
export function periodLabel(paragraph: string, isRole: (word: string) => boolean): TurnLabel | undefined {
  const m = PERIOD_LABEL.exec(paragraph);
  if (!m) return undefined;
  // "The EU.", "The UN.": a body's initials after "The" are prose; an office in capitals is a word.
  if (m[2] !== undefined && (m[2].length < 4 || !m[2].split(/[ \t]+/).every((w) => office(w, isRole))))
    return undefined;
  if (m[3] !== undefined && !office(m[3].split(/[ \t]+/).at(-1)!, isRole)) return undefined;
  const said = m[1]!;
  // From the start of a run of spaces only: tried from each space, a long run is read once per space.
  const aside = m.groups?.aside;
  return {
    full: m[0],
    said,
    question: false,
    name: said.replace(/(?<![ \t])[ \t]+pro[ \t]+tempore$/, ''),
    ...(aside ? { aside } : {}),
  };
}
