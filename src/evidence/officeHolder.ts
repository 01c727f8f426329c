// A quotation given to an office ("the Foreign Secretary said") and the same words given to a
// person by name are one voice when the roster gives that person the office: "the same words
// given to two people" needs two people, and an office named without its holder is no second one.
import { buildGazetteer } from './gazetteer.ts';
import type { Passage } from './passages.ts';
import type { Roster } from './types.ts';

const OFFICE_WORD =
  /\b(?:secretary|minister|president|premier|chancellor|spokes(?:man|woman|person)|envoy|ambassador|chair(?:man|woman|person)?|negotiator|mediator|commissioner|governor|king|queen|emir|sultan)\b/i;

/** Whether one passage's speaker is an office the other passage's named speaker holds. */
export function officeAndHolder(a: Passage, b: Passage, roster: Roster): boolean {
  const people = buildGazetteer(roster).personById;
  const holds = (office: Passage, named: Passage) => {
    const s = office.speaker;
    const id = named.speaker?.personId;
    if (!s || s.personId || !id) return false;
    // "its foreign minister" of another party than the holder's is another minister.
    const holder = people.get(id);
    if (s.partyId !== undefined && holder?.party !== undefined && s.partyId !== holder.party) return false;
    const title = s.name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim();
    const held = holder?.office?.toLowerCase() ?? '';
    // The title as the office's own words: "the President" is not a "Vice-President", "the
    // Secretary" no "Secretary-General", "the King" not in "Working Group".
    const at = held.indexOf(title);
    const own =
      at !== -1 && !/[\p{L}-]/u.test(held[at - 1] ?? '') && !/[\p{L}-]/u.test(held[at + title.length] ?? '');
    return title.length >= 4 && OFFICE_WORD.test(title) && own;
  };
  return holds(a, b) || holds(b, a);
}
