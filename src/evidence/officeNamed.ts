// People a sentence names by office and country, not by name: "the Prime Minister of
// Brevanne", "the presidents of Garovia and Fairhold", "Selvaro's foreign minister". Readouts
// and wires name the other side's leader so as often as by name; an event read from such a
// sentence has those people at it. Only a whole office the roster gives one person of that
// party is taken: "the Deputy Foreign Minister of Oskaria" is not its foreign minister, and
// "Aide to the President of Garovia" names the aide, not the President.
import type { Gazetteer } from './gazetteer.ts';
import type { NameHit } from './names.ts';
import type { RosterPerson } from './types.ts';

// One office, however a house writes it: "Minister for Foreign Affairs and Cooperation",
// "Foreign Minister"; "Secretary of State for Foreign Affairs", "Foreign Secretary".
const FOREIGN_MINISTER = /\bministers? (?:of|for) foreign affairs(?: and [a-z ]+)?$/;
const FOREIGN_SECRETARY = /\bsecretar(?:y|ies) of state for foreign(?:,? [a-z]+)*(?: and [a-z]+)? affairs$/;

/** An office's words as one key: lower case, the country left out, one spelling of the foreign ministry's head. */
function officeKey(office: string): string {
  return office
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(FOREIGN_MINISTER, 'foreign minister')
    .replace(FOREIGN_SECRETARY, 'foreign secretary');
}

/** Each word of a plural office made singular: "prime ministers" is "prime minister". */
const singular = (phrase: string) =>
  phrase
    .split(' ')
    .map((w) => (w === 'affairs' ? w : w.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '')))
    .join(' ');

const cache = new WeakMap<Gazetteer, Map<string, RosterPerson[]>>();
const firstWordsCache = new WeakMap<Gazetteer, Set<string>>();
/**
 * The words an office phrase may open with and have a holder: the first word of an office key,
 * or the head that officeKey turns into "foreign" ("minister of foreign affairs"). A country's
 * possessive is mostly followed by no office ("Drava's position"): it is not looked up at all.
 */
function officeFirstWords(gazetteer: Gazetteer): Set<string> {
  let words = firstWordsCache.get(gazetteer);
  if (words) return words;
  words = new Set(['minister', 'ministers', 'secretary', 'secretaries']);
  for (const key of holdersByOffice(gazetteer).keys())
    words.add(key.slice(key.indexOf('|') + 1).split(' ')[0]!);
  firstWordsCache.set(gazetteer, words);
  return words;
}

/** Roster people by "party|office key", their country stripped from the office. */
function holdersByOffice(gazetteer: Gazetteer): Map<string, RosterPerson[]> {
  let byKey = cache.get(gazetteer);
  if (byKey) return byKey;
  byKey = new Map();
  for (const person of gazetteer.personById.values()) {
    const party = person.party ? gazetteer.partyById.get(person.party) : undefined;
    if (!party || !person.office) continue;
    const names = [party.name, ...party.aliases].map((n) => n.toLowerCase().replace(/^the /, ''));
    const lower = person.office.toLowerCase();
    // "President of Arvenia" is the President of Arvenia; a bare "Foreign Minister" is her party's.
    const own = names.some((n) => lower.endsWith(` of ${n}`) || lower.endsWith(` of the ${n}`));
    const office = own ? lower.slice(0, lower.lastIndexOf(' of ')).replace(/ of the$/, '') : lower;
    const key = `${party.id}|${officeKey(office)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), person]);
  }
  cache.set(gazetteer, byKey);
  return byKey;
}

// The words an office runs back over from "of <country>": "Minister of Foreign Affairs" holds "of" itself.
const OFFICE_WORDS = 6;
// "Aide to the President of X", "Envoy of the President of X", "on behalf of the President of X":
// the office is another's, who is named, not the President.
const OWNED_BY = /\b(?:of|aide to|adviser to|advisor to|envoy to|counsellor to|ambassador to)\s*$/i;
const LEAD = /^(?:the|both)$/i;

/**
 * The office written before a country: "the Prime Minister of " before "Brevanne" gives
 * "prime minister". Undefined when no "the" opens it within a few words, or when it is
 * itself another office's complement.
 */
function officeBefore(text: string, at: number): { office: string; start: number } | undefined {
  // Most countries are named with no "of" before them: two literal tests, not a slice and a scan.
  if (!text.startsWith('of ', at - 3) && !text.startsWith('of the ', at - 7)) return undefined;
  const before = text.slice(Math.max(0, at - 90), at);
  const m = /\bof (?:the )?$/.exec(before);
  if (!m) return undefined;
  const words = before.slice(0, m.index).trimEnd().split(' ');
  for (let n = 1; n <= OFFICE_WORDS && n < words.length; n++) {
    const lead = words[words.length - 1 - n]!;
    if (!LEAD.test(lead)) continue;
    const office = words.slice(words.length - n).join(' ');
    if (!/^[\p{L} -]+$/u.test(office)) return undefined;
    const start = at - before.length + words.slice(0, words.length - 1 - n).join(' ').length;
    if (OWNED_BY.test(text.slice(Math.max(0, start - 30), start))) return undefined;
    return { office: office.toLowerCase(), start };
  }
  return undefined;
}

const POSSESSIVE = /^['’]s\b/;
// "Selvaro's foreign minister, Benedetta Quarzo": the office after a country's possessive, up to a stop.
const OFFICE_AFTER = /^['’]s ((?:[\p{L}-]+ ?){1,5})/u;

/**
 * Person hits for the people named by office and country in `text`, at the office's words,
 * one per person; `hits` are the document's name hits, in order.
 */
export function peopleByOffice(text: string, hits: NameHit[], gazetteer: Gazetteer): NameHit[] {
  const byKey = holdersByOffice(gazetteer);
  if (byKey.size === 0) return [];
  const firstWords = officeFirstWords(gazetteer);
  const found: NameHit[] = [];
  const holder = (party: string, office: string) => {
    const people = byKey.get(`${party}|${officeKey(office)}`);
    return people?.length === 1 ? people[0] : undefined;
  };
  const add = (person: RosterPerson, start: number, end: number, from: NameHit) =>
    found.push({
      span: [start, end],
      runStart: start,
      kind: 'person',
      id: person.id,
      name: person.name,
      titles: [],
      inQuote: from.inQuote,
      subject: false,
    });
  const parties = hits.filter((h) => h.kind === 'party' && h.id);
  for (let i = 0; i < parties.length; i++) {
    const h = parties[i]!;
    const quote = text[h.span[1]];
    const after = quote === "'" || quote === '’' ? text.slice(h.span[1], h.span[1] + 60) : '';
    if (POSSESSIVE.test(after)) {
      const m = OFFICE_AFTER.exec(after);
      const words = m ? m[1]!.trim().toLowerCase().split(' ') : [];
      if (!firstWords.has(words[0] ?? '')) continue;
      // The longest run of its words that is an office: "foreign minister" of "foreign minister benedetta".
      for (let n = words.length; n > 0; n--) {
        const person = holder(h.id!, words.slice(0, n).join(' '));
        if (!person) continue;
        add(person, h.span[0], h.span[1] + 3 + words.slice(0, n).join(' ').length, h);
        break;
      }
      continue;
    }
    const office = officeBefore(text, h.span[0]);
    if (!office) continue;
    // "the presidents of Garovia and Fairhold": a plural office over two countries.
    const next = parties[i + 1];
    const pair =
      next && /^ and (?:of )?(?:the )?$/.test(text.slice(h.span[1], next.span[0])) ? next : undefined;
    if (pair && !POSSESSIVE.test(text.slice(pair.span[1], pair.span[1] + 3))) {
      const one = singular(office.office);
      if (one !== office.office) {
        for (const p of [h, pair]) {
          const person = holder(p.id!, one);
          if (person) add(person, office.start, pair.span[1], p);
        }
        i++;
        continue;
      }
    }
    const person = holder(h.id!, office.office);
    if (person) add(person, office.start, h.span[1], h);
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/** The document's name hits with the people named by office among them, in order (for events). */
export function withOfficeHolders(text: string, hits: NameHit[], gazetteer: Gazetteer): NameHit[] {
  const offices = peopleByOffice(text, hits, gazetteer);
  if (offices.length === 0) return hits;
  return [...hits, ...offices].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}
