// Speakers named by their office, not their name: "the Minister of Water and Energy",
// "Belmora's chief negotiator", "THE SECRETARY-GENERAL". The roster says who holds each office;
// the holder is taken only when one is clear (by the party named with the office, else the one
// the text names, else the one whose party the text names).
import type { Gazetteer } from './gazetteer.ts';
import type { RosterParty, RosterPerson } from './types.ts';

interface OfficeKey {
  key: string;
  people: RosterPerson[];
}

const cache = new WeakMap<Gazetteer, OfficeKey[]>();

// "Minister of Foreign Affairs" is the foreign minister, "Minister for Migration" the migration minister.
const PORTFOLIO = /^minister (?:of|for) (?:the )?([a-z]+)(?: affairs)?$/;

/** Every office a roster person holds, lower case, longest first ("president of belmora", then "president"). */
function officeKeys(gazetteer: Gazetteer): OfficeKey[] {
  const cached = cache.get(gazetteer);
  if (cached) return cached;
  const byKey = new Map<string, RosterPerson[]>();
  const add = (key: string, person: RosterPerson) => {
    if (key.length > 2) byKey.set(key, [...(byKey.get(key) ?? []), person]);
  };
  for (const person of gazetteer.personById.values()) {
    const party = person.party ? gazetteer.partyById.get(person.party) : undefined;
    for (const part of (person.office ?? '').toLowerCase().split(',')) {
      const office = part.trim();
      add(office, person);
      // "President of Belmora" is also "the President" of a text about Belmora; "Minister of
      // Foreign Affairs of Belmora" is "the Minister of Foreign Affairs" there, and its foreign minister.
      const first = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/.exec(office);
      const last = /^(.+)\s+of\s+(?:the\s+)?(.+)$/.exec(office);
      const domain = [first, last].find((m) => m && party && names(party).includes(m[2]!));
      if (domain) {
        add(domain[1]!, person);
        // "Minister for Migration" is the "migration minister" of the news, one word of portfolio.
        const portfolio = PORTFOLIO.exec(domain[1]!);
        if (portfolio) add(`${portfolio[1]} minister`, person);
      }
    }
  }
  const keys = [...byKey]
    .map(([key, people]) => ({ key, people }))
    .sort((a, b) => b.key.length - a.key.length);
  cache.set(gazetteer, keys);
  return keys;
}

// Whether a document names a surname, remembered for the document: every quotation's
// candidates may ask, and each answer would otherwise read the whole text again.
let memoText = '';
const memo = new Map<string, boolean>();
export function mentioned(text: string, surname: string): boolean {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  let found = memo.get(surname);
  if (found === undefined) {
    found = text.includes(surname);
    memo.set(surname, found);
  }
  return found;
}

/** The holders of several offices as one, or undefined when there are none. */
function merge(keys: OfficeKey[]): OfficeKey | undefined {
  if (keys.length === 0) return undefined;
  return { key: keys[0]!.key, people: [...new Set(keys.flatMap((k) => k.people))] };
}

const names = (party: RosterParty) =>
  [party.name, ...party.aliases].map((n) => n.toLowerCase().replace(/^the\s+/, ''));

// Made once: written inline, a \p{…} pattern is rebuilt on every call in the built engine.
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** Whether `lower` holds `key` as whole words. */
function holds(lower: string, key: string): boolean {
  for (let at = lower.indexOf(key); at !== -1; at = lower.indexOf(key, at + 1)) {
    if (!isLetter(lower[at - 1]) && !isLetter(lower[at + key.length])) return true;
  }
  return false;
}

// "staff" of "chief of staff", "minister" of "adviser to the minister": the word is the office's object, not its head.
const OBJECT_BEFORE = /\b(?:of|to|for)\s+(?:the\s+)?$/;
/** Whether `word` stands in `office` only after "of", "to" or "for": no office of its own. */
const objectOf = (office: string, word: string): boolean => {
  const at = office.lastIndexOf(word);
  return at > 0 && OBJECT_BEFORE.test(office.slice(0, at));
};

const CAPITALISED_WORD = /\p{Lu}\p{L}{4,}/gu;

/** Parties an office phrase names by adjective ("the Kethenian prime minister"): a shared stem of five letters. */
export function partiesByAdjective(phrase: string, gazetteer: Gazetteer): string[] {
  const words = phrase.match(CAPITALISED_WORD) ?? [];
  return [...gazetteer.partyById.values()]
    .filter((p) => p.name.length >= 5 && words.some((w) => w.startsWith(p.name.slice(0, 5))))
    .map((p) => p.id);
}

// "The Prime Minister's Office", "the Office of the President": a body that serves an office, not its holder.
const SERVING_BODY = /['’]s\s+(?:private\s+|press\s+)?office\b|\boffice\s+of\s+the\b/;

/**
 * The roster person an office phrase names, if one is clear. `parties` are the parties named
 * in the phrase ("Belmora's chief negotiator"); `text` is the whole document.
 */
export function officeHolder(
  phrase: string,
  gazetteer: Gazetteer,
  text: string,
  parties: string[] = [],
  within = false,
): RosterPerson | undefined {
  const lower = phrase.toLowerCase();
  // The serving body speaks in its own name; its holder is another speaker.
  if (SERVING_BODY.test(lower)) return undefined;
  const keys = officeKeys(gazetteer);
  // `within`: a label's bare office may be part of a longer one ("spokesperson" of "foreign ministry spokesperson").
  const found =
    keys.find((k) => holds(lower, k.key)) ??
    (within ? merge(keys.filter((k) => holds(k.key, lower) && !objectOf(k.key, lower))) : undefined);
  if (!found) return undefined;
  const named = parties.length > 0 ? parties : partiesByAdjective(phrase, gazetteer);
  const holders = named.length > 0 ? found.people.filter((p) => named.includes(p.party ?? '')) : found.people;
  const only = (people: RosterPerson[]) => (people.length === 1 ? people[0] : undefined);
  return (
    only(holders) ??
    only(holders.filter((p) => mentioned(text, p.name.split(' ').at(-1)!))) ??
    only(holders.filter((p) => partyWritten(p, gazetteer, text)))
  );
}

// What the last text read writes of each party: a record asks it again for every turn its labels
// name an office in, and a long record of office labels read the whole text once per turn.
let lastText: { text: string; written: Map<RosterParty, boolean> } | undefined;

/** Whether `text` writes the party of a roster person by its name or an alias (four letters at least). */
export function partyWritten(person: RosterPerson, gazetteer: Gazetteer, text: string): boolean {
  const party = person.party ? gazetteer.partyById.get(person.party) : undefined;
  if (party === undefined) return false;
  if (lastText?.text !== text) lastText = { text, written: new Map() };
  let written = lastText.written.get(party);
  if (written === undefined) {
    written = [party.name, ...party.aliases].some(
      (n) => n.length > 3 && text.includes(n.replace(/^the\s+/i, '')),
    );
    lastText.written.set(party, written);
  }
  return written;
}
