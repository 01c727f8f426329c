// Who a passage names, with where: roster parties and people by name, alias or surname, and
// also the ways official texts name them without a name — a party by the head of its name
// ("the Council" for the Northern Council), a person by office and party ("Tiranor's chief
// negotiator", "the Myrland prime minister", "the delegation of Tiranor was headed by its
// chief negotiator"). Cross-source linking asks it who guarantees and who leads.
import { buildGazetteer } from './gazetteer.ts';
import type { Roster, RosterPerson } from './types.ts';

export interface EntityMention {
  /** The party named, or the party of the person named. */
  party: string;
  person?: string;
  index: number;
  end: number;
  /** How it was resolved: by name or alias, by the head of a party's name, by an office. */
  via: 'name' | 'head' | 'office';
}

interface Lookup {
  /** Names, aliases and unambiguous surnames with what they name, longest first. */
  names: { alias: string; pattern: RegExp; party: string; person?: string }[];
  /** "Council" → council, when one party's name ends in that word, with its "the Council" pattern. */
  heads: { head: string; party: string; pattern: RegExp }[];
  /**
   * Lower-cased offices without "of <party>", with a pattern that finds them in any case in the text
   * as written, and their holders.
   */
  offices: Map<string, { pattern: RegExp; people: RosterPerson[] }>;
}

const escapeForRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new WeakMap<Roster, Lookup>();

function lookup(roster: Roster): Lookup {
  const hit = cache.get(roster);
  if (hit) return hit;
  const g = buildGazetteer(roster);
  const names = [...g.aliases]
    .sort(([a], [b]) => b.length - a.length)
    .map(([alias, entry]) => ({
      alias,
      pattern: new RegExp(`(?<![\\p{L}\\d])${escapeForRegex(alias)}(?![\\p{L}\\d])`, 'gu'),
      party: entry.type === 'party' ? entry.party.id : (entry.person.party ?? ''),
      ...(entry.type === 'person' ? { person: entry.person.id } : {}),
    }))
    .filter((n) => n.party !== '');
  const headCount = new Map<string, string | null>();
  for (const p of roster.parties) {
    const words = p.name.replace(/^the\s+/i, '').split(/\s+/);
    if (words.length < 2) continue;
    const head = words.at(-1)!;
    headCount.set(head, headCount.has(head) ? null : p.id);
  }
  const heads = [...headCount]
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([head, party]) => ({
      head,
      party,
      pattern: new RegExp(`\\b[Tt]he ${escapeForRegex(head)}\\b`, 'g'),
    }));
  const offices: Lookup['offices'] = new Map();
  for (const person of roster.people) {
    if (!person.office || !person.party) continue;
    const office = person.office.toLowerCase().replace(/\s+of\s+.*$/, '');
    const known = offices.get(office);
    if (known) known.people.push(person);
    else offices.set(office, { pattern: new RegExp(escapeForRegex(office), 'giu'), people: [person] });
  }
  const built = { names, heads, offices };
  cache.set(roster, built);
  return built;
}

/**
 * Which characters of a text a mention already holds. Names are tried longest first and a
 * shorter one never takes a place a longer one holds; marking characters keeps that test
 * proportional to the name's length, not to the mentions found (a long run of names would
 * otherwise cost the square of its length).
 */
class Taken {
  private readonly held: Uint8Array;
  constructor(length: number) {
    this.held = new Uint8Array(length);
  }
  has(index: number, end: number): boolean {
    for (let i = index; i < end; i++) if (this.held[i]) return true;
    return false;
  }
  take(index: number, end: number): void {
    this.held.fill(1, index, end);
  }
}

/** The last of `sorted` (disjoint mentions in text order) to end at or before `at`. */
function lastEndingBy(sorted: EntityMention[], at: number): EntityMention | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1];
}

/** The first of `sorted` (disjoint mentions in text order) to start at or after `at`. */
function firstStartingFrom(sorted: EntityMention[], at: number): EntityMention | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.index < at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

// Linking asks again and again who one passage names (a dozen readers per passage, and each
// pair of passages asks some of them): each text is read once per roster. The answer is frozen,
// as every reader shares it.
const mentionsRead = new WeakMap<Roster, Map<string, readonly EntityMention[]>>();
/**
 * Texts kept per roster before the memo starts afresh, and the longest text kept (a passage, not a
 * whole document, which is read once): a bound on memory (some 40 MB at worst), not on correctness.
 */
const MEMO_TEXTS = 10_000;
const MEMO_LONGEST = 2_000;

/** The roster entities `text` names, in order of where they are named. */
export function entityMentions(text: string, roster: Roster): readonly EntityMention[] {
  if (text.length > MEMO_LONGEST) return Object.freeze(readMentions(text, roster));
  let memo = mentionsRead.get(roster);
  if (!memo) {
    memo = new Map();
    mentionsRead.set(roster, memo);
  }
  let found = memo.get(text);
  if (!found) {
    if (memo.size >= MEMO_TEXTS) memo.clear();
    found = Object.freeze(readMentions(text, roster).map((m) => Object.freeze(m)));
    memo.set(text, found);
  }
  return found;
}

/** " of " right after an office ("the prime minister of Arvenia"), read in place. */
const OF_AFTER = /\s+of\s+/y;

function readMentions(text: string, roster: Roster): EntityMention[] {
  const { names, heads, offices } = lookup(roster);
  const found: EntityMention[] = [];
  const taken = new Taken(text.length);
  for (const n of names) {
    // A name the text does not hold as written cannot match: one substring test spares the regex.
    if (!text.includes(n.alias)) continue;
    for (const m of text.matchAll(n.pattern)) {
      const end = m.index + m[0].length;
      if (taken.has(m.index, end)) continue;
      taken.take(m.index, end);
      found.push({
        party: n.party,
        ...(n.person ? { person: n.person } : {}),
        index: m.index,
        end,
        via: 'name',
      });
    }
  }
  for (const { head, party, pattern } of heads) {
    if (!text.includes(head)) continue;
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (taken.has(m.index, end)) continue;
      taken.take(m.index, end);
      found.push({ party, index: m.index, end, via: 'head' });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // An office resolves to its holder in the party named with it: "Tiranor's chief
  // negotiator", "the Myrland prime minister", or the party named last before "its". The office is
  // matched in the text as written: lower-casing it first would move every index after a letter
  // whose lower case is longer ("İ"). The lower-cased text only spares the regex.
  const lower = text.toLowerCase();
  const holders: EntityMention[] = [];
  for (const [office, { pattern, people }] of offices) {
    if (!lower.includes(office)) continue;
    for (const m of text.matchAll(pattern)) {
      const at = m.index;
      const end = at + m[0].length;
      const before = lastEndingBy(found, at);
      OF_AFTER.lastIndex = end;
      const after = OF_AFTER.test(text) ? firstStartingFrom(found, end) : undefined;
      const party = after?.party ?? before?.party;
      const holder = party ? people.find((p) => p.party === party) : undefined;
      if (holder && !taken.has(at, end))
        holders.push({ party: holder.party!, person: holder.id, index: at, end, via: 'office' });
    }
  }
  return [...found, ...holders].sort((a, b) => a.index - b.index);
}
