// An institution's own page names its principal by office alone: under the masthead "Press
// Service of the President of Torvania" (or "Official website of the President of Arvenia", a
// ministry's "Ministry of Foreign Affairs of Norland") "the President stressed", "«…», – the head
// of state said" and "the Minister said" are the masthead's office holder, whoever else the page
// names. The masthead is a line of its own that is nothing but the office and its country; a
// headline that mentions an office ("President of Arvenia vows …") is not one.
import { type Gazetteer, speakerNamed } from './gazetteer.ts';
import { officeHolder } from './offices.ts';
import type { RosterPerson } from './types.ts';

export interface PagePrincipal {
  person: RosterPerson;
  /** The office the masthead names, lower case ("president", "foreign minister"). */
  office: string;
}

// "Press Service of the", "Official website of the", "Office of the": the service that publishes for the office.
const SERVICE = String.raw`(?:(?:the\s+)?(?:press\s+(?:service|office|centre|center)|(?:executive\s+)?office|official\s+(?:web)?site|website|(?:presidential\s+)?administration|chancellery|secretariat|media\s+(?:centre|center))\s+of\s+)?`;
const OFFICES = String.raw`president|prime\s+minister|foreign\s+minister|minister\s+(?:of|for)\s+foreign\s+affairs|special\s+envoy|secretary[- ]general|chancellor`;
const COUNTRY = String.raw`((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,4})`;
// A site's name after a bar or a dash: "President of Arvenia | Official website".
const SITE_TAIL = String.raw`(?:\s*[|–—]\s*[^\n|]{1,40})?`;
const OFFICE_MASTHEAD = new RegExp(
  String.raw`^${SERVICE}(?:the\s+)?(${OFFICES})\s+of\s+${COUNTRY}${SITE_TAIL}$`,
  'iu',
);
// A foreign ministry's masthead speaks for its minister: "Ministry of Foreign Affairs of Norland",
// "Norland Ministry of Foreign Affairs", "Foreign Ministry of the Republic of Norland", a site's
// "Ministry of Foreign Affairs - State of Norland".
const MINISTRY_MASTHEAD = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:ministry\s+of\s+foreign\s+affairs|foreign\s+ministry)\s+(?:of|[-–—,|])\s+${COUNTRY}|${COUNTRY}\s+(?:ministry\s+of\s+foreign\s+affairs|foreign\s+ministry))${SITE_TAIL}$`,
  'iu',
);

// "the Republic of Garovia", "the Kingdom of Norland": the state's formal name around the one the roster knows.
const FORMAL_STATE =
  /^(?:the\s+)?(?:(?:republic|kingdom|federation|state|principality|sultanate|emirate|grand\s+duchy)\s+of\s+(?:the\s+)?)?/i;

// A word every masthead holds (an office's or the ministry's), under the same case folding: most
// lines hold none, and the two full patterns fold case through the Unicode tables.
const MASTHEAD_WORD = /minist|president|envoy|secretary|chancellor/iu;

/** A masthead line's office (null for a ministry's) and the roster party it names. */
function mastheadLine(
  raw: string,
  gazetteer: Gazetteer,
): { office: RegExpExecArray | null; party: string } | undefined {
  const line = raw.trim();
  if (line.length > 120 || !MASTHEAD_WORD.test(line)) return undefined;
  const office = OFFICE_MASTHEAD.exec(line);
  const ministry = office ? null : MINISTRY_MASTHEAD.exec(line);
  if (!office && !ministry) return undefined;
  const country = office ? office[2]! : (ministry![1] ?? ministry![2])!;
  const party = speakerNamed(country.replace(FORMAL_STATE, ''), gazetteer)?.partyId;
  if (!party || speakerNamed(country, gazetteer)?.personId) return undefined;
  return { office, party };
}

/**
 * The party whose office or ministry the page's masthead names ("Ministry of Foreign Affairs of
 * the Republic of Garovia"), though the roster may know no holder of that office.
 */
export function pageParty(lines: string[], gazetteer: Gazetteer): string | undefined {
  for (const line of lines) {
    const found = mastheadLine(line, gazetteer);
    if (found) return found.party;
  }
  return undefined;
}

/** The roster person whose office the page's masthead (among its first lines) names, if one does. */
export function pagePrincipal(
  lines: string[],
  gazetteer: Gazetteer,
  text: string,
): PagePrincipal | undefined {
  for (const line of lines) {
    const found = mastheadLine(line, gazetteer);
    if (!found) continue;
    const { office, party } = found;
    const said = office ? office[1]!.toLowerCase().replace(/\s+/g, ' ') : 'foreign minister';
    const key = /^minister (?:of|for) foreign affairs$/.test(said) ? 'foreign minister' : said;
    const person = officeHolder(key, gazetteer, text, [party]);
    if (person) return { person, office: key };
  }
  return undefined;
}

// "the head of state" is a president's other name; "the Minister" a foreign minister's on the ministry's page.
const OTHER_NAMES: Record<string, string> = {
  'head of state': 'president',
  'head of government': 'prime minister',
};

/**
 * Whether a bare office description ("the President", "the Head of State", "the Minister", "the
 * Envoy") names the page's principal: its office word is one of the principal's office.
 */
export function namesPrincipal(description: string, principal: PagePrincipal): boolean {
  const said = description
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
  if (said.includes(' of ') && !(said in OTHER_NAMES)) return false;
  const office = OTHER_NAMES[said] ?? said;
  const words = principal.office.split(/[\s-]+/);
  return office.split(/[\s-]+/).every((w) => words.includes(w));
}
