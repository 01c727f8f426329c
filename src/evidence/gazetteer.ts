// The negotiation's roster as a lookup table: every party and person name, alias and
// (for people) surname, mapped to its id. Built once per roster and reused per document,
// since extraction runs it on every capitalised run of every text.
import type { Roster, RosterParty, RosterPerson, Speaker } from './types.ts';

export type Entry = { type: 'party'; party: RosterParty } | { type: 'person'; person: RosterPerson };

export interface Gazetteer {
  /** Alias (as written, possessive stripped) to the entry it names. */
  aliases: Map<string, Entry>;
  /** The same, keyed by each alias folded (`foldName`): read through `entryNamed`. */
  folded: Map<string, Entry>;
  /**
   * Names looked up that are no alias as written, with what their folded form names (null for
   * nothing): the same capitalised runs come back in every document, and folding tests each.
   */
  foldedSeen: Map<string, Entry | null>;
  /** Longest alias in tokens, so lookups try no longer windows. */
  maxTokens: number;
  partyById: Map<string, RosterParty>;
  personById: Map<string, RosterPerson>;
  /** The first surnames taken alone (`buildGazetteer`): another given name before one is another person. */
  paternal: Set<string>;
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

// A particle or a month between a given name and a surname is no surname of its own.
const NOT_SURNAME = /^(?:Dela|Bint|Binti|June|July|April|March)$/;

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
      // "the Istravian Foreign Minister" is a description: its last word is an office, no surname.
      if (parts.length > 1 && last.length > 2 && !/^the$/i.test(parts[0]!)) {
        const seen = surnames.get(last);
        surnames.set(
          last,
          seen === undefined || (seen?.type === 'person' && seen.person === person) ? entry : null,
        );
      }
    }
  }
  for (const [surname, entry] of surnames) if (entry) add(surname, entry);
  // A Spanish or Portuguese name ends on two surnames and goes by the first alone ("Ada Lind Vik" is
  // "Lind"): after every full surname, and only where it names no one else.
  const first = new Map<string, Entry | null>();
  for (const person of roster.people) {
    const parts = person.name.split(/\s+/);
    if (parts.length < 3) continue;
    const paternal = parts.at(-2)!;
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(paternal) || NOT_SURNAME.test(paternal)) continue;
    const seen = first.get(paternal);
    first.set(paternal, seen === undefined ? { type: 'person', person } : null);
  }
  const paternal = new Set<string>();
  for (const [surname, entry] of first)
    if (entry && !surnames.has(surname) && !aliases.has(surname)) {
      add(surname, entry);
      paternal.add(surname);
    }
  const maxTokens = Math.max(1, ...[...aliases.keys()].map(tokenCount));
  const folded = new Map<string, Entry>();
  for (const [alias, entry] of aliases) {
    // An acronym is matched as written: folded, "WHO" and "US" would name "Who?" and "Us".
    if (CAPITALS_RUN.test(alias)) continue;
    const key = foldName(alias);
    if (!folded.has(key)) folded.set(key, entry);
  }
  const gazetteer: Gazetteer = {
    aliases,
    folded,
    foldedSeen: new Map(),
    maxTokens,
    partyById: new Map(roster.parties.map((p) => [p.id, p])),
    paternal,
    personById: new Map(roster.people.map((p) => [p.id, p])),
  };
  cache.set(roster, gazetteer);
  return gazetteer;
}

/** "DORN" as "Dorn", "DLAMINI-ROUX" as "Dlamini-Roux": labels in capitals name the same people as the roster. */
const IN_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;
export const titleCase = (w: string): string =>
  IN_CAPITALS.test(w)
    ? w[0] +
      w
        .slice(1)
        .toLowerCase()
        .replace(/-\p{Ll}/gu, (m) => m.toUpperCase())
    : w;

// Nothing to fold: printable ASCII with no two capitals running.
const PLAIN = /^[\x20-\x7e]*$/;
const CAPITALS_RUN = /[A-Z]{2}/;
const MARKS = /\p{M}/gu;
// Letters that carry their mark in their own code point, not as a combining one.
const UNMARKED: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
};
const MARKED_LETTER = /[øØłŁđĐıßæÆ]/g;

/**
 * A name as it may be written elsewhere: without diacritics (wires drop them: "Kostál" is
 * "Kostal") and with a surname in capitals in title case (French and UN lists write "Mr Oleg
 * VARIN"). Runs on every capitalised run the roster does not know, so plain ones return at once.
 */
export function foldName(name: string): string {
  if (PLAIN.test(name) && !CAPITALS_RUN.test(name)) return name;
  const bare = name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(MARKED_LETTER, (c) => UNMARKED[c]!);
  return bare.split(' ').map(titleCase).join(' ');
}

const FOLDED_SEEN_MAX = 50_000;

/** The roster entry an alias names, as written, else folded (`foldName`). */
export function entryNamed(key: string, gazetteer: Gazetteer): Entry | undefined {
  const entry = gazetteer.aliases.get(key);
  if (entry) return entry;
  const seen = gazetteer.foldedSeen;
  let folded = seen.get(key);
  if (folded === undefined) {
    folded = gazetteer.folded.get(foldName(key)) ?? null;
    // Bounded: a long run of documents naming ever new things does not grow it without end.
    if (seen.size >= FOLDED_SEEN_MAX) seen.clear();
    seen.set(key, folded);
  }
  return folded ?? undefined;
}

/** The roster entry a name names: the whole name, else its last word (a surname). */
export function speakerNamed(name: string, gazetteer: Gazetteer): Speaker | undefined {
  const words = name.split(/\s+/).filter(Boolean).map(titleCase);
  for (const key of [words.join(' '), words.at(-1) ?? '']) {
    const entry = entryNamed(key, gazetteer);
    if (entry?.type === 'person') {
      const { id, name: full, party } = entry.person;
      return { name: full, personId: id, ...(party ? { partyId: party } : {}), via: 'name' };
    }
    if (entry?.type === 'party') return { name: entry.party.name, partyId: entry.party.id, via: 'name' };
  }
  return undefined;
}

/**
 * The person the roster knows among a handle's words: "u/EnvoyAdaLind", "ada.lind",
 * "Ada_Lind_NorlandMFA" → Ada Lind (two words tried before one).
 */
export function personInHandle(handle: string, gazetteer: Gazetteer): Speaker | undefined {
  const words = handle
    .replace(/^u\//, '')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s_.\d-]+/)
    .filter((w) => w.length >= 3)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  for (let n = 2; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const entry = entryNamed(words.slice(i, i + n).join(' '), gazetteer);
      if (entry?.type === 'person') {
        const { id, name, party } = entry.person;
        return { name, personId: id, ...(party ? { partyId: party } : {}), via: 'name' };
      }
    }
  return undefined;
}
