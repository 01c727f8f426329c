// A party named three ways in one negotiation's sources: by its name ("Norland"), by its people's
// adjective ("the Norlandic side", "Velmaran officials") and by its capital or seat as the roster
// gives it ("Kolm said"). Claim linking (linkLikeness.ts) reads each as the name, so that
// "Velmaran railways will carry the grain" and "Velmara's railways will carry the grain" share the
// party as they share the railways.
import { meaningStem } from './meaning.ts';
import type { Roster } from './types.ts';

// The endings of a people's adjective: "-n" (Ondria, Ondrian), "-an", "-ian", "-ean", "-ese",
// "-i", "-ish", "-ic", "-es" (Saldenne, Saldennes). Stems too short to tell a name are left.
const ENDINGS = ['n', 'an', 'ian', 'ean', 'ese', 'i', 'ish', 'ic', 'es'];
const MIN_NAME = 4;
// "the Ostrevan government", "the Tasgari side": an alias of one adjective and the body it names.
const ADJECTIVE_ALIAS = /^(\S+)\s+(?:government|side|delegation|authorities|presidency|people)$/i;

const forms = (name: string): string[] => {
  const n = name.toLowerCase();
  // "Dalvany" → "Dalvanian", "Brastova" → "Brastovan", "Skarvland" → "Skarvish".
  const bare = n.replace(/(?:land|ia|[aeiouy])$/, '');
  return [n, ...ENDINGS.map((e) => n + e), ...(bare !== n ? ENDINGS.map((e) => bare + e) : [])];
};

const memo = new WeakMap<Roster, ReadonlyMap<string, string>>();

/**
 * Each meaning stem that names a party of `roster` (its one-word name or alias, its people's
 * adjective, a capital or seat the roster lists), mapped to the stem of the party's name.
 */
export function partyWords(roster: Roster): ReadonlyMap<string, string> {
  const known = memo.get(roster);
  if (known) return known;
  const words = new Map<string, string>();
  const claimed = new Set<string>();
  for (const party of roster.parties) {
    const names = [party.name, ...party.aliases].map((n) => n.replace(/^the\s+/i, '').trim());
    const single = names.filter((n) => n.length >= MIN_NAME && !/\s/.test(n));
    const own = single[0];
    if (!own) continue;
    const name = meaningStem(own);
    const adjectives = names.flatMap((n) => ADJECTIVE_ALIAS.exec(n)?.[1] ?? []);
    for (const word of [...forms(own), ...single.slice(1), ...adjectives]) {
      const stem = meaningStem(word);
      // A word two parties could own ("Union", a shared capital) names neither.
      if (claimed.has(stem) && words.get(stem) !== name) words.delete(stem);
      else words.set(stem, name);
      claimed.add(stem);
    }
  }
  memo.set(roster, words);
  return words;
}

/** `words` with each word that names a party read as the party's name. */
export function withPartyNames(words: ReadonlySet<string>, roster: Roster): ReadonlySet<string> {
  const parties = partyWords(roster);
  let folded: Set<string> | undefined;
  for (const w of words) {
    const name = parties.get(w);
    if (name === undefined || name === w) continue;
    folded ??= new Set(words);
    folded.delete(w);
    folded.add(name);
  }
  return folded ?? words;
}
