// A dateline left in the issuer's language when the release is translated: the Élysée's "Paris, le
// 10 mars 2031", a federal ministry's "Berlin, 21. März 2031", Madrid's "10 de marzo de 2031",
// Rome's "10 marzo 2031", The Hague's "10 maart 2031", Lisbon's "10 de março de 2031". Read only
// where no English date is written: the translated body dates its events in English.

// Each month's names in French, German, Spanish, Italian, Dutch and Portuguese, January first
// (with and without accents, as copied pages keep or lose them).
const NAMES: readonly string[][] = [
  ['janvier', 'januar', 'jänner', 'enero', 'gennaio', 'januari', 'janeiro'],
  ['février', 'fevrier', 'februar', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['mars', 'märz', 'maerz', 'marzo', 'maart', 'março', 'marco'],
  ['avril', 'april', 'abril', 'aprile'],
  ['mai', 'mayo', 'maggio', 'mei', 'maio'],
  ['juin', 'juni', 'junio', 'giugno', 'junho'],
  ['juillet', 'juli', 'julio', 'luglio', 'julho'],
  ['août', 'aout', 'august', 'agosto', 'augustus'],
  ['septembre', 'september', 'septiembre', 'setiembre', 'settembre', 'setembro'],
  ['octobre', 'oktober', 'octubre', 'ottobre', 'outubro'],
  ['novembre', 'november', 'noviembre', 'novembro'],
  ['décembre', 'decembre', 'dezember', 'diciembre', 'dicembre', 'december', 'dezembro'],
];
const MONTH_OF = new Map(NAMES.flatMap((names, month) => names.map((name) => [name, month + 1] as const)));

// "le 1er mars 2031", "21. März 2031", "10 de marzo de 2031": the day first, then the month's name, then the year.
const FOREIGN_DAY = new RegExp(
  `(?<![\\d.])(\\d{1,2})(?:er|º|\\.)?\\s+(?:de\\s+)?(${[...MONTH_OF.keys()].join('|')})\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
  'iu',
);

/** The day, month and year of a dateline written in a European language, if one is. */
export function foreignDate(text: string): { year: string; month: number; day: number } | undefined {
  const m = FOREIGN_DAY.exec(text);
  if (!m) return undefined;
  return { year: m[3]!, month: MONTH_OF.get(m[2]!.toLowerCase())!, day: Number(m[1]) };
}
