// A party named by its adjective: "the Torvanian side", "Vikish officials", "Kessali envoys".
// After "pro-", "anti-" or "non-" the word says whom someone favours or opposes, not whose they are.
import { buildGazetteer } from './gazetteer.ts';
import type { Roster } from './types.ts';

export const ADJECTIVE_WORD = String.raw`(?<!\p{L}|\b(?:pro|anti|non)-)\p{Lu}\p{Ll}{3,}(?:an|ish|ese|ian|i)\b`;
export const ADJECTIVE = new RegExp(ADJECTIVE_WORD, 'gu');

// A state's name without its form of government: "Arvenian" is of "the Republic of Arvenia".
const FORM_OF_STATE =
  /^(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Federation|Commonwealth|Grand Duchy|Federal Republic|People's Republic|Islamic Republic)\s+of\s+(?:the\s+)?)?/;
export const shortName = (name: string): string => name.replace(FORM_OF_STATE, '');

/**
 * The stems a party's adjective is built on, from its name and each alias (of several words,
 * the first: "Drava" of "the Drava Liberation Front"): the word ("Kessal", Kessali), the word
 * less a final vowel ("Torvani", Torvanian; "Ital", Italian) or less "-land" ("Vik", Vikish of Vikland).
 */
function stemsOf(name: string): string[] {
  const word = shortName(name).split(/\s+/)[0]!;
  return [word, word.replace(/[aeiouy]$/, ''), word.replace(/land$/, '')];
}

const cache = new WeakMap<Roster, Map<string, string[]>>();
/** The parties of a roster by the stems of their adjectives, built once per roster. */
function byStem(roster: Roster): Map<string, string[]> {
  const cached = cache.get(roster);
  if (cached) return cached;
  const stems = new Map<string, string[]>();
  for (const party of buildGazetteer(roster).partyById.values())
    for (const stem of new Set([party.name, ...party.aliases].flatMap(stemsOf)))
      if (stem.length >= 3) stems.set(stem, [...(stems.get(stem) ?? []), party.id]);
  cache.set(roster, stems);
  return stems;
}

const ENDINGS = ['ian', 'an', 'ish', 'ese', 'i'];
/**
 * The parties an adjective names: the word itself (a party named "Kessali"), or the word less an
 * ending, is a party's stem, whole, so "Australian" is not of Austria. Each ending it has is tried
 * ("Torvanian": Torvan, Torvani).
 */
export function partiesOfAdjective(word: string, roster: Roster): string[] {
  const stems = byStem(roster);
  const found = new Set<string>(stems.get(word));
  const bases = ENDINGS.filter((ending) => word.endsWith(ending)).map((ending) =>
    word.slice(0, -ending.length),
  );
  for (const base of bases) for (const x of stems.get(base) ?? []) found.add(x);
  if (found.size > 0) return [...found];
  // Real states' adjectives are often shorter than their names ("Turkish" of Turkey, "British" of
  // Britain, "Swedish" of Sweden): failing a whole stem, a base of four letters or more that opens a
  // party's name. "Australian" (Austral-) still opens no "Austria".
  for (const base of bases)
    if (base.length >= 4)
      for (const [stem, ids] of stems) if (stem.startsWith(base)) for (const x of ids) found.add(x);
  return [...found];
}
