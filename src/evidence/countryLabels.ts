// A country's or a body's short name as a turn's label: "UK:", "US:", "EU:", "UN:" in a Security
// Council record, a negotiating table's minutes or a liveblog. The party speaks the turn; the label
// is never a person's initials (a "Ulla Kamp" the text names) nor an outlet asking.
import { entryNamed, type Gazetteer } from './gazetteer.ts';
import type { Speaker } from './types.ts';

const COUNTRY_CODES: Record<string, string> = {
  UK: 'United Kingdom',
  US: 'United States',
  USA: 'United States',
  EU: 'European Union',
  UN: 'United Nations',
  AU: 'African Union',
  UAE: 'United Arab Emirates',
  PRC: 'China',
  ROK: 'Republic of Korea',
  DPRK: "Democratic People's Republic of Korea",
};

/** Whether a label is a country's or a body's short name ("UK", "U.S.", "EU"). */
export const isCountryCode = (label: string): boolean => label.replace(/\./g, '').trim() in COUNTRY_CODES;

/**
 * The party a country-code label speaks for: the roster's party when it knows the whole name or the
 * code ("EU" as the roster's "the Union" when an alias of it is "European Union"), else the country by its full name.
 */
export function countryTurn(label: string, gazetteer: Gazetteer): Speaker | undefined {
  const code = label.replace(/\./g, '').trim();
  const full = COUNTRY_CODES[code];
  if (full === undefined) return undefined;
  // The whole name only: "African Union" is not the roster's "the Union" by its last word.
  const entry = [code, full].map((n) => entryNamed(n, gazetteer)).find((e) => e?.type === 'party');
  const party = entry?.type === 'party' ? entry.party : undefined;
  return {
    name: party?.name ?? full,
    ...(party ? { partyId: party.id } : {}),
    via: 'description',
    said: label,
  };
}
