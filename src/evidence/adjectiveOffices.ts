// A person named by their country's adjective and an office, without a name: "the Torvanian Minister
// of Culture", "the Arvenian foreign minister", "an Arvenian envoy". Wires and a counterpart's own
// account name the other side's minister so; the adjective says whose the office is.
import { ADJECTIVE, partiesOfAdjective } from './adjectives.ts';
import type { EntityMention } from './entities.ts';
import type { Roster } from './types.ts';

// Up to three title words between (capitalised, or the usual lower-case ones), then the office.
// Case is spelled out: a loose match would take "side said the minister" for a title.
const OFFICE_AFTER =
  /^\s+(?:(?:[Dd]eputy|[Vv]ice|[Ff]oreign|[Pp]rime|[Cc]hief|\p{Lu}[\p{L}-]*)\s+){0,3}?(?:[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Nn]egotiator)\b/u;

/** The offices a text names by a party's adjective, as mentions of that party. */
export function adjectiveOffices(text: string, roster: Roster): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(ADJECTIVE)) {
    // "Arvenia's Torvanian-born minister": the office is the possessor's, which the name reads.
    if (/['’]s\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const end = m.index + m[0].length;
    const office = OFFICE_AFTER.exec(text.slice(end, end + 60));
    const parties = office ? partiesOfAdjective(m[0], roster) : [];
    if (parties.length === 1)
      out.push({ party: parties[0]!, index: m.index, end: end + office![0].length, via: 'office' });
  }
  return out;
}
