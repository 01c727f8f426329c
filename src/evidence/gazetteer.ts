// The negotiation's roster as a lookup table: every party and person name, alias and
// (for people) surname, mapped to its id. Built once per roster and reused per document,
// since extraction runs it on every capitalised run of every text.
import type { Roster, RosterParty, RosterPerson, Speaker } from './types.ts';

export type Entry = { type: 'party'; party: RosterParty } | { type: 'person'; person: RosterPerson };

export interface Gazetteer {
  /** Alias (as written, possessive stripped) to the entry it names. */
  aliases: Map<string, Entry>;
  /** Longest alias in tokens, so lookups try no longer windows. */
  maxTokens: number;
  partyById: Map<string, RosterParty>;
  personById: Map<string, RosterPerson>;
}

const cache = new WeakMap<Roster, Gazetteer>();

const tokenCount = (alias: string) => alias.split(' ').length;

// Slavic names reach English in several transliterations of one ending: Zelensky, Zelenskyy,
// Zelenskiy, Zelenskyi; Syrskyi, Syrsky. A name ending so (after "sk", or in a double vowel that
// only transliteration writes) is known by each of them; "Henry" or "Rubio" are left alone.
const SLAVIC_ENDING = /(?<=\p{L}{2}[sc]k)(?:yy|iy|yi|ii|y|i)$|(?<=\p{L}{3}[^\P{L}aeiouy])(?:yy|iy|yi|ii)$/iu;
const ENDINGS = ['y', 'yy', 'iy', 'yi', 'ii', 'i'];

/** `name` with its last word in every transliteration of its ending, itself first. */
export function spellings(name: string): string[] {
  const m = SLAVIC_ENDING.exec(name);
  if (!m) return [name];
  const stem = name.slice(0, m.index);
  const upper = m[0] === m[0].toUpperCase() && /\p{Lu}/u.test(m[0]);
  return [name, ...ENDINGS.map((e) => stem + (upper ? e.toUpperCase() : e)).filter((v) => v !== name)];
}

/** Builds (or reuses) the alias table of a roster. Surnames are added only when unambiguous. */
export function buildGazetteer(roster: Roster): Gazetteer {
  const cached = cache.get(roster);
  if (cached) return cached;
  const aliases = new Map<string, Entry>();
  const surnames = new Map<string, Entry | null>();
  const add = (alias: string, entry: Entry) => {
    const key = alias.trim().replace(/\s+/g, ' ');
    if (key !== '' && !aliases.has(key)) aliases.set(key, entry);
  };
  for (const party of roster.parties) {
    for (const alias of [party.name, ...party.aliases]) add(alias, { type: 'party', party });
  }
  for (const person of roster.people) {
    const entry: Entry = { type: 'person', person };
    for (const name of [person.name, ...person.aliases].flatMap(spellings)) {
      add(name, entry);
      const parts = name.split(/\s+/);
      const last = parts[parts.length - 1]!;
      if (parts.length > 1 && last.length > 2) {
        const seen = surnames.get(last);
        surnames.set(
          last,
          seen === undefined || (seen?.type === 'person' && seen.person === person) ? entry : null,
        );
      }
    }
  }
  for (const [surname, entry] of surnames) if (entry) add(surname, entry);
  const maxTokens = Math.max(1, ...[...aliases.keys()].map(tokenCount));
  const gazetteer: Gazetteer = {
    aliases,
    maxTokens,
    partyById: new Map(roster.parties.map((p) => [p.id, p])),
    personById: new Map(roster.people.map((p) => [p.id, p])),
  };
  cache.set(roster, gazetteer);
  return gazetteer;
}

/** "DORN" as "Dorn": labels in capitals name the same people as the roster. */
const IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;
export const titleCase = (w: string): string => (IN_CAPITALS.test(w) ? w[0] + w.slice(1).toLowerCase() : w);

/** The roster entry a name names: the whole name, else its last word (a surname). */
export function speakerNamed(name: string, gazetteer: Gazetteer): Speaker | undefined {
  const words = name.split(/\s+/).filter(Boolean).map(titleCase);
  for (const key of [words.join(' '), words.at(-1) ?? '']) {
    const entry = gazetteer.aliases.get(key);
    if (entry?.type === 'person') {
      const { id, name: full, party } = entry.person;
      return { name: full, personId: id, ...(party ? { partyId: party } : {}), via: 'name' };
    }
    if (entry?.type === 'party') return { name: entry.party.name, partyId: entry.party.id, via: 'name' };
  }
  return undefined;
}
