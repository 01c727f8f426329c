// A transcript label that sets a speaker's office and name apart by a comma, in either order, as
// foreign ministries and international bodies print them: "Official Spokesperson, Shri Taras
// Melnyk:", "Foreign Secretary, Mr Henrik Dahl:", "Taras Melnyk, Spokesperson:". One side is an
// office, the other a person: two places ("Fjellby, Norland:") or two offices are no label. A third
// part after the office is the office's body ("Taras Melnyk, Chair, Harbour Users' Group:"); there the
// first part is a person's whole name. Else it says where the office of its body speaks ("Fjellby, Chair,
// Norland Delegation:"): the label is the body's voice, as a delegation's, and names nobody.
import type { TurnLabel } from './genre.ts';
import { NOT_NAME_WORDS, TITLE_WORDS } from './lexicon.ts';
import { isOutletLabel } from './outlets.ts';

const PART = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|on|at|in)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,6}`;
// A broadcaster's transcript names the office's body after one more comma: "Ada Lind, Chair, Harbour
// Users' Group:". The body is the office's: the person is still the part that is no office.
const COMMA_LABEL = new RegExp(`^(${PART}),\\s+(${PART})(?:,\\s+(${PART}))?:[ \\t]+(?=\\S)`, 'u');
// Forms of address: they stand before a name, and make it no office.
const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|sir|dame|shri|smt|h\.e|madam|mme|m)\.?$/i;

const words = (part: string) => part.split(/\s+/).map((w) => w.toLowerCase());
// Who presides or directs holds an office too ("Ada Lind, Chair, …"), though the lexicon's titles
// stand before names and these rarely do.
const PRESIDING = /^(?:(?:co-)?chair(?:man|woman|person)?|director(?:-general)?)$/;
const isOffice = (part: string) =>
  words(part).some((w) => (TITLE_WORDS.has(w) || PRESIDING.test(w)) && !HONORIFIC.test(w));
const isPerson = (part: string) =>
  !isOffice(part) && words(part).some((w) => !HONORIFIC.test(w) && !TITLE_WORDS.has(w));
// Before an office and its body, a name as a broadcaster writes it: given name and surname (after an
// honorific or not), none of its words a place's or an institution's ("Port", "North", "Institute").
const isWholeName = (part: string) => {
  const name = words(part).filter((w) => !HONORIFIC.test(w));
  return name.length >= 2 && !name.some((w) => NOT_NAME_WORDS.has(w));
};

/**
 * The label of an "Office, Name:" or "Name, Office:" turn, its name the person, its aside the office;
 * or a journalist's "Name, Outlet:" ("Rohan Iyer, Vartha Broadcasting:"), its aside the outlet, which
 * makes the turn a question in a press conference (turns.ts, `askingOutlet`).
 */
export function commaLabel(paragraph: string): TurnLabel | undefined {
  const m = COMMA_LABEL.exec(paragraph);
  if (!m) return undefined;
  const [first, second, body] = [m[1]!, m[2]!, m[3]];
  if (body === undefined && isPerson(first) && isOutletLabel(second, (w) => TITLE_WORDS.has(w.toLowerCase())))
    return { full: m[0], question: false, name: first, aside: second };
  // After a third part the order is the name's, then its office's: "Ada Lind, Chair, …".
  const [office, person] =
    body === undefined && isOffice(first) && isPerson(second) ? [first, second] : [second, first];
  if (!isOffice(office) || !isPerson(person)) return undefined;
  if (body !== undefined && !isWholeName(person))
    return { full: m[0], question: false, name: body, aside: office, delegation: true };
  return {
    full: m[0],
    question: false,
    name: person,
    aside: body === undefined ? office : `${office}, ${body}`,
  };
}
